package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.painoutcomes.config.PipelineConfig;

/**
 * The three outcome sections: forest plots, dose-response and responder rates. Each measure gets
 * one figure with a panel per timepoint (the forest plot of that measure and timepoint) on a
 * shared axis, followed by the table of the values it draws.
 */
final class OutcomeSections {
  static final String ID_FOREST = "change-by-group";
  static final String ID_DOSE = "dose-response";
  static final String ID_RESPONDERS = "responder-rates";
  private static final String MARKS = "\u25C6 all participants, \u25A0 a group, line: 95% ";

  private OutcomeSections() {}

  static void forest(Html h, ReportModel model, PipelineConfig config) {
    Map<String, List<String>> configured = OutcomeChartModels.configuredLabels(config);
    heading(h, ID_FOREST, "Change by primary modality and by condition");
    h.element("p", null,
        "Mean improvement from baseline to each follow-up, for all participants, by the modality each participant"
            + " attended most (primary modality) and by primary condition. For every measure, right of the zero"
            + " line is better.");
    for (List<ForestPlotData> plots : byMeasure(model.forestPlots(), ForestPlotData::measure).values()) {
      ForestPlotData f = plots.get(0);
      String measure = f.measure();
      measureHeading(h, ID_FOREST, measure, f.responderRule());
      List<String> timepoints = plots.stream().map(ForestPlotData::timepoint).toList();
      List<List<ForestRow>> rows = CollapsedRows.improvement(plots.stream().map(ForestPlotData::rows).toList(), configured);
      String title = Labels.measure(measure) + ": mean improvement by group";
      figureStart(h, Html.id(ID_FOREST, measure, "figure"), title,
          MARKS + "confidence interval." + thresholdNote(f.thresholdPoints(), measure));
      SvgForestPlot.Axis axis = ImprovementAxes.forMeasure(model, measure, f.axisLabel(), f.thresholdPoints());
      List<SvgForestPlot.Line> lines = lines(rows.get(0), ForestRow::section, ForestRow::label, true);
      List<SvgForestPlot.Panel> panels = panels(timepoints, rows, r -> ChartRows.improvement(r, true));
      for (int k = 0; k < panels.size(); k++) {
        panelStart(h);
        h.raw(SvgForestPlot.render(Html.id(ID_FOREST, measure, timepoints.get(k), "title"),
            title + ", " + panels.get(k).heading(), lines, axis, List.of(panels.get(k))));
        panelEnd(h);
      }
      figureEnd(h);
      FigureTables.improvement(h, title + ", " + Labels.unit(measure) + ": the values in the chart above",
          timepoints, rows, Labels.decimals(measure));
    }
    end(h, model.forestPlots().isEmpty());
  }

  static void doseResponse(Html h, ReportModel model, PipelineConfig config) {
    Map<String, List<String>> configured = OutcomeChartModels.configuredLabels(config);
    heading(h, ID_DOSE, "Dose-response: change by number of sessions attended");
    h.element("p", null,
        "Mean improvement and responder rate by attendance band (sessions attended over the whole record)."
            + " Participants who attended more also differ in other ways, so a gradient is not proof of a dose effect.");
    for (List<DoseResponseData> plots : byMeasure(model.doseResponse(), DoseResponseData::measure).values()) {
      DoseResponseData d = plots.get(0);
      String measure = d.measure();
      measureHeading(h, ID_DOSE, measure, d.responderRule());
      List<String> timepoints = plots.stream().map(DoseResponseData::timepoint).toList();
      List<List<ForestRow>> improvement =
          CollapsedRows.improvement(plots.stream().map(DoseResponseData::improvement).toList(), configured);
      List<List<RateRow>> responders = CollapsedRows.rates(plots.stream().map(DoseResponseData::responders).toList(), configured);
      String title = Labels.measure(measure) + " by attendance band";
      figureStart(h, Html.id(ID_DOSE, measure, "figure"), title,
          "For each timepoint, the mean improvement (\u25A0, line: 95% confidence interval) above the responder"
              + " rate (\u25A0, line: Wilson 95% interval)." + thresholdNote(d.thresholdPoints(), measure));
      SvgForestPlot.Axis axis = ImprovementAxes.forMeasure(model, measure, d.axisLabel(), d.thresholdPoints());
      List<SvgForestPlot.Panel> means = panels(timepoints, improvement, r -> ChartRows.improvement(r, false));
      List<SvgForestPlot.Panel> rates = panels(timepoints, responders, r -> ChartRows.rates(r, false));
      for (int k = 0; k < timepoints.size(); k++) {
        String at = ", " + means.get(k).heading();
        panelStart(h);
        h.raw(SvgForestPlot.render(Html.id(ID_DOSE, measure, timepoints.get(k), "improvement"),
            title + ": mean improvement" + at, lines(improvement.get(0), ForestRow::section, ForestRow::label, false),
            axis, List.of(means.get(k))));
        h.raw(SvgForestPlot.render(Html.id(ID_DOSE, measure, timepoints.get(k), "responders"),
            title + ": responder rate" + at, lines(responders.get(0), RateRow::section, RateRow::label, false),
            ImprovementAxes.rates(), List.of(rates.get(k))));
        panelEnd(h);
      }
      figureEnd(h);
      FigureTables.improvement(h, title + ": mean improvement, " + Labels.unit(measure), timepoints, improvement,
          Labels.decimals(measure));
      FigureTables.rates(h, title + ": responders", timepoints, responders);
    }
    end(h, model.doseResponse().isEmpty());
  }

