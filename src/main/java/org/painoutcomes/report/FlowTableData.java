package org.painoutcomes.report;

import java.util.List;

/**
 * Participant flow by site and condition (SPEC 7.3): one row per (site, condition) pair in the
 * public table, one column per stage, measure and timepoint.
 */
record FlowTableData(List<Column> columns, List<Line> rows) {

  /** A stage column; measure and timepoint are null where the stage has none. */
  record Column(String stage, String measure, String timepoint) {}

  /** A (site, condition) pair and its counts, aligned with the columns. */
  record Line(String site, String condition, List<CountCell> cells) {
    Line {
      cells = List.copyOf(cells);
    }
  }

  FlowTableData {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
