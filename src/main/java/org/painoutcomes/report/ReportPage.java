package org.painoutcomes.report;

import java.util.List;

/**
 * Renders the whole page: one self-contained HTML file (inline CSS and SVG, no script, nothing
 * fetched), headline first. The same data give the same bytes.
 */
final class ReportPage {
  private ReportPage() {}

  static String render(ReportData data, ReportModel model) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .raw("<title>").text("Pain program outcomes \u2014 run " + data.run().runId()).raw("</title>\n")
        .raw("<style>\n").raw(PageStyles.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
    HeadlineSection.render(h, data, model, data.adjustedEffects());
    AdjustedEffectsSection.render(h, data);
    contents(h);
    GuideSection.render(h, data);
    OutcomeSections.forest(h, model, data.config());
    OutcomeSections.doseResponse(h, model, data.config());
    OutcomeSections.responders(h, model, data.config());
    FlowSection.render(h, model);
    QualitySection.render(h, model);
    RunSection.render(h, data);
    h.raw("</main>\n</body>\n</html>\n");
    return h.toString();
  }


  private static void contents(Html h) {
    h.raw("<nav class=\"contents\" aria-label=\"Contents\"><strong>").text("Contents").raw("</strong>\n<ol>\n");
    link(h, SummarySection.ID, "In short");
    link(h, HeadlineSection.ID, "Key results");
    link(h, AdjustedEffectsSection.ID, "What works for whom");
    link(h, GuideSection.ID, "How to read this");
    link(h, OutcomeSections.ID_FOREST, "Change by primary modality and by condition");
    link(h, OutcomeSections.ID_DOSE, "Dose-response");
    link(h, OutcomeSections.ID_RESPONDERS, "Responder rates");
    link(h, FlowSection.ID, "Participant flow");
    link(h, QualitySection.ID, "Data quality");
    link(h, RunSection.ID, "About this run");
    h.raw("</ol>\n</nav>\n");
  }

  private static void link(Html h, String id, String text) {
    h.raw("<li><a href=\"#" + id + "\">").text(text).raw("</a></li>\n");
  }
}
