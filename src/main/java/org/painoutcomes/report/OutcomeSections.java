package org.painoutcomes.report;

import java.util.Objects;

/** The three outcome sections: forest plots, dose-response and responder rates, each figure followed by its table. */
final class OutcomeSections {
  static final String ID_FOREST = "change-by-group";
  static final String ID_DOSE = "dose-response";
  static final String ID_RESPONDERS = "responder-rates";
  private static final String MARKS =
      " \u25C6 all participants, \u25A0 a group, horizontal line: 95% confidence interval.";

  private OutcomeSections() {}

  static void forest(Html h, ReportModel model) {
    heading(h, ID_FOREST, "Change by primary modality and by condition");
    h.element("p", null,
        "Mean improvement from baseline to each follow-up, for all participants, by the modality each participant"
            + " attended most (primary modality) and by primary condition. For every measure, right of the zero"
            + " line is better.");
    String measure = null;
    for (ForestPlotData f : model.forestPlots()) {
      if (!Objects.equals(measure, f.measure())) {
        measure = f.measure();
        measureHeading(h, ID_FOREST, f.measure(), f.responderRule());
      }
      String title = Labels.measure(f.measure()) + " at " + Labels.timepoint(f.timepoint());
      String id = Html.id(ID_FOREST, f.measure(), f.timepoint());
      SvgForestPlot.Axis axis = ImprovementAxes.forMeasure(model, f.measure(), f.axisLabel(), f.thresholdPoints());
      figureStart(h, id, title, "mean improvement by group." + MARKS + thresholdNote(f.thresholdPoints()));
      h.raw(SvgForestPlot.render(id + "-title", title + ": mean improvement by group", "Mean (95% CI)", "n", axis,
          ChartRows.improvement(f.rows(), Labels.decimals(f.measure()), true)));
      figureEnd(h);
      FigureTables.improvement(h, title + ": values in the chart above (" + Labels.unit(f.measure()) + ")",
          f.rows(), Labels.decimals(f.measure()));
    }
    none(h, model.forestPlots().isEmpty());
  }

  static void doseResponse(Html h, ReportModel model) {
    heading(h, ID_DOSE, "Dose-response: change by number of sessions attended");
    h.element("p", null,
        "Mean improvement and responder rate by attendance band (sessions attended over the whole record)."
            + " Participants who attended more also differ in other ways, so a gradient is not proof of a dose effect.");
    String measure = null;
    for (DoseResponseData d : model.doseResponse()) {
      if (!Objects.equals(measure, d.measure())) {
        measure = d.measure();
        measureHeading(h, ID_DOSE, d.measure(), d.responderRule());
      }
      String title = Labels.measure(d.measure()) + " at " + Labels.timepoint(d.timepoint());
      String id = Html.id(ID_DOSE, d.measure(), d.timepoint());
      int decimals = Labels.decimals(d.measure());
      SvgForestPlot.Axis axis = ImprovementAxes.forMeasure(model, d.measure(), d.axisLabel(), d.thresholdPoints());
      figureStart(h, id, title,
          "by attendance band. Top: mean improvement (\u25A0, line: 95% CI)" + thresholdNote(d.thresholdPoints())
              + " Bottom: responder rate (\u25A0, line: Wilson 95% CI), " + d.responderRule() + ".");
      h.raw(SvgForestPlot.render(id + "-improvement", title + ": mean improvement by attendance band",
          "Mean (95% CI)", "n", axis, ChartRows.improvement(d.improvement(), decimals, false)));
      h.raw(SvgForestPlot.render(id + "-responders", title + ": responder rate by attendance band",
          "Rate (95% CI)", "responders/evaluable", ImprovementAxes.rates(), ChartRows.rates(d.responders(), false)));
      figureEnd(h);
      doseTable(h, title, d, decimals);
    }
    none(h, model.doseResponse().isEmpty());
  }

  static void responders(Html h, ReportModel model) {
    heading(h, ID_RESPONDERS, "Responder rates by modality and by condition");
    h.element("p", null,
        "Share of participants whose improvement met the measure's responder threshold, with the Wilson 95%"
            + " interval. Evaluable: participants whose responder status could be judged (a threshold in % of"
            + " baseline cannot be judged when the baseline is 0). Modality exposure groups overlap: one person"
            + " counts in every modality they attended often enough.");
    String measure = null;
    for (ResponderRateData r : model.responderRates()) {
      if (!Objects.equals(measure, r.measure())) {
        measure = r.measure();
        measureHeading(h, ID_RESPONDERS, r.measure(), r.responderRule());
      }
      String title = Labels.measure(r.measure()) + " at " + Labels.timepoint(r.timepoint());
      String id = Html.id(ID_RESPONDERS, r.measure(), r.timepoint());
      figureStart(h, id, title, "responder rate by group (" + r.responderRule() + ")." + MARKS.replace("confidence", "Wilson"));
      h.raw(SvgForestPlot.render(id + "-title", title + ": responder rate by group", "Rate (95% CI)",
          "responders/evaluable", ImprovementAxes.rates(), ChartRows.rates(r.rows(), true)));
      figureEnd(h);
      FigureTables.rates(h, title + ": values in the chart above", r.rows());
    }
    none(h, model.responderRates().isEmpty());
  }

  private static void doseTable(Html h, String title, DoseResponseData d, int decimals) {
    TableMarkup.open(h, title + ": values in the charts above",
        java.util.List.of("Attendance band", "n", "Mean improvement", "95% CI", "Responders", "Evaluable", "Rate",
            "95% CI (Wilson)"));
    for (int i = 0; i < d.improvement().size(); i++) {
      ForestRow f = d.improvement().get(i);
      TableMarkup.rowStart(h, f.label(), false);
      FigureTables.improvementCells(h, f, decimals);
      if (f.suppressed()) {
        // the whole row is hidden: one marker covers the responder cells too
        TableMarkup.suppressed(h, 4);
      } else {
        FigureTables.rateCells(h, d.responders().get(i));
      }
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  static void heading(Html h, String id, String text) {
    h.raw("<section aria-labelledby=\"" + id + "\">\n<h2 class=\"part\" id=\"" + id + "\">").text(text).raw("</h2>\n");
  }

  private static void measureHeading(Html h, String section, String measure, String rule) {
    h.raw("<h3 id=\"" + Html.id(section, measure) + "\">").text(Labels.measure(measure)).raw("</h3>\n");
    h.element("p", "class=\"note\"", Labels.measureDescription(measure) + "; " + rule + ".");
  }

  private static void figureStart(Html h, String id, String title, String caption) {
    h.raw("<figure id=\"" + id + "\">\n<figcaption><strong>").text(title).raw(":</strong> ").text(caption)
        .raw("</figcaption>\n<div class=\"fig-scroll\">\n");
  }

  private static void figureEnd(Html h) {
    h.raw("</div>\n</figure>\n");
  }

  private static String thresholdNote(Double threshold) {
    return threshold == null ? "" : " Dashed line: responder threshold (" + NumberText.plain(threshold) + ").";
  }

  private static void none(Html h, boolean empty) {
    if (empty) {
      h.element("p", "class=\"note\"", "No rows in the public table.");
    }
    h.raw("</section>\n");
  }
}
