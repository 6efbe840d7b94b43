package org.painoutcomes.report;

import static org.painoutcomes.tables.OutcomeChangeRow.ALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.config.ResponderRule;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;

/**
 * The data behind the outcome charts (forest plots, dose-response, responder rates), from
 * public/outcome_change. The rows of a measure list every group that has a row at any of the
 * measure's timepoints, so the panels of one measure line up.
 */
record OutcomeChartModels(OutcomeRows rows, PipelineConfig config, ReportOrder order) {
  static final String SECTION_ALL = "All participants";
  static final String SECTION_PRIMARY = "By primary modality";
  static final String SECTION_CONDITION = "By condition";
  static final String SECTION_BAND = "By attendance band";

  /** Mean improvement by primary modality (condition ALL) and by condition (grouping overall). */
  ForestPlotData forestPlot(String measure, String timepoint, List<String> timepoints) {
    List<ForestRow> out =
        bySection(measure, timepoint, timepoints, Map.of(GROUPING_PRIMARY_MODALITY, SECTION_PRIMARY), OutcomeRows::improvement);
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
    Map<String, String> groupings = new LinkedHashMap<>();
    groupings.put(GROUPING_MODALITY_EXPOSURE, exposureSection(config.exposureMinSessions()));
    groupings.put(GROUPING_PRIMARY_MODALITY, SECTION_PRIMARY);
    return new ResponderRateData(
        measure, timepoint, ruleText(measure), bySection(measure, timepoint, timepoints, groupings, OutcomeRows::responders));
  }

  /** Makes a chart row from its section heading, label and public row (null where there is none). */
  private interface RowMaker<T> {
    T make(String section, String label, PublicOutcomeChangeRow row);
  }

  /**
   * A chart's rows by section: all participants, then the groups (condition ALL) of each grouping
   * under its heading, in the order given, then each condition (grouping overall).
   */
  private <T> List<T> bySection(
      String measure, String timepoint, List<String> timepoints, Map<String, String> headings, RowMaker<T> maker) {
    List<T> out = new ArrayList<>();
    if (hasOverall(measure, timepoints)) {
      out.add(maker.make(SECTION_ALL, Labels.group(GROUPING_OVERALL, ALL),
          rows.find(GROUPING_OVERALL, ALL, ALL, measure, timepoint)));
    }
    headings.forEach((grouping, heading) -> {
      for (String g : rows.groupsOf(grouping, ALL, measure, timepoints, order.groups(grouping))) {
        out.add(maker.make(heading, Labels.group(grouping, g), rows.find(grouping, g, ALL, measure, timepoint)));
      }
    });
    for (String c : rows.conditionsOf(GROUPING_OVERALL, ALL, measure, timepoints, order.conditions())) {
      out.add(maker.make(SECTION_CONDITION, Labels.condition(c), rows.find(GROUPING_OVERALL, ALL, c, measure, timepoint)));
    }
    return out;
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
    Map<String, String> headings = new LinkedHashMap<>();
    headings.put(GROUPING_PRIMARY_MODALITY, SECTION_PRIMARY);
    headings.put(GROUPING_MODALITY_EXPOSURE, exposureSection(config.exposureMinSessions()));
    headings.put(GROUPING_ATTENDANCE_BAND, SECTION_BAND);
    headings.forEach((grouping, heading) ->
        out.put(heading, order.configuredGroups(grouping).stream().map(g -> Labels.group(grouping, g)).toList()));
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
