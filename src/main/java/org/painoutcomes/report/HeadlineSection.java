package org.painoutcomes.report;

import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import java.util.List;

/**
 * The top of the page: what an evaluator should see first. Enrolled, attended and analysed
 * counts, the key result of each measure and timepoint, the run, the inputs, the suppression rule
 * and the caveat.
 */
final class HeadlineSection {
  static final String ID = "key-results";
  private static final int INLINE_INPUTS = 6;

  private HeadlineSection() {}

  static void render(Html h, ReportData data, ReportModel model, List<PublicAdjustedEffectRow> adjusted) {
    RunFacts run = data.run();
    h.raw("<header>\n");
    h.element("p", "class=\"eyebrow\"", "Integrative pain program \u00b7 outcome evaluation");
    h.element("h1", null, "Pain and function before and after the program");
    h.element("p", "class=\"runline\"",
        "Run " + run.runId() + " \u00b7 started " + NumberText.dateTime(run.startedAt()) + " \u00b7 pain-outcomes "
            + run.applicationVersion());
    h.raw("</header>\n");
    SummarySection.render(h, data, model, adjusted);
    h.raw("<section aria-labelledby=\"" + ID + "\">\n");
    cards(h, model);
    h.raw("<h2 id=\"" + ID + "\">").text("Key results: all participants").raw("</h2>\n");
    keyTable(h, model.keyResults());
    h.element("p", "class=\"rule\"", Labels.suppressionRule(data.config().suppressionThreshold()));
    h.raw("<div class=\"caveat\"><strong>").text("Read with care. ").raw("</strong>")
        .text(GuideSection.CAVEAT).raw("</div>\n");
    inputs(h, run);
    h.raw("</section>\n");
  }

  private static void cards(Html h, ReportModel model) {
    h.raw("<div class=\"cards\">\n");
    card(h, "Enrolled", countText(model.enrolled()), "accepted enrollments");
    card(h, "Attended", countText(model.attended()), "at least one session");
    List<Long> analysed =
        model.keyResults().stream().map(k -> k.analysed().value()).filter(v -> v != null).sorted().toList();
    String range =
        analysed.isEmpty()
            ? Labels.SUPPRESSED
            : analysed.get(0).equals(analysed.get(analysed.size() - 1))
                ? NumberText.count(analysed.get(0))
                : NumberText.count(analysed.get(0)) + "\u2013" + NumberText.count(analysed.get(analysed.size() - 1));
    card(h, "Analysed", range, "with baseline and follow-up, per measure and timepoint");
    h.raw("</div>\n");
  }

  private static void card(Html h, String label, String value, String note) {
    h.raw("<div class=\"card\"><div class=\"card-label\">").text(label).raw("</div><div class=\"card-value\">")
        .text(value).raw("</div><div class=\"card-note\">").text(note).raw("</div></div>\n");
  }

  private static String countText(CountCell c) {
    return c.suppressed() ? Labels.SUPPRESSED : c.isShown() ? NumberText.count(c.value()) : Labels.NO_ROW;
  }

  private static void keyTable(Html h, List<KeyResult> results) {
    TableMarkup.open(h,
        "Mean improvement from baseline (positive = better for every measure) and share of responders",
        List.of("Measure", "Timepoint", "Analysed", "Mean improvement (95% CI)", "Responders (95% CI)"), 2);
    for (int i = 0; i < results.size(); i++) {
      KeyResult k = results.get(i);
      h.raw("<tr>");
      if (i == 0 || !results.get(i - 1).measure().equals(k.measure())) {
        // the measure heads its timepoints once
        long span = results.stream().filter(x -> x.measure().equals(k.measure())).count();
        h.raw("<th scope=\"rowgroup\" rowspan=\"" + span + "\" class=\"measure\">").text(Labels.measure(k.measure()))
            .raw("</th>");
      }
      TableMarkup.text(h, Labels.timepoint(k.timepoint()));
      TableMarkup.count(h, k.analysed());
      ForestRow f = k.improvement();
      if (f == null) {
        TableMarkup.value(h, null);
      } else if (f.suppressed()) {
        TableMarkup.suppressed(h, 1);
      } else {
        TableMarkup.value(h, f.estimate() == null ? null
            : ChartRows.estimateText(f.estimate(), f.low(), f.high(), Labels.decimals(k.measure())) + " "
                + Labels.unit(k.measure()));
      }
      RateRow r = k.responders();
      if (r == null) {
        TableMarkup.value(h, null);
      } else if (r.suppressed()) {
        TableMarkup.suppressed(h, 1);
      } else {
        TableMarkup.value(h, r.rate() == null ? ChartRows.NOT_EVALUABLE : ChartRows.rateText(r.rate(), r.low(), r.high()));
      }
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  private static void inputs(Html h, RunFacts run) {
    h.raw("<p class=\"inputs\"><strong>").text("Inputs: ").raw("</strong>");
    List<InputFile> files = run.inputFiles();
    for (int i = 0; i < Math.min(files.size(), INLINE_INPUTS); i++) {
      InputFile f = files.get(i);
      h.raw(i == 0 ? "" : "; ").raw("<span class=\"mono\">").text(f.path()).raw("</span> ")
          .text("(modified " + NumberText.date(f.lastModified()) + ")");
    }
    if (files.size() > INLINE_INPUTS) {
      h.text("; and " + (files.size() - INLINE_INPUTS) + " more");
    }
    h.raw(". <a href=\"#" + RunSection.ID + "\">").text("Details of this run").raw("</a></p>\n");
  }
}
