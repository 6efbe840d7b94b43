package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden test of the values behind every chart, from {@link HandMadeReportData}. Expected values
 * are worked by hand: improvement = -change for PEG (lower is better), so the interval's ends swap
 * ([-2.1, -0.9] becomes [0.9, 2.1]); PROMIS_PF (higher is better) keeps its sign. Rows come in
 * configured order (acupuncture before yoga, fibromyalgia before low_back_pain, bands 1-3, 4-6, 10+).
 */
class ReportModelGoldenTest {
  private static final String RATE_ALL = "All participants";
  private final ReportModel model = ReportModelBuilder.build(HandMadeReportData.build());

  private static ForestRow shown(String section, String label, long n, double est, double low, double high) {
    return new ForestRow(section, label, n, est, low, high, false);
  }

  private static ForestRow hidden(String section, String label) {
    return new ForestRow(section, label, null, null, null, null, true);
  }

  private static ForestRow absent(String section, String label) {
    return new ForestRow(section, label, null, null, null, null, false);
  }

  private static RateRow rateAbsent(String section, String label) {
    return new RateRow(section, label, null, null, null, null, null, false);
  }

  private static RateRow rate(String section, String label, long evaluable, long responders, double r, double lo, double hi) {
    return new RateRow(section, label, evaluable, responders, r, lo, hi, false);
  }

  private static RateRow rateHidden(String section, String label) {
    return new RateRow(section, label, null, null, null, null, null, true);
  }

  @Test
  void forestPlotsComeOnePerMeasureAndTimepointWithRows() {
    assertThat(model.forestPlots()).extracting(f -> f.measure() + "/" + f.timepoint())
        .as("PROMIS_PF at WEEK_6 has no outcome row, so no plot")
        .containsExactly("PEG/WEEK_6", "PEG/WEEK_12", "PROMIS_PF/WEEK_12");
  }

  @Test
  void pegWeek6ForestRowsAreTurnedToImprovementAndSuppressedRowsCarryNoValue() {
    ForestPlotData peg = model.forestPlots().get(0);
    assertThat(peg.rows()).as("PEG week 6 rows, improvement = -change").containsExactly(
        shown("All participants", "All participants", 40, 1.5, 0.9, 2.1),
        hidden("By primary modality", "acupuncture"),
        shown("By primary modality", "yoga", 14, 2.0, 1.0, 3.0),
        shown("By primary modality", "multimodal (tie)", 12, 0.0, -0.8, 0.8),
        hidden("By condition", "fibromyalgia"),
        shown("By condition", "low back pain", 25, 1.2, 0.5, 1.9));
    assertThat(Double.doubleToRawLongBits(peg.rows().get(3).estimate()))
        .as("a turned zero change is +0.0, never -0.0").isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(peg.axisLabel()).as("axis says the sign was turned")
        .isEqualTo("Improvement, points (= \u2212change, as lower is better)");
    assertThat(peg.responderRule()).isEqualTo("responder: improvement of at least 30% of the baseline value");
    assertThat(peg.thresholdPoints()).as("a % of baseline threshold is no single line").isNull();
  }

  @Test
  void pegWeek12RowsLineUpWithWeek6AndTheOverallRowIsSuppressed() {
    ForestPlotData week12 = model.forestPlots().get(1);
    assertThat(week12.rows()).as("same groups as week 6; no row at week 12 is absent, not suppressed")
        .containsExactly(
            hidden("All participants", "All participants"),
            absent("By primary modality", "acupuncture"),
            absent("By primary modality", "yoga"),
            absent("By primary modality", "multimodal (tie)"),
            absent("By condition", "fibromyalgia"),
            absent("By condition", "low back pain"));
    assertThat(week12.rows().get(0).absent()).as("suppressed is not absent").isFalse();
    assertThat(week12.rows().get(1).absent()).isTrue();
  }

