package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.privacy.Rows.ALL;
import static org.painoutcomes.privacy.Rows.all;
import static org.painoutcomes.privacy.Rows.BAND;
import static org.painoutcomes.privacy.Rows.OVERALL;
import static org.painoutcomes.privacy.Rows.PRIMARY;
import static org.painoutcomes.privacy.Rows.SHOWN;
import static org.painoutcomes.privacy.Rows.expect;
import static org.painoutcomes.privacy.Rows.oc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * SPEC 7.2 rule 3 on hand-worked tables: the condition partition and the primary_modality and
 * attendance_band partitions, for n and for the responder counts. Where not said otherwise every
 * record is evaluable and a responder (responder_n = responders = n), so rule 2 never applies.
 */
class ComplementaryRuleTest {

  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();

  @Test
  void conditionPartitionHidesTheSmallestMemberAboveZero() {
    // ALL 40 = 5 + 15 + 20: fibromyalgia (5) by rule 1, then the smallest other member, 15.
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 40),
            all(OVERALL, ALL, "fibromyalgia", 5),
            all(OVERALL, ALL, "migraine", 15),
            all(OVERALL, ALL, "osteoarthritis", 20));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "n",
                "overall/ALL/migraine", "n",
                "overall/ALL/osteoarthritis", SHOWN));
    // The responder partition chose migraine too, in the same pass: n covers it, counted once.
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(1);
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_RESPONDERS)).isZero();
    assertThat(result.counts().passes()).as("pass 1 hides migraine, pass 2 hides nothing").isEqualTo(2);
  }

  @Test
  void conditionTieGoesToTheFirstConditionByCodePoint() {
    // ALL 50 = 5 + 15 + 15 + 15: three members tie at 15; migraine < osteoarthritis < other.
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 50),
            all(OVERALL, ALL, "other", 15),
            all(OVERALL, ALL, "osteoarthritis", 15),
            all(OVERALL, ALL, "migraine", 15),
            all(OVERALL, ALL, "fibromyalgia", 5));
    assertThat(Rows.status(suppressor.suppress(rows, List.of(), 11).outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/other", SHOWN,
                "overall/ALL/osteoarthritis", SHOWN,
                "overall/ALL/migraine", "n",
                "overall/ALL/fibromyalgia", "n"));
  }

  @Test
  void primaryModalityPartitionUnderTheOverallRow() {
    // overall 60 = yoga 4 + acupuncture 20 + multimodal 20 + tai_chi 16 (condition ALL only, so
    // no condition partition): yoga by rule 1, then tai_chi (16), the smallest.
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 60),
            all(PRIMARY, "yoga", ALL, 4),
            all(PRIMARY, "acupuncture", ALL, 20),
            all(PRIMARY, "multimodal", ALL, 20),
            all(PRIMARY, "tai_chi", ALL, 16));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "primary_modality/yoga/ALL", "n",
                "primary_modality/acupuncture/ALL", SHOWN,
                "primary_modality/multimodal/ALL", SHOWN,
                "primary_modality/tai_chi/ALL", "n"));
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(1);
  }

  @Test
  void attendanceBandTieGoesToTheFirstGroupByCodePoint() {
    // overall 60 = 1-3: 8 + 10+: 13 + 4-6: 13 + 7-9: 26. 10+ and 4-6 tie at 13; "10+" < "4-6".
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 60),
            all(BAND, "1-3", ALL, 8),
            all(BAND, "4-6", ALL, 13),
            all(BAND, "7-9", ALL, 26),
            all(BAND, "10+", ALL, 13));
    assertThat(Rows.status(suppressor.suppress(rows, List.of(), 11).outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "attendance_band/1-3/ALL", "n",
                "attendance_band/4-6/ALL", SHOWN,
                "attendance_band/7-9/ALL", SHOWN,
                "attendance_band/10+/ALL", "n"));
  }

  @Test
  void responderCountsUseResponderNAndLeaveNStanding() {
    // fibromyalgia: n 25, responder_n 20, responders 5 -> rule 2 hides its responder counts.
    // Candidates by responder_n: migraine 15 (n 26, 0 responders, 11 not evaluable), osteo 22.
    // ALL: n 73, responder_n 57, responders 16, non-responders 41, not evaluable 16: shown.
    // Pass 1 hides migraine's (15 < 22). Then fibromyalgia and migraine hold 5 + 0 = 5 of the
    // total's 16 responders (16 - 11 shown), so version 2 of rule 3 hides osteoarthritis's in pass 2.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, 73, 57, 16),
            oc(OVERALL, ALL, "fibromyalgia", 25, 20, 5),
            oc(OVERALL, ALL, "migraine", 26, 15, 0),
            oc(OVERALL, ALL, "osteoarthritis", 22, 22, 11));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "responders",
                "overall/ALL/migraine", "responders",
                "overall/ALL/osteoarthritis", "responders"));
    assertThat(result.outcomeChange().get(2).row().n()).as("migraine's n stands").isEqualTo(26L);
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_RESPONDERS)).isEqualTo(2);
    assertThat(result.counts().passes()).isEqualTo(3);
  }

  @Test
  void totalOnlyWhenNoMemberHasACountAboveZero() {
    // fibromyalgia: n 25, responder_n 22, responders 11, not evaluable 3 -> rule 2.
    // migraine's responder_n is 0 (nobody evaluable), so the total (responder_n 22) is hidden.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, 40, 22, 11),
            oc(OVERALL, ALL, "fibromyalgia", 25, 22, 11),
            oc(OVERALL, ALL, "migraine", 15, 0, 0));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", "responders",
                "overall/ALL/fibromyalgia", "responders",
                "overall/ALL/migraine", SHOWN));
  }

  @Test
  void aHiddenTotalTakesTheSmallestMember() {
    // A total is hidden alone only through another rule (members of 0 or 11 and more add up to 0
    // or 11 and more): here participant_flow's chain hides followup at site ALL, condition ALL
    // (70 enrolled and attended, baseline 50, followup 43: a drop of 7 at the end only), 7.3 rule 4 hides overall/ALL's n in pass 2, and
    // in pass 3 rule 3 hides the smallest member, fibromyalgia (20 < 23). Flow rows per condition
    // are left out to keep the table to what the rule needs.
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 43), all(OVERALL, ALL, "fibromyalgia", 20), all(OVERALL, ALL, "migraine", 23));
    var flow =
        List.of(
            Rows.flow(ALL, ALL, "enrolled", null, null, 70),
            Rows.flow(ALL, ALL, "attended_any", null, null, 70),
            Rows.flow(ALL, ALL, "baseline", "PEG", null, 50),
            Rows.flow(ALL, ALL, "followup", "PEG", "WEEK_6", 43));
    SuppressionResult result = suppressor.suppress(rows, flow, 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect("overall/ALL/ALL", "n", "overall/ALL/fibromyalgia", "n", "overall/ALL/migraine", SHOWN));
    assertThat(result.counts().hiddenBy(SuppressionRule.FLOW_CHAIN)).isEqualTo(1);
    assertThat(result.counts().hiddenBy(SuppressionRule.SHARED_CELLS)).isEqualTo(1);
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(1);
    assertThat(result.counts().passes()).as("chain, shared cell, complement, then nothing").isEqualTo(4);
  }

  // SPEC 7.2 rule 3, contract version 2: hidden members adding up to 1 to 10 under a shown total.

  @Test
  void hiddenMembersAddingUpToASmallCountGetOneMoreHiddenRow() {
    // The contract's case: ALL 40 = fibromyalgia 3 + migraine 4 + osteoarthritis 33. Rule 1 hides
    // two members; version 1 added nothing and 40 - 33 = 7 people were in the two. Version 2
    // hides osteoarthritis too (the only member left above 0).
    List<OutcomeChangeRow> rows =
        List.of(
            all(OVERALL, ALL, ALL, 40),
            all(OVERALL, ALL, "fibromyalgia", 3),
            all(OVERALL, ALL, "migraine", 4),
            all(OVERALL, ALL, "osteoarthritis", 33));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "n",
                "overall/ALL/migraine", "n",
                "overall/ALL/osteoarthritis", "n"));
    assertThat(result.counts().hiddenBy(SuppressionRule.PRIMARY_N)).isEqualTo(2);
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_N)).isEqualTo(1);
    assertThat(result.counts().passes()).as("pass 1 hides osteoarthritis; the hidden 40 is not small").isEqualTo(2);
    assertThat(new DisclosureAudit().audit(result.outcomeChange(), result.flow(), 11).violations()).isEmpty();
  }

  @Test
  void hiddenResponderCountsAddingUpToASmallCountGetOneMoreHiddenRow() {
    // The responder-count twin, n shown everywhere: ALL n 90, 40 responders = fibromyalgia 3 (of
    // 20) + migraine 4 (of 20) + osteoarthritis 33 (of 50). Rule 2 hides the responder counts of
    // fibromyalgia and migraine (3 and 4 responders); their responders add up to 40 - 33 = 7, so
    // osteoarthritis's responder counts go too. Its n (50) stands.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, 90, 90, 40),
            oc(OVERALL, ALL, "fibromyalgia", 20, 20, 3),
            oc(OVERALL, ALL, "migraine", 20, 20, 4),
            oc(OVERALL, ALL, "osteoarthritis", 50, 50, 33));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "responders",
                "overall/ALL/migraine", "responders",
                "overall/ALL/osteoarthritis", "responders"));
    assertThat(result.outcomeChange().get(3).row().n()).as("osteoarthritis's n stands").isEqualTo(50L);
    assertThat(result.counts().hiddenBy(SuppressionRule.PRIMARY_RESPONDERS)).isEqualTo(2);
    assertThat(result.counts().hiddenBy(SuppressionRule.COMPLEMENTARY_RESPONDERS)).isEqualTo(1);
    assertThat(new DisclosureAudit().audit(result.outcomeChange(), result.flow(), 11).violations()).isEmpty();
  }

  @Test
  void hiddenFlowCountsAddingUpToASmallCountGetOneMoreHiddenRow() {
    // The participant_flow twin (SPEC 7.3 rule 3): enrolled at site ALL 40 = S1 3 + S2 4 + S3 33.
    var flow =
        List.of(
            Rows.flow(ALL, ALL, "enrolled", null, null, 40),
            Rows.flow("S1", ALL, "enrolled", null, null, 3),
            Rows.flow("S2", ALL, "enrolled", null, null, 4),
            Rows.flow("S3", ALL, "enrolled", null, null, 33));
    SuppressionResult result = suppressor.suppress(List.of(), flow, 11);
    assertThat(Rows.flowStatus(result.flow()))
        .containsExactlyEntriesOf(
            expect("ALL/ALL/enrolled", false, "S1/ALL/enrolled", true, "S2/ALL/enrolled", true, "S3/ALL/enrolled", true));
    assertThat(result.counts().hiddenBy(SuppressionRule.FLOW_PRIMARY)).isEqualTo(2);
    assertThat(result.counts().hiddenBy(SuppressionRule.FLOW_COMPLEMENTARY)).isEqualTo(1);
    assertThat(new DisclosureAudit().audit(result.outcomeChange(), result.flow(), 11).violations()).isEmpty();
  }
}