  static void responders(Html h, ReportModel model, PipelineConfig config) {
    Map<String, List<String>> configured = OutcomeChartModels.configuredLabels(config);
    heading(h, ID_RESPONDERS, "Responder rates by modality and by condition");
    h.element("p", null,
        "Share of participants whose improvement met the measure's responder threshold, with the Wilson 95%"
            + " interval. Evaluable: participants whose responder status could be judged (a threshold in % of"
            + " baseline cannot be judged when the baseline is 0). Modality exposure groups overlap: one person"
            + " counts in every modality they attended often enough.");
    for (List<ResponderRateData> plots : byMeasure(model.responderRates(), ResponderRateData::measure).values()) {
      ResponderRateData r = plots.get(0);
      String measure = r.measure();
      measureHeading(h, ID_RESPONDERS, measure, r.responderRule());
      List<String> timepoints = plots.stream().map(ResponderRateData::timepoint).toList();
      List<List<RateRow>> rows = CollapsedRows.rates(plots.stream().map(ResponderRateData::rows).toList(), configured);
      String title = Labels.measure(measure) + ": responder rate by group";
      figureStart(h, Html.id(ID_RESPONDERS, measure, "figure"), title, MARKS + "Wilson interval.");
      List<SvgForestPlot.Line> lines = lines(rows.get(0), RateRow::section, RateRow::label, true);
      List<SvgForestPlot.Panel> panels = panels(timepoints, rows, x -> ChartRows.rates(x, true));
      for (int k = 0; k < panels.size(); k++) {
        panelStart(h);
        h.raw(SvgForestPlot.render(Html.id(ID_RESPONDERS, measure, timepoints.get(k), "title"),
            title + ", " + panels.get(k).heading(), lines, ImprovementAxes.rates(), List.of(panels.get(k))));
        panelEnd(h);
      }
      figureEnd(h);
      FigureTables.rates(h, title + ": the values in the chart above", timepoints, rows);
    }
    end(h, model.responderRates().isEmpty());
  }

  private static <T> Map<String, List<T>> byMeasure(List<T> items, Function<T, String> measure) {
    Map<String, List<T>> out = new LinkedHashMap<>(); // keeps the model's order
    items.forEach(i -> out.computeIfAbsent(measure.apply(i), k -> new ArrayList<>()).add(i));
    return out;
  }

  private static <T> List<SvgForestPlot.Line> lines(
      List<T> rows, Function<T, String> section, Function<T, String> label, boolean headings) {
    return ChartRows.lines(rows.stream().map(section).toList(), rows.stream().map(label).toList(), headings);
  }

  private static <T> List<SvgForestPlot.Panel> panels(
      List<String> timepoints, List<List<T>> rows, Function<List<T>, List<SvgForestPlot.Mark>> marks) {
    List<SvgForestPlot.Panel> out = new ArrayList<>();
    for (int k = 0; k < timepoints.size(); k++) {
      out.add(new SvgForestPlot.Panel(Labels.timepoint(timepoints.get(k)), marks.apply(rows.get(k))));
    }
    return out;
  }

  static void heading(Html h, String id, String text) {
    h.raw("<section aria-labelledby=\"" + id + "\">\n<h2 class=\"part\" id=\"" + id + "\">").text(text).raw("</h2>\n");
  }

  private static void measureHeading(Html h, String section, String measure, String rule) {
    // the heading, its note and the figure print on one page (closed in figureEnd)
    h.raw("<div class=\"keep\">\n<h3 id=\"" + Html.id(section, measure) + "\">").text(Labels.measure(measure)).raw("</h3>\n");
    h.element("p", "class=\"note\"", Labels.measureDescription(measure) + "; " + rule + ".");
  }

  private static void figureStart(Html h, String id, String title, String caption) {
    h.raw("<figure id=\"" + id + "\">\n<figcaption><strong>").text(title).raw(".</strong> ").text(caption)
        .raw("</figcaption>\n<div class=\"panels\">\n");
  }

  /** One timepoint's chart(s): side by side with the others where the page is wide enough. */
  private static void panelStart(Html h) {
    h.raw("<div class=\"panel\">\n");
  }

  private static void panelEnd(Html h) {
    h.raw("</div>\n");
  }

  private static void figureEnd(Html h) {
    h.raw("</div>\n</figure>\n</div>\n");
  }

  private static String thresholdNote(Double threshold, String measure) {
    return threshold == null
        ? ""
        : " Dashed line: responder threshold (" + NumberText.plain(threshold) + " " + Labels.unit(measure) + ").";
  }

  private static void end(Html h, boolean empty) {
    if (empty) {
      h.element("p", "class=\"note\"", "No rows in the public table.");
    }
    h.raw("</section>\n");
  }
}