  @Test
  void promisPhysicalFunctionKeepsItsSignAndNamesItsThreshold() {
    ForestPlotData pf = model.forestPlots().get(2);
    assertThat(pf.rows()).as("higher is better: improvement = change").containsExactly(
        shown("All participants", "All participants", 30, 4.5, 2.5, 6.5),
        shown("By primary modality", HandMadeReportData.SCRIPT_LABEL, 11, 3.0, 0.2, 5.8));
    assertThat(pf.axisLabel()).isEqualTo("Improvement, T-score points (= change, as higher is better)");
    assertThat(pf.thresholdPoints()).as("default PROMIS rule is 5 points").isEqualTo(5.0);
    assertThat(pf.responderRule()).isEqualTo("responder: improvement of at least 5 T-score points");
  }

  @Test
  void doseResponseByBandInConfiguredOrder() {
    assertThat(model.doseResponse()).extracting(DoseResponseData::timepoint)
        .as("one per timepoint of PEG; PROMIS_PF has no band rows").containsExactly("WEEK_6", "WEEK_12");
    assertThat(model.doseResponse().get(1).improvement()).as("no band rows at week 12").allMatch(ForestRow::absent);
    DoseResponseData d = model.doseResponse().get(0);
    assertThat(d.improvement()).as("bands 1-3, 4-6, 10+ (7-9 has no row)").containsExactly(
        hidden("By attendance band", "1-3 sessions"),
        shown("By attendance band", "4-6 sessions", 15, 1.0, 0.2, 1.8),
        shown("By attendance band", "10+ sessions", 13, 2.2, 1.3, 3.1));
    assertThat(d.responders()).as("10+ has its responder counts hidden; 4-6 shows 0 of 15").containsExactly(
        rateHidden("By attendance band", "1-3 sessions"),
        rate("By attendance band", "4-6 sessions", 15, 0, 0.0, 0.0, 0.2),
        rateHidden("By attendance band", "10+ sessions"));
  }

  @Test
  void responderRatesByExposurePrimaryModalityAndCondition() {
    ResponderRateData r = model.responderRates().get(0);
    String exposure = "Exposure: \u22653 sessions (groups overlap)";
    assertThat(r.measure() + "/" + r.timepoint()).isEqualTo("PEG/WEEK_6");
    assertThat(r.rows()).containsExactly(
        rate(RATE_ALL, RATE_ALL, 40, 15, 0.375, 0.25, 0.55),
        rate(exposure, "yoga", 22, 11, 0.5, 0.31, 0.69),
        rateHidden(exposure, "tai chi"),
        rateHidden("By primary modality", "acupuncture"),
        rateHidden("By primary modality", "yoga"),
        rate("By primary modality", "multimodal (tie)", 12, 0, 0.0, 0.0, 0.24),
        rateHidden("By condition", "fibromyalgia"),
        rate("By condition", "low back pain", 25, 11, 0.44, 0.27, 0.63));
  }

  @Test
  void responderRowsOfAMeasureLineUpAcrossTimepoints() {
    assertThat(model.responderRates()).extracting(r -> r.measure() + "/" + r.timepoint())
        .containsExactly("PEG/WEEK_6", "PEG/WEEK_12", "PROMIS_PF/WEEK_12");
    assertThat(model.responderRates().get(1).rows()).hasSize(8).startsWith(rateHidden(RATE_ALL, RATE_ALL))
        .endsWith(rateAbsent("By condition", "low back pain"));
  }

  @Test
  void keyResultsTakeAnalysedFromTheFlowTable() {
    assertThat(model.enrolled()).isEqualTo(CountCell.shown(60));
    assertThat(model.attended()).as("suppressed, not 0").isEqualTo(CountCell.hidden());
    assertThat(model.keyResults()).extracting(k -> k.measure() + "/" + k.timepoint(), KeyResult::analysed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PEG/WEEK_6", CountCell.shown(40)),
            org.assertj.core.groups.Tuple.tuple("PEG/WEEK_12", CountCell.hidden()),
            org.assertj.core.groups.Tuple.tuple("PROMIS_PF/WEEK_6", CountCell.shown(0)),
            org.assertj.core.groups.Tuple.tuple("PROMIS_PF/WEEK_12", CountCell.shown(30)));
    assertThat(model.keyResults().get(2).improvement()).as("no outcome row at PROMIS_PF week 6").isNull();
    assertThat(model.keyResults().get(3).responders())
        .isEqualTo(rate(RATE_ALL, RATE_ALL, 30, 16, 16.0 / 30, 0.36, 0.70));
  }

