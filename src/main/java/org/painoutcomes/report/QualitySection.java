package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.List;

/** Data quality from the public quality view only: rows per source, rejects by reason, unscored assessments. */
final class QualitySection {
  static final String ID = "data-quality";

  private QualitySection() {}

  static void render(Html h, ReportModel model) {
    QualityData q = model.quality();
    OutcomeSections.heading(h, ID, "Data quality");
    h.element("p", null,
        "Every row read is either accepted or rejected with the first rule it broke. Rejected rows are not used."
            + " Rejected enrollment rows are people, so small counts are suppressed here too.");
    List<String> headings = new ArrayList<>();
    headings.add("Rows");
    q.sources().forEach(s -> headings.add(s));
    lines(h, "Rows read, accepted and rejected, by source", headings, q.totals());
    headings.set(0, "Rejected for");
    lines(h, "Rejected rows by reason (the first rule a row broke) and source", headings, q.rejectReasons());
    lines(h, "Unscored assessments (not used)", List.of("Measure", "outcomes"), q.unscored());
    h.raw("</section>\n");
  }

  private static void lines(Html h, String caption, List<String> headings, List<QualityData.Line> lines) {
    TableMarkup.open(h, caption, headings);
    for (QualityData.Line l : lines) {
      TableMarkup.rowStart(h, l.label(), false);
      l.cells().forEach(c -> TableMarkup.count(h, c, "rows"));
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }
}
