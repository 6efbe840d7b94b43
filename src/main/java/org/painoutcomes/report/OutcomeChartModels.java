package org.painoutcomes.report;

import static org.painoutcomes.summarize.OutcomeChangeRow.ALL;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.config.ResponderRule;
import org.painoutcomes.contract.Instrument;

/**
 * The data behind the outcome charts (forest plots, dose-response, responder rates), from
 * public/outcome_change. The rows of a measure list every group that has a row at any of the
 * measure's timepoints, so the panels of one measure line up.
 */
final class OutcomeChartModels {
  static final String SECTION_ALL = "All participants";
  static final String SECTION_PRIMARY = "By primary modality";
  static final String SECTION_CONDITION = "By condition";
  static final String SECTION_BAND = "By attendance band";

  private final OutcomeRows rows;
  private final PipelineConfig config;
  private final ReportOrder order;

  OutcomeChartModels(OutcomeRows rows, PipelineConfig config, ReportOrder order) {
    this.rows = rows;
    this.config = config;
    this.order = order;
  }

  /** Mean improvement by primary modality (condition ALL) and by condition (grouping overall). */
  ForestPlotData forestPlot(String measure, String timepoint, List<String> timepoints) {
    List<ForestRow> out = new ArrayList<>();
    if (hasOverall(measure, timepoints)) {
      out.add(OutcomeRows.improvement(SECTION_ALL, Labels.group(GROUPING_OVERALL, ALL),
          rows.find(GROUPING_OVERALL, ALL, ALL, measure, timepoint)));
    }
    for (String g : rows.groupsOf(GROUPING_PRIMARY_MODALITY, ALL, measure, timepoints,
        order.groups(GROUPING_PRIMARY_MODALITY))) {
      out.add(OutcomeRows.improvement(SECTION_PRIMARY, Labels.group(GROUPING_PRIMARY_MODALITY, g),
          rows.find(GROUPING_PRIMARY_MODALITY, g, ALL, measure, timepoint)));
    }
    for (String c : rows.conditionsOf(GROUPING_OVERALL, ALL, measure, timepoints, order.conditions())) {
      out.add(OutcomeRows.improvement(SECTION_CONDITION, Labels.condition(c),
          rows.find(GROUPING_OVERALL, ALL, c, measure, timepoint)));
    }
    return new ForestPlotData(
        measure, timepoint, axisLabel(measure), ruleText(measure), thresholdPoints(measure), out);
  }

  /** Mean improvement and responder rate by attendance band (condition ALL); null if no band has a row. */
  DoseResponseData doseResponse(String measure, String timepoint, List<String> timepoints) {
    List<String> bands =
        rows.groupsOf(GROUPING_ATTENDANCE_BAND, ALL, measure, timepoints, order.groups(GROUPING_ATTENDANCE_BAND));
    if (bands.isEmpty()) {
      return null;
    }
    List<ForestRow> improvement = new ArrayList<>();
    List<RateRow> responders = new ArrayList<>();
    for (String b : bands) {
      String label = Labels.group(GROUPING_ATTENDANCE_BAND, b);
      var row = rows.find(GROUPING_ATTENDANCE_BAND, b, ALL, measure, timepoint);
      improvement.add(OutcomeRows.improvement(SECTION_BAND, label, row));
      responders.add(OutcomeRows.responders(SECTION_BAND, label, row));
    }
    return new DoseResponseData(
        measure, timepoint, axisLabel(measure), ruleText(measure), thresholdPoints(measure), improvement, responders);
  }

