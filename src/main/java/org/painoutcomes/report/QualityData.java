package org.painoutcomes.report;

import java.util.List;

/**
 * The public data-quality view arranged for the page (SPEC 7.4): one line per metric, one cell
 * per source (absent where a source has no such metric).
 */
record QualityData(List<String> sources, List<Line> totals, List<Line> rejectReasons, List<Line> unscored) {

  /** A metric and its count for each source, aligned with {@code sources}. */
  record Line(String metric, String label, List<CountCell> cells) {
    Line {
      cells = List.copyOf(cells);
    }
  }

  QualityData {
    sources = List.copyOf(sources);
    totals = List.copyOf(totals);
    rejectReasons = List.copyOf(rejectReasons);
    unscored = List.copyOf(unscored);
  }
}
