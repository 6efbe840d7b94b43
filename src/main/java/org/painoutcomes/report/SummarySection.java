package org.painoutcomes.report;

import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import java.util.List;

/** The plain-language summary at the very top ({@link SummaryText}): one list item per sentence. */
final class SummarySection {
  static final String ID = "summary";

  private SummarySection() {}

  /**
   * @param adjusted the rows of public/adjusted_effects (SPEC 7.5) for the modality sentence;
   *     empty where that table is absent, and then that sentence is left out
   */
  static void render(Html h, ReportData data, ReportModel model, List<PublicAdjustedEffectRow> adjusted) {
    h.raw("<section class=\"summary\" aria-labelledby=\"" + ID + "\">\n<h2 id=\"" + ID + "\">").text("In short")
        .raw("</h2>\n<ul>\n");
    for (SummaryText.Sentence s : new SummaryText(data, model).sentences(adjusted)) {
      h.raw("<li>").text(s.text());
      if (s.anchor() != null) {
        h.raw(" <a class=\"figref\" href=\"#" + Html.id(s.anchor()) + "\">").text("(" + s.figure() + ")").raw("</a>");
      }
      h.raw("</li>\n");
    }
    h.raw("</ul>\n</section>\n");
  }
}