  /** Responder rates overall, by modality exposure, by primary modality and by condition. */
  ResponderRateData responderRates(String measure, String timepoint, List<String> timepoints) {
    List<RateRow> out = new ArrayList<>();
    if (hasOverall(measure, timepoints)) {
      out.add(OutcomeRows.responders(SECTION_ALL, Labels.group(GROUPING_OVERALL, ALL),
          rows.find(GROUPING_OVERALL, ALL, ALL, measure, timepoint)));
    }
    String exposure = exposureSection(config.exposureMinSessions());
    for (String g : rows.groupsOf(GROUPING_MODALITY_EXPOSURE, ALL, measure, timepoints,
        order.groups(GROUPING_MODALITY_EXPOSURE))) {
      out.add(OutcomeRows.responders(exposure, Labels.group(GROUPING_MODALITY_EXPOSURE, g),
          rows.find(GROUPING_MODALITY_EXPOSURE, g, ALL, measure, timepoint)));
    }
    for (String g : rows.groupsOf(GROUPING_PRIMARY_MODALITY, ALL, measure, timepoints,
        order.groups(GROUPING_PRIMARY_MODALITY))) {
      out.add(OutcomeRows.responders(SECTION_PRIMARY, Labels.group(GROUPING_PRIMARY_MODALITY, g),
          rows.find(GROUPING_PRIMARY_MODALITY, g, ALL, measure, timepoint)));
    }
    for (String c : rows.conditionsOf(GROUPING_OVERALL, ALL, measure, timepoints, order.conditions())) {
      out.add(OutcomeRows.responders(SECTION_CONDITION, Labels.condition(c),
          rows.find(GROUPING_OVERALL, ALL, c, measure, timepoint)));
    }
    return new ResponderRateData(measure, timepoint, ruleText(measure), out);
  }

  /** The overall improvement and responder rows of a measure at a timepoint (nulls if no row). */
  KeyResult keyResult(String measure, String timepoint, CountCell analysed) {
    var all = rows.find(GROUPING_OVERALL, ALL, ALL, measure, timepoint);
    String label = Labels.group(GROUPING_OVERALL, ALL);
    return new KeyResult(
        measure,
        timepoint,
        analysed,
        all == null ? null : OutcomeRows.improvement(SECTION_ALL, label, all),
        all == null ? null : OutcomeRows.responders(SECTION_ALL, label, all));
  }

  /** The section heading of the modality exposure groups (SPEC 5: groups overlap). */
  static String exposureSection(int minSessions) {
    return "Exposure: \u2265" + minSessions + " sessions (groups overlap)";
  }

  /**
   * Every group the configuration names, as labelled, under the section heading it sits under:
   * the page names those with no row at all ("no one in"), rather than leaving them out.
   */
  static Map<String, List<String>> configuredLabels(PipelineConfig config) {
    ReportOrder order = new ReportOrder(config);
    Map<String, List<String>> out = new LinkedHashMap<>();
    out.put(SECTION_PRIMARY, order.configuredGroups(GROUPING_PRIMARY_MODALITY).stream()
        .map(g -> Labels.group(GROUPING_PRIMARY_MODALITY, g)).toList());
    out.put(exposureSection(config.exposureMinSessions()), order.configuredGroups(GROUPING_MODALITY_EXPOSURE).stream()
        .map(g -> Labels.group(GROUPING_MODALITY_EXPOSURE, g)).toList());
    out.put(SECTION_BAND, order.configuredGroups(GROUPING_ATTENDANCE_BAND).stream()
        .map(g -> Labels.group(GROUPING_ATTENDANCE_BAND, g)).toList());
    out.put(SECTION_CONDITION, order.configuredConditions().stream().map(Labels::condition).toList());
    return out;
  }

  String axisLabel(String measure) {
    return Labels.improvementAxis(measure, OutcomeRows.direction(measure));
  }

  String ruleText(String measure) {
    return Labels.responderRule(measure, rule(measure));
  }

  /** The threshold as a line on the improvement axis: only a threshold in points is one value. */
  Double thresholdPoints(String measure) {
    ResponderRule r = rule(measure);
    return r != null && r.kind() == ResponderRule.Kind.POINTS ? r.threshold() : null;
  }

  private boolean hasOverall(String measure, List<String> timepoints) {
    return timepoints.stream().anyMatch(t -> rows.find(GROUPING_OVERALL, ALL, ALL, measure, t) != null);
  }

  private ResponderRule rule(String measure) {
    Instrument i = Instrument.byCode(measure);
    return i == null ? null : config.responderRule(i);
  }
}
