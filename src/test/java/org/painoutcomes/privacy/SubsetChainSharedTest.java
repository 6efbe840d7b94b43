package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.privacy.Rows.ALL;
import static org.painoutcomes.privacy.Rows.EXPOSURE;
import static org.painoutcomes.privacy.Rows.OVERALL;
import static org.painoutcomes.privacy.Rows.SHOWN;
import static org.painoutcomes.privacy.Rows.expect;
import static org.painoutcomes.privacy.Rows.flow;
import static org.painoutcomes.privacy.Rows.oc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/** SPEC 7.2 rule 4 and SPEC 7.3 rules 2, 3 and 4 on hand-worked tables. */
class SubsetChainSharedTest {

  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();

  @Test
  void rule72_4ComparesEachExposureRowWithTheOverallRow() {
    // overall: n 60, responders 20, non-responders 25, not evaluable 15. Per row below:
    // (n, responders, non-responders, not evaluable) and the differences from overall.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, 60, 45, 20),
            oc(EXPOSURE, "yoga", ALL, 55, 44, 20), // 55/20/24/11: n differs by 5 -> n
            oc(EXPOSURE, "acupuncture", ALL, 39, 28, 14), // 39/14/14/11: responders by 6 -> responders
            oc(EXPOSURE, "tai_chi", ALL, 60, 45, 20), // identical: all differences 0 -> shown
            oc(EXPOSURE, "nutrition_education", ALL, 46, 34, 20)); // 46/20/14/12: not evaluable by 3
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "modality_exposure/yoga/ALL", "n",
                "modality_exposure/acupuncture/ALL", "responders",
                "modality_exposure/tai_chi/ALL", SHOWN,
                "modality_exposure/nutrition_education/ALL", "responders"));
    // yoga's non-responders differ by 1 too, but its n hidden in the same pass covers that.
    assertThat(result.counts().hiddenBy(SuppressionRule.SUBSET_N)).isEqualTo(1);
    assertThat(result.counts().hiddenBy(SuppressionRule.SUBSET_RESPONDERS)).isEqualTo(2);
    assertThat(result.counts().total()).isEqualTo(3);
  }

  @Test
  void rule73_2DropsFromTheNearestShownCount() {
    // One line set at site ALL, condition ALL. Pass 1, from the counts as they stood:
    //   attended 95: drop 5 from enrolled 100 -> hidden
    //   baseline PEG 85: drop 10 from attended 95 (still shown at the pass's start) -> hidden
    //   followup PEG WEEK_6 84: drop 1 from 85 -> hidden
    //   followup PEG WEEK_12 70: drop 15 -> shown; baseline NRS 80: drop 15 -> shown
    //   followup NRS WEEK_6 76: drop 4 -> hidden; followup NRS WEEK_12 80: drop 0 -> shown
    // Pass 2: WEEK_12 70 against enrolled 100 (30), NRS 80 against 100 (20): nothing more.
    List<FlowRow> rows =
        List.of(
            flow(ALL, ALL, FlowRow.STAGE_ENROLLED, null, null, 100),
            flow(ALL, ALL, FlowRow.STAGE_ATTENDED_ANY, null, null, 95),
            flow(ALL, ALL, FlowRow.STAGE_BASELINE, "PEG", null, 85),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 84),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_12", 70),
            flow(ALL, ALL, FlowRow.STAGE_BASELINE, "NRS", null, 80),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "NRS", "WEEK_6", 76),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "NRS", "WEEK_12", 80));
    SuppressionResult result = suppressor.suppress(List.of(), rows, 11);
    assertThat(Rows.flowStatus(result.flow()))
        .containsExactlyEntriesOf(
            expect(
                "ALL/ALL/enrolled", false,
                "ALL/ALL/attended_any", true,
                "ALL/ALL/baseline/PEG", true,
                "ALL/ALL/followup/PEG/WEEK_6", true,
                "ALL/ALL/followup/PEG/WEEK_12", false,
                "ALL/ALL/baseline/NRS", false,
                "ALL/ALL/followup/NRS/WEEK_6", true,
                "ALL/ALL/followup/NRS/WEEK_12", false));
    assertThat(result.counts().hiddenBy(SuppressionRule.FLOW_CHAIN)).isEqualTo(4);
    assertThat(result.counts().passes()).isEqualTo(2);
  }

  @Test
  void rule73_3SitePartitionTiesBySiteInCodePointOrder() {
    // Condition ALL only. enrolled: ALL 65 = north 30 + S1 30 + S2 5. S2 by rule 1; north and S1
    // tie at 30 and "S1" < "north" by code point (a collator would put north first).
    List<FlowRow> rows =
        List.of(
            flow(ALL, ALL, FlowRow.STAGE_ENROLLED, null, null, 65),
            flow("north", ALL, FlowRow.STAGE_ENROLLED, null, null, 30),
            flow("S1", ALL, FlowRow.STAGE_ENROLLED, null, null, 30),
            flow("S2", ALL, FlowRow.STAGE_ENROLLED, null, null, 5));
    SuppressionResult result = suppressor.suppress(List.of(), rows, 11);
    assertThat(Rows.flowStatus(result.flow()))
        .containsExactlyEntriesOf(
            expect("ALL/ALL/enrolled", false, "north/ALL/enrolled", false, "S1/ALL/enrolled", true, "S2/ALL/enrolled", true));
    assertThat(result.counts().hiddenBy(SuppressionRule.FLOW_COMPLEMENTARY)).isEqualTo(1);
  }

  @Test
  void rule73_3ConditionPartitionTakesTheSmallestCount() {
    // Site ALL only. enrolled: ALL 42 = fibromyalgia 8 + migraine 20 + osteoarthritis 14.
    List<FlowRow> rows =
        List.of(
            flow(ALL, ALL, FlowRow.STAGE_ENROLLED, null, null, 42),
            flow(ALL, "fibromyalgia", FlowRow.STAGE_ENROLLED, null, null, 8),
            flow(ALL, "migraine", FlowRow.STAGE_ENROLLED, null, null, 20),
            flow(ALL, "osteoarthritis", FlowRow.STAGE_ENROLLED, null, null, 14));
    assertThat(Rows.flowStatus(suppressor.suppress(List.of(), rows, 11).flow()))
        .containsExactlyEntriesOf(
            expect(
                "ALL/ALL/enrolled", false,
                "ALL/fibromyalgia/enrolled", true,
                "ALL/migraine/enrolled", false,
                "ALL/osteoarthritis/enrolled", true));
  }

  @Test
  void rule73_4FlowHidesTheOverallRowWithItsStatistics() {
    // followup 43 drops 7 from baseline 50 (chain, pass 1); pass 2 hides the overall row's n.
    List<FlowRow> flow =
        List.of(
            flow(ALL, ALL, FlowRow.STAGE_ENROLLED, null, null, 70),
            flow(ALL, ALL, FlowRow.STAGE_ATTENDED_ANY, null, null, 70),
            flow(ALL, ALL, FlowRow.STAGE_BASELINE, "PEG", null, 50),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 43));
    List<OutcomeChangeRow> oc = List.of(oc(OVERALL, ALL, ALL, 43, 43, 22));
    SuppressionResult result = suppressor.suppress(oc, flow, 11);
    assertThat(Rows.status(result.outcomeChange())).containsExactlyEntriesOf(expect("overall/ALL/ALL", "n"));
    assertThat(result.outcomeChange().get(0).row().changeMean()).as("statistics hidden, as by rule 1").isNull();
    assertThat(result.counts().hiddenBy(SuppressionRule.SHARED_CELLS)).isEqualTo(1);
  }

  // 7.3 rule 4 from outcome_change to participant_flow: CascadeTest.outcomeChangeToFlowAndBack.
}
