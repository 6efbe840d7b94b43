package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.privacy.Rows.ALL;
import static org.painoutcomes.privacy.Rows.all;
import static org.painoutcomes.privacy.Rows.OVERALL;
import static org.painoutcomes.privacy.Rows.PRIMARY;
import static org.painoutcomes.privacy.Rows.SHOWN;
import static org.painoutcomes.privacy.Rows.expect;
import static org.painoutcomes.privacy.Rows.flow;
import static org.painoutcomes.privacy.Rows.oc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * Hidings that force more hidings in other partitions and across the two tables, worked by hand
 * pass by pass. Every record is evaluable and a responder (responder_n = responders = n), so the
 * responder partitions repeat the n partitions and the n hiding covers them.
 */
class CascadeTest {

  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();
  private final DisclosureAudit audit = new DisclosureAudit();

  @Test
  void conditionComplementForcesModalityComplementsAcrossPasses() {
    // Participants by condition and primary modality:
    //   fibromyalgia: yoga 5            -> overall 5
    //   migraine: yoga 20, acupuncture 11 -> overall 31
    //   osteoarthritis: yoga 12, acupuncture 25 -> overall 37
    //   ALL: yoga 37, acupuncture 36    -> overall 73
    // Rule 1: overall/fibromyalgia, yoga/fibromyalgia.
    // Pass 1: overall's condition partition takes migraine (31 < 37); yoga's takes osteoarthritis (12 < 20).
    // Pass 2: primary_modality under overall/migraine has one hidden row (the total): acupuncture
    //   11; under overall/osteoarthritis one hidden (yoga): acupuncture 25, the only other member.
    // Pass 3: acupuncture's condition partition has two hidden; nothing more.
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 73),
            all(OVERALL, ALL, "fibromyalgia", 5),
            all(OVERALL, ALL, "migraine", 31),
            all(OVERALL, ALL, "osteoarthritis", 37),
            all(PRIMARY, "yoga", ALL, 37),
            all(PRIMARY, "yoga", "fibromyalgia", 5),
            all(PRIMARY, "yoga", "migraine", 20),
            all(PRIMARY, "yoga", "osteoarthritis", 12),
            all(PRIMARY, "acupuncture", ALL, 36),
            all(PRIMARY, "acupuncture", "migraine", 11),
            all(PRIMARY, "acupuncture", "osteoarthritis", 25));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "n",
                "overall/ALL/migraine", "n",
                "overall/ALL/osteoarthritis", SHOWN,
                "primary_modality/yoga/ALL", SHOWN,
                "primary_modality/yoga/fibromyalgia", "n",
                "primary_modality/yoga/migraine", SHOWN,
                "primary_modality/yoga/osteoarthritis", "n",
                "primary_modality/acupuncture/ALL", SHOWN,
                "primary_modality/acupuncture/migraine", "n",
                "primary_modality/acupuncture/osteoarthritis", "n"));
    assertThat(result.counts().hiddenBy(SuppressionRule.PRIMARY_N)).isEqualTo(2);
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(4);
    assertThat(result.counts().passes()).isEqualTo(3);
    assertThat(audit.audit(result.outcomeChange(), result.flow(), 11).violations()).isEmpty();
  }

  @Test
  void flowChainCascadesThroughSharedCellsIntoModalityPartitions() {
    // Site ALL rows only (one site mirrors them). PEG at WEEK_6.
    //   fibromyalgia: 45 enrolled and attended, 30 baseline, 23 followup (drops 15, then 7)
    //   migraine: 45, 45, 30, 19;  ALL: 90, 90, 60, 42
    // outcome_change: overall ALL 42 = fibromyalgia 23 + migraine 19;
    //   yoga: fibromyalgia 12, migraine 19, ALL 31;  acupuncture: fibromyalgia 11, ALL 11.
    // Pass 1: chain hides followup fibromyalgia.
    // Pass 2: flow's condition partition takes followup migraine (19); shared cell hides overall/fibromyalgia.
    // Pass 3: shared cell and overall's condition partition both hide overall/migraine (counted as
    //   complementary, the first rule); primary_modality under fibromyalgia takes acupuncture 11.
    // Pass 4: under overall/migraine, yoga/migraine (the only member); acupuncture's condition
    //   partition has no other member, so its total acupuncture/ALL (11).
    // Pass 5: yoga's condition partition takes yoga/fibromyalgia (12); primary_modality under
    //   overall/ALL takes yoga/ALL (31). Pass 6 hides nothing.
    List<FlowRow> flow = new java.util.ArrayList<>();
    flow.addAll(line("fibromyalgia", 45, 30, 23));
    flow.addAll(line("migraine", 45, 30, 19));
    flow.addAll(line(ALL, 90, 60, 42));
    List<OutcomeChangeRow> oc =
        List.of(
            all(OVERALL, ALL, ALL, 42),
            all(OVERALL, ALL, "fibromyalgia", 23),
            all(OVERALL, ALL, "migraine", 19),
            all(PRIMARY, "yoga", ALL, 31),
            all(PRIMARY, "yoga", "fibromyalgia", 12),
            all(PRIMARY, "yoga", "migraine", 19),
            all(PRIMARY, "acupuncture", ALL, 11),
            all(PRIMARY, "acupuncture", "fibromyalgia", 11));
    SuppressionResult result = suppressor.suppress(oc, flow, 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "n",
                "overall/ALL/migraine", "n",
                "primary_modality/yoga/ALL", "n",
                "primary_modality/yoga/fibromyalgia", "n",
                "primary_modality/yoga/migraine", "n",
                "primary_modality/acupuncture/ALL", "n",
                "primary_modality/acupuncture/fibromyalgia", "n"));
    assertThat(Rows.flowStatus(result.flow()))
        .as("only the two condition followups are hidden")
        .containsExactlyEntriesOf(
            expect(
                "ALL/fibromyalgia/enrolled", false,
                "ALL/fibromyalgia/attended_any", false,
                "ALL/fibromyalgia/baseline/PEG", false,
                "ALL/fibromyalgia/followup/PEG/WEEK_6", true,
                "ALL/migraine/enrolled", false,
                "ALL/migraine/attended_any", false,
                "ALL/migraine/baseline/PEG", false,
                "ALL/migraine/followup/PEG/WEEK_6", true,
                "ALL/ALL/enrolled", false,
                "ALL/ALL/attended_any", false,
                "ALL/ALL/baseline/PEG", false,
                "ALL/ALL/followup/PEG/WEEK_6", false));
    SuppressionCounts counts = result.counts();
    assertThat(counts.hiddenBy(SuppressionRule.FLOW_CHAIN)).isEqualTo(1);
    assertThat(counts.hiddenBy(SuppressionRule.FLOW_COMPLEMENTARY)).isEqualTo(1);
    assertThat(counts.hiddenBy(SuppressionRule.SHARED_CELLS)).isEqualTo(1);
    assertThat(counts.hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(6);
    assertThat(counts.total()).isEqualTo(9);
    assertThat(counts.passes()).isEqualTo(6);
    assertThat(audit.audit(result.outcomeChange(), result.flow(), 11).violations()).isEmpty();
  }

  @Test
  void outcomeChangeToFlowAndBack() {
    // outcome_change: ALL 40 = fibromyalgia 15 + migraine 5 + osteoarthritis 20.
    // participant_flow followup rows (only those the rules reach; site S1 holds everyone):
    //   ALL/ALL 40, ALL/fibromyalgia 15, S1/ALL 40, S1/fibromyalgia 15.
    // Rule 1: migraine. Pass 1: overall's condition partition takes fibromyalgia (15).
    // Pass 2: shared cell hides followup ALL/fibromyalgia.
    // Pass 3: its site partition takes S1/fibromyalgia; the condition partition at site ALL has
    //   no other member shown here, so its total ALL/ALL (40).
    // Pass 4: shared cell hides overall/ALL; S1/ALL follows ALL/ALL (site partition) and
    //   S1/fibromyalgia (condition partition). Pass 5 hides nothing.
    List<OutcomeChangeRow> oc =
        List.of(
            all(OVERALL, ALL, ALL, 40),
            all(OVERALL, ALL, "fibromyalgia", 15),
            all(OVERALL, ALL, "migraine", 5),
            all(OVERALL, ALL, "osteoarthritis", 20));
    List<FlowRow> flow =
        List.of(
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 40),
            flow(ALL, "fibromyalgia", FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 15),
            flow("S1", ALL, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 40),
            flow("S1", "fibromyalgia", FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 15));
    SuppressionResult result = suppressor.suppress(oc, flow, 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", "n",
                "overall/ALL/fibromyalgia", "n",
                "overall/ALL/migraine", "n",
                "overall/ALL/osteoarthritis", SHOWN));
    assertThat(Rows.flowStatus(result.flow()).values()).as("every flow row hidden").containsOnly(true);
    SuppressionCounts counts = result.counts();
    assertThat(counts.hiddenBy(SuppressionRule.PRIMARY_N)).isEqualTo(1);
    assertThat(counts.hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(1);
    assertThat(counts.hiddenBy(SuppressionRule.SHARED_CELLS)).as("ALL/fibromyalgia, overall/ALL").isEqualTo(2);
    assertThat(counts.hiddenBy(SuppressionRule.FLOW_COMPLEMENTARY)).isEqualTo(3);
    assertThat(counts.passes()).isEqualTo(5);
  }

  private static List<FlowRow> line(String condition, long enrolled, long baseline, long followup) {
    return List.of(
        flow(ALL, condition, FlowRow.STAGE_ENROLLED, null, null, enrolled),
        flow(ALL, condition, FlowRow.STAGE_ATTENDED_ANY, null, null, enrolled),
        flow(ALL, condition, FlowRow.STAGE_BASELINE, "PEG", null, baseline),
        flow(ALL, condition, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", followup));
  }
}
