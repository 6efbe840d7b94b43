package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeTable;
import org.painoutcomes.tables.ParticipantFlowTable;

/**
 * Configuration reaches the analysis: the golden input (see golden/analysis/README.md for each
 * participant's working) run with changed settings; every expected figure below is worked by hand
 * from that table.
 */
class ConfigEffectTest {

  /** The stages are called directly here and their results not closed: what they cached goes with the class. */
  @org.junit.jupiter.api.AfterAll
  static void dropWhatTheRunsCached() {
    org.painoutcomes.SparkTestSession.get().catalog().clearCache();
  }

  private static PipelineConfig with(Map<String, String> overrides) {
    Map<String, String> p = ConfigLoader.defaults();
    p.putAll(overrides);
    return ConfigLoader.build(p);
  }

  private static Map<String, OutcomeChangeRow> cells(AnalysisResult result) {
    Map<String, OutcomeChangeRow> cells = new java.util.HashMap<>();
    for (OutcomeChangeRow r : OutcomeChangeTable.toRows(result.outcomeChange())) {
      cells.put(String.join("/", r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint()), r);
    }
    return cells;
  }

  private static Object responder(AnalysisResult result, String participant, String measure, String timepoint) {
    List<Row> rows =
        result.changeRecords()
            .filter("participant_id = '" + participant + "' AND measure = '" + measure + "' AND timepoint = '" + timepoint + "'")
            .select("responder")
            .collectAsList();
    assertThat(rows).as("one change record for %s %s %s", participant, measure, timepoint).hasSize(1);
    return rows.get(0).get(0);
  }

  @Test
  void exposureThresholdTwoAndAPointsPegRule() {
    AnalysisResult result =
        AnalysisGoldenTest.run(
            SparkTestSession.get(), with(Map.of("exposure.min_sessions", "2", "responder.PEG", "2")));

    // PEG now a points rule: baseline 0 no longer makes responder null (P04: improvement -1/3),
    // and P03's improvement 7/3 meets 2 points (it missed 30% of 8 = 2.4).
    assertThat(responder(result, "P04", "PEG", "WEEK_12")).as("P04 PEG, baseline 0, points rule").isEqualTo(false);
    assertThat(responder(result, "P03", "PEG", "WEEK_6")).as("P03 PEG 7/3 >= 2").isEqualTo(true);

    Map<String, OutcomeChangeRow> cells = cells(result);
    // PEG WEEK_12: P01 11/3 yes, P04 -1/3 no, P08 3 yes, P12 5/3 no.
    OutcomeChangeRow peg12 = cells.get("overall/ALL/ALL/PEG/WEEK_12");
    assertThat(peg12.responderN()).as("P04 evaluable under a points rule").isEqualTo(4L);
    assertThat(peg12.responders()).as("P01 and P08").isEqualTo(2L);

    // Exposure at 2 sessions: P08 (2 acupuncture) joins P10 (3); NRS WEEK_6 changes -4 and -1.
    OutcomeChangeRow acupuncture = cells.get("modality_exposure/acupuncture/ALL/NRS/WEEK_6");
    assertThat(acupuncture.n()).as("P08 and P10").isEqualTo(2L);
    assertThat(acupuncture.changeMean()).as("(-4 + -1) / 2").isEqualTo(-2.5);
    assertThat(acupuncture.responders()).as("P08 only (4 >= 2.1; P10 1 < 1.2)").isEqualTo(1L);
    // P04 attended 2 nutrition education sessions: exposed at 2, not at the default 3.
    OutcomeChangeRow nutrition = cells.get("modality_exposure/nutrition_education/fibromyalgia/NRS/WEEK_6");
    assertThat(nutrition).as("education modalities have exposure groups too").isNotNull();
    assertThat(nutrition.n()).as("P04").isEqualTo(1L);
    assertThat(nutrition.changeMean()).as("P04: 0 -> 2").isEqualTo(2.0);
  }

  @Test
  void timepointsBaselineWindowAndBands() {
    AnalysisResult result =
        AnalysisGoldenTest.run(
            SparkTestSession.get(),
            with(Map.of("followup.timepoints", "WEEK_6", "baseline.window", "-31,0", "attendance.bands", "1-5,6+")));

    // 24 WEEK_6 records of the default run, plus P03 NRS whose day -31 baseline now counts.
    assertThat(result.changeRecords().count()).as("WEEK_6 only, plus P03 NRS").isEqualTo(25L);
    assertThat(responder(result, "P03", "NRS", "WEEK_6")).as("P03 NRS 6 -> 5: 1 < 1.8").isEqualTo(false);

    List<FlowRow> flow = ParticipantFlowTable.toRows(result.participantFlow());
    assertThat(flow).as("14 pairs x (2 + 5 + 5 x 1) stages").hasSize(14 * 12);
    assertThat(flow)
        .as("NRS baselines: 8 of the default run plus P03")
        .contains(new FlowRow("ALL", "ALL", "baseline", "NRS", null, 9L));

    // Bands by sessions attended: P07 (10) and P12 (7) in 6+, every other participant in 1-5.
    List<String> bands =
        OutcomeChangeTable.toRows(result.outcomeChange()).stream()
            .filter(r -> r.grouping().equals("attendance_band"))
            .map(OutcomeChangeRow::group)
            .distinct()
            .sorted()
            .toList();
    assertThat(bands).as("configured bands").containsExactly("1-5", "6+");
    assertThat(cells(result).get("attendance_band/6+/ALL/NRS/WEEK_6").n()).as("P07 and P12").isEqualTo(2L);
  }
}
