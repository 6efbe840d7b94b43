package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painoutcomes.privacy.Rows.ALL;
import static org.painoutcomes.privacy.Rows.OVERALL;
import static org.painoutcomes.privacy.Rows.SHOWN;
import static org.painoutcomes.privacy.Rows.expect;
import static org.painoutcomes.privacy.Rows.flow;
import static org.painoutcomes.privacy.Rows.oc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painoutcomes.PipelineException;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/** SPEC 7.2 rules 1 and 2 and SPEC 7.3 rule 1, each on a table where no other rule applies. */
class PrimaryRulesTest {

  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();

  @Test
  void rule72_1HidesNFrom1To10AndEveryStatistic() {
    // Two small members (5 and 6) in one partition: two hidden rows adding up to 11 people, no
    // responder among them (responders 0, non-responders 11), so rule 3 has nothing to add.
    // Everyone evaluable: no responder count below 11 in the rows that stand.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, 40, 40, 15),
            oc(OVERALL, ALL, "fibromyalgia", 5, 5, 0),
            oc(OVERALL, ALL, "migraine", 6, 6, 0),
            oc(OVERALL, ALL, "osteoarthritis", 29, 29, 15));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .as("only the rows with n from 1 to 10 are hidden")
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", "n",
                "overall/ALL/migraine", "n",
                "overall/ALL/osteoarthritis", SHOWN));
    OutcomeChangeRow hidden = result.outcomeChange().get(1).row();
    assertThat(hidden)
        .as("labels and direction kept, n and every statistic null")
        .isEqualTo(
            new OutcomeChangeRow(
                OVERALL, ALL, "fibromyalgia", Rows.PEG, Rows.WEEK_6, "lower_is_better",
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null));
    assertThat(result.outcomeChange().get(3).row()).as("a shown row is the input row").isSameAs(rows.get(3));
    assertThat(result.counts().hiddenBy(SuppressionRule.PRIMARY_N)).as("primary n").isEqualTo(2);
    assertThat(result.counts().total()).as("nothing else hidden").isEqualTo(2);
    assertThat(result.counts().passes()).as("one pass, which hid nothing").isEqualTo(1);
  }

  @Test
  void rule72_2HidesResponderCountsWhenAnyOfTheThreeIsSmall() {
    // Rows on their own (condition ALL, distinct measure/timepoint): no partition, no subset.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, "PEG", "WEEK_6", 30, 30, 5), // responders 5
            oc(OVERALL, ALL, ALL, "PEG", "WEEK_12", 30, 30, 25), // non-responders 5
            oc(OVERALL, ALL, ALL, "NRS", "WEEK_6", 30, 25, 12), // not evaluable 5
            oc(OVERALL, ALL, ALL, "NRS", "WEEK_12", 30, 30, 0), // 0 responders may be shown
            oc(OVERALL, ALL, ALL, "ODI", "WEEK_6", 40, 22, 11), // 11, 11, 18: all shown
            oc(OVERALL, ALL, ALL, "ODI", "WEEK_12", 7, 7, 0)); // n small: rule 1, not rule 2
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", "responders",
                "overall/ALL/ALL/PEG/WEEK_12", "responders",
                "overall/ALL/ALL/NRS/WEEK_6", "responders",
                "overall/ALL/ALL/NRS/WEEK_12", SHOWN,
                "overall/ALL/ALL/ODI/WEEK_6", SHOWN,
                "overall/ALL/ALL/ODI/WEEK_12", "n"));
    OutcomeChangeRow r = result.outcomeChange().get(0).row();
    assertThat(r.n()).as("n stands").isEqualTo(30L);
    assertThat(r.changeMean()).as("statistics stand").isEqualTo(-2.0);
    assertThat(new Object[] {r.responderN(), r.responders(), r.responderRate(), r.responderCiLow(), r.responderCiHigh()})
        .as("responder counts, rate and interval hidden")
        .containsOnlyNulls();
    assertThat(result.counts().hiddenBy(SuppressionRule.PRIMARY_RESPONDERS)).isEqualTo(3);
    assertThat(result.counts().hiddenBy(SuppressionRule.PRIMARY_N)).isEqualTo(1);
    assertThat(result.counts().total()).isEqualTo(4);
  }

  @Test
  void rule73_1HidesParticipantsFrom1To10() {
    // Site ALL, condition ALL only: no partition. Drops: 30 -> 19 is 11, 19 -> 0 is 19.
    List<FlowRow> rows =
        List.of(
            flow(ALL, ALL, FlowRow.STAGE_ENROLLED, null, null, 30),
            flow(ALL, ALL, FlowRow.STAGE_ATTENDED_ANY, null, null, 19),
            flow(ALL, ALL, FlowRow.STAGE_BASELINE, "PEG", null, 8),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", 0),
            flow(ALL, ALL, FlowRow.STAGE_BASELINE, "NRS", null, 10),
            flow(ALL, ALL, FlowRow.STAGE_FOLLOWUP, "NRS", "WEEK_6", 0));
    SuppressionResult result = suppressor.suppress(List.of(), rows, 11);
    assertThat(Rows.flowStatus(result.flow()))
        .containsExactlyEntriesOf(
            expect(
                "ALL/ALL/enrolled", false,
                "ALL/ALL/attended_any", false,
                "ALL/ALL/baseline/PEG", true,
                "ALL/ALL/followup/PEG/WEEK_6", false,
                "ALL/ALL/baseline/NRS", true,
                "ALL/ALL/followup/NRS/WEEK_6", false));
    assertThat(result.flow().get(2).row().participants()).as("hidden participants are null").isNull();
    assertThat(result.flow().get(3).row().participants()).as("0 is shown").isEqualTo(0L);
    assertThat(result.counts().hiddenBy(SuppressionRule.FLOW_PRIMARY)).isEqualTo(2);
    assertThat(result.counts().total()).isEqualTo(2);
  }

  @Test
  void thresholdIsTheFirstCountShown() {
    // Threshold 20: 19 is small, 20 is not.
    List<OutcomeChangeRow> rows =
        List.of(oc(OVERALL, ALL, ALL, "PEG", "WEEK_6", 19, 0, 0), oc(OVERALL, ALL, ALL, "NRS", "WEEK_6", 20, 0, 0));
    assertThat(Rows.status(suppressor.suppress(rows, List.of(), 20).outcomeChange()).values())
        .containsExactly("n", SHOWN);
  }

  @Test
  void refusesAThresholdBelow11AndTablesSpec7DoesNotMake() {
    assertThatThrownBy(() -> suppressor.suppress(List.of(), List.of(), 10))
        .as("CMS minimum")
        .isInstanceOf(PipelineException.class);
    OutcomeChangeRow row = oc(OVERALL, ALL, ALL, 40, 40, 20);
    assertThatThrownBy(() -> suppressor.suppress(List.of(row, row), List.of(), 11))
        .as("two rows with one identity")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> suppressor.suppress(List.of(oc(OVERALL, ALL, "migraine", 40, 40, 20)), List.of(), 11))
        .as("a member without its total")
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void emptyTablesGiveEmptyTables() {
    SuppressionResult result = suppressor.suppress(List.of(), List.of(), 11);
    assertThat(result.outcomeChange()).isEmpty();
    assertThat(result.flow()).isEmpty();
    assertThat(result.counts().total()).isZero();
  }
}