  @Test
  void flowDiagramShowsNoDropNextToAHiddenCount() {
    FlowDiagramData d = model.flowDiagram();
    assertThat(d.enrolled()).isEqualTo(CountCell.shown(60));
    assertThat(d.attended()).isEqualTo(CountCell.hidden());
    assertThat(d.didNotAttend()).as("60 - hidden: not derivable, not drawn").isNull();
    assertThat(d.timepoints()).containsExactly("WEEK_6", "WEEK_12");
    assertThat(d.measures()).containsExactly(
        new FlowDiagramData.MeasureFlow("PEG", CountCell.shown(45), List.of(CountCell.shown(40), CountCell.hidden())),
        new FlowDiagramData.MeasureFlow(
            "PROMIS_PF", CountCell.shown(44), List.of(CountCell.shown(0), CountCell.shown(30))));
  }

  @Test
  void flowTableBySiteAndCondition() {
    FlowTableData t = model.flowTable();
    assertThat(t.columns()).extracting(c -> c.stage() + ":" + c.measure() + ":" + c.timepoint()).containsExactly(
        "enrolled:null:null", "attended_any:null:null", "baseline:PEG:null", "baseline:PROMIS_PF:null",
        "followup:PEG:WEEK_6", "followup:PROMIS_PF:WEEK_6", "followup:PEG:WEEK_12", "followup:PROMIS_PF:WEEK_12");
    assertThat(t.rows()).extracting(l -> l.site() + "/" + l.condition()).containsExactly(
        "ALL/ALL", "ALL/low_back_pain", "north/ALL", "north/low_back_pain", "south/ALL", "south/low_back_pain");
    CountCell h = CountCell.hidden();
    assertThat(t.rows().get(0).cells()).containsExactly(
        CountCell.shown(60), h, CountCell.shown(45), CountCell.shown(44), CountCell.shown(40), CountCell.shown(0), h,
        CountCell.shown(30));
    assertThat(t.rows().get(2).cells()).containsExactly(CountCell.shown(35), h, h, h, h, h, h, h);
  }

  @Test
  void qualityFromThePublicViewOnly() {
    QualityData q = model.quality();
    CountCell h = CountCell.hidden();
    assertThat(q.sources()).containsExactly("enrollment", "attendance", "outcomes");
    assertThat(q.totals()).extracting(QualityData.Line::cells).containsExactly(
        List.of(CountCell.shown(70), CountCell.shown(500), CountCell.shown(500)),
        List.of(h, CountCell.shown(480), CountCell.shown(480)),
        List.of(h, CountCell.shown(20), CountCell.shown(20)));
    QualityData.Line duplicate = q.rejectReasons().get(7);
    assertThat(duplicate.metric()).isEqualTo("rejected_DUPLICATE");
    assertThat(duplicate.cells()).as("hidden for enrollment, not 0")
        .containsExactly(h, CountCell.shown(14), CountCell.shown(14));
    assertThat(q.unscored()).extracting(QualityData.Line::metric, l -> l.cells().get(0)).containsExactly(
        org.assertj.core.groups.Tuple.tuple("unscored_PEG", CountCell.shown(3)),
        org.assertj.core.groups.Tuple.tuple("unscored_NRS", CountCell.ABSENT),
        org.assertj.core.groups.Tuple.tuple("unscored_PROMIS_PI", CountCell.ABSENT),
        org.assertj.core.groups.Tuple.tuple("unscored_PROMIS_PF", CountCell.ABSENT),
        org.assertj.core.groups.Tuple.tuple("unscored_ODI", CountCell.shown(0)));
  }
}
