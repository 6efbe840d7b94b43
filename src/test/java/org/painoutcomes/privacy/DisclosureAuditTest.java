package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.privacy.Rows.ALL;
import static org.painoutcomes.privacy.Rows.EXPOSURE;
import static org.painoutcomes.privacy.Rows.OVERALL;
import static org.painoutcomes.privacy.Rows.flow;
import static org.painoutcomes.privacy.Rows.oc;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/** {@link DisclosureAudit} finds planted disclosures, and only those. */
class DisclosureAuditTest {

  private final DisclosureAudit audit = new DisclosureAudit();

  private static PublicOutcomeChangeRow shown(OutcomeChangeRow r) {
    return new PublicRows.OutcomeChange(r, null);
  }

  private static PublicFlowRow shown(FlowRow r) {
    return new PublicRows.Flow(r, false);
  }

  private static PublicFlowRow hidden(FlowRow r) {
    return PublicRows.flow(r, true);
  }

  @Test
  void cleanTablesPassAndTheCheckedFiguresAreCounted() {
    // ALL 44 = fibromyalgia 22 + migraine 22, everyone evaluable, 11 + 11 responders, 11 + 11 not.
    List<PublicOutcomeChangeRow> rows =
        List.of(
            shown(oc(OVERALL, ALL, ALL, 44, 44, 22)),
            shown(oc(OVERALL, ALL, "fibromyalgia", 22, 22, 11)),
            shown(oc(OVERALL, ALL, "migraine", 22, 22, 11)));
    AuditReport report = audit.audit(rows, List.of(), 11);
    assertThat(report.violations()).as("no small figure shown or derivable").isEmpty();
    assertThat(report.cellsChecked()).as("3 rows x (n, responder_n, responders)").isEqualTo(9);
    // 3 partition relations (n, responder_n, responders) + 3 rates + 2 per row (non-responders,
    // not evaluable) + the partition's sums of unknown members (n, responder_n, responders,
    // non-responders, not evaluable) = 17; no subset pair, no flow line.
    assertThat(report.relationsChecked()).isEqualTo(17);
  }

  @Test
  void findsAShownSmallCount() {
    List<PublicOutcomeChangeRow> rows = List.of(shown(oc(OVERALL, ALL, ALL, 7, 7, 0)));
    assertThat(audit.audit(rows, List.of(), 11).violations())
        .as("n 7, responder_n 7 and non-responders 7: every small figure")
        .containsExactly(
            "outcome_change[overall/ALL/ALL/PEG/WEEK_6].n: shown count 7 is from 1 to 10",
            "outcome_change[overall/ALL/ALL/PEG/WEEK_6].responder_n: shown count 7 is from 1 to 10",
            "outcome_change[overall/ALL/ALL/PEG/WEEK_6]: non-responders 7 follow from responder_n and responders");
  }

  @Test
  void findsAHiddenMemberDerivableFromItsPartitionButNotALargeOne() {
    // ALL 40 shown, migraine 35 shown, fibromyalgia hidden: 40 - 35 = 5.
    OutcomeChangeRow fib = oc(OVERALL, ALL, "fibromyalgia", 5, 5, 5);
    List<PublicOutcomeChangeRow> leaky =
        List.of(
            shown(oc(OVERALL, ALL, ALL, 40, 40, 40)), PublicRows.nHidden(fib), shown(oc(OVERALL, ALL, "migraine", 35, 35, 35)));
    assertThat(audit.audit(leaky, List.of(), 11).violations())
        .as("n, responder_n and responders of fibromyalgia follow, and its non-responders (0) do not count")
        .containsExactly(
            "outcome_change[overall/ALL/fibromyalgia/PEG/WEEK_6].n: count 5 derivable through partition of"
                + " outcome_change[overall/ALL/ALL/PEG/WEEK_6] by condition.n",
            "outcome_change[overall/ALL/fibromyalgia/PEG/WEEK_6].responder_n: count 5 derivable through partition of"
                + " outcome_change[overall/ALL/ALL/PEG/WEEK_6] by condition.responder_n",
            "outcome_change[overall/ALL/fibromyalgia/PEG/WEEK_6].responders: count 5 derivable through partition of"
                + " outcome_change[overall/ALL/ALL/PEG/WEEK_6] by condition.responders");
    // With ALL 60 the hidden member is 25: derivable but not small, so no violation.
    List<PublicOutcomeChangeRow> large =
        List.of(
            shown(oc(OVERALL, ALL, ALL, 60, 60, 60)), PublicRows.nHidden(fib), shown(oc(OVERALL, ALL, "migraine", 35, 35, 35)));
    assertThat(audit.audit(large, List.of(), 11).violations()).isEmpty();
  }

  @Test
  void findsSubsetDifferencesAndRowShapes() {
    // overall 40 (responders 20), yoga exposure 35 (responders 20): n differs by 5, non-responders by 5.
    List<PublicOutcomeChangeRow> rows =
        List.of(shown(oc(OVERALL, ALL, ALL, 40, 40, 20)), shown(oc(EXPOSURE, "yoga", ALL, 35, 35, 20)));
    assertThat(audit.audit(rows, List.of(), 11).violations())
        .containsExactly(
            "outcome_change[modality_exposure/yoga/ALL/PEG/WEEK_6] and outcome_change[overall/ALL/ALL/PEG/WEEK_6]:"
                + " the difference of n is 5",
            "outcome_change[modality_exposure/yoga/ALL/PEG/WEEK_6] and outcome_change[overall/ALL/ALL/PEG/WEEK_6]:"
                + " the difference of non-responders is 5");
    // A row marked suppressed = n that still shows a mean gives n back through its interval.
    OutcomeChangeRow r = oc(OVERALL, ALL, ALL, 40, 40, 20);
    OutcomeChangeRow leaky = PublicRows.nHidden(r).row();
    leaky =
        new OutcomeChangeRow(
            leaky.grouping(), leaky.group(), leaky.condition(), leaky.measure(), leaky.timepoint(), leaky.direction(),
            null, null, null, -2.0, null, null, null, null, null, null, null, null, null, null, null, null, null);
    assertThat(audit.audit(List.of(new PublicRows.OutcomeChange(leaky, "n")), List.of(), 11).violations())
        .containsExactly("outcome_change[overall/ALL/ALL/PEG/WEEK_6]: n is suppressed but a count or statistic is shown");
  }

  @Test
  void findsRespondersFromARateLeftBesideHiddenCounts() {
    // fibromyalgia's responder counts are hidden but its rate 0.25 is left. While responder_n is
    // unknown the rate alone gives nothing; once the partition gives responder_n 20, 0.25 x 20 = 5.
    OutcomeChangeRow fib = oc(OVERALL, ALL, "fibromyalgia", 20, 20, 5);
    OutcomeChangeRow masked = PublicRows.respondersHidden(fib).row();
    OutcomeChangeRow withRate =
        new OutcomeChangeRow(
            masked.grouping(), masked.group(), masked.condition(), masked.measure(), masked.timepoint(),
            masked.direction(), masked.n(), masked.baselineMean(), masked.followupMean(), masked.changeMean(),
            masked.changeSd(), masked.changeCiLow(), masked.changeCiHigh(), masked.changeMedian(), masked.changeP25(),
            masked.changeP75(), masked.srm(), masked.pValue(), null, null, 0.25, null, null);
    OutcomeChangeRow mig = oc(OVERALL, ALL, "migraine", 20, 20, 20);
    List<PublicOutcomeChangeRow> rows =
        List.of(
            PublicRows.respondersHidden(oc(OVERALL, ALL, ALL, 40, 40, 25)),
            new PublicRows.OutcomeChange(withRate, "responders"),
            new PublicRows.OutcomeChange(mig, null));
    assertThat(audit.audit(rows, List.of(), 11).violations())
        .as("the rate is a shape violation; with both totals hidden nothing else follows")
        .containsExactly(
            "outcome_change[overall/ALL/fibromyalgia/PEG/WEEK_6]: responder counts are suppressed but one of their figures is shown");
    // Show the total (responder_n 40, responders 25): fibromyalgia's responder_n 20 follows, and
    // its responders 5 both from the partition and from 0.25 x 20.
    OutcomeChangeRow total = oc(OVERALL, ALL, ALL, 40, 40, 25);
    List<PublicOutcomeChangeRow> leaky = new ArrayList<>(rows);
    leaky.set(0, shown(total));
    assertThat(audit.audit(leaky, List.of(), 11).violations())
        .contains("outcome_change[overall/ALL/fibromyalgia/PEG/WEEK_6].responders: count 5 derivable through partition of"
            + " outcome_change[overall/ALL/ALL/PEG/WEEK_6] by condition.responders");
  }

  @Test
  void findsDropsBetweenAnyTwoKnownCountsOnALine() {
    // enrolled 100, attended hidden, baseline 95: the drop 100 -> 95 is 5 though not adjacent.
    List<PublicFlowRow> rows =
        List.of(
            shown(flow(ALL, ALL, FlowRow.STAGE_ENROLLED, null, null, 100)),
            hidden(flow(ALL, ALL, FlowRow.STAGE_ATTENDED_ANY, null, null, 97)),
            shown(flow(ALL, ALL, FlowRow.STAGE_BASELINE, "PEG", null, 95)));
    AuditReport report = audit.audit(List.of(), rows, 11);
    assertThat(report.violations())
        .containsExactly("participant_flow[ALL/ALL/enrolled] to participant_flow[ALL/ALL/baseline/PEG]: drop of 5");
    assertThat(report.relationsChecked()).as("pairs enrolled-attended, enrolled-baseline, attended-baseline").isEqualTo(3);
  }

  @Test
  void findsHiddenMembersAddingUpToASmallCount() {
    // ALL 40 = fibromyalgia 3 + migraine 4 + osteoarthritis 33: two hidden members, 40 - 33 = 7.
    // Contract version 2 (SPEC 7.2 rule 3) forbids it: a violation, so the run fails closed.
    List<PublicOutcomeChangeRow> rows =
        List.of(
            shown(oc(OVERALL, ALL, ALL, 40, 40, 40)),
            PublicRows.nHidden(oc(OVERALL, ALL, "fibromyalgia", 3, 3, 3)),
            PublicRows.nHidden(oc(OVERALL, ALL, "migraine", 4, 4, 4)),
            shown(oc(OVERALL, ALL, "osteoarthritis", 33, 33, 33)));
    String partition = "partition of outcome_change[overall/ALL/ALL/PEG/WEEK_6] by condition";
    assertThat(audit.audit(rows, List.of(), 11).violations())
        .as("n, responder_n and responders 7 each; non-responders and not evaluable 0")
        .containsExactly(
            partition + ".n: 2 hidden counts add up to 7",
            partition + ".responder_n: 2 hidden counts add up to 7",
            partition + ".responders: 2 hidden counts add up to 7");
    // With osteoarthritis hidden too (what the suppressor does), three unknowns add up to 40.
    List<PublicOutcomeChangeRow> fixed = new ArrayList<>(rows);
    fixed.set(3, PublicRows.nHidden(oc(OVERALL, ALL, "osteoarthritis", 33, 33, 33)));
    assertThat(audit.audit(fixed, List.of(), 11).violations()).isEmpty();
  }

  @Test
  void findsHiddenNonRespondersAddingUpToASmallCount() {
    // ALL: n 80, all evaluable, 56 responders, 24 non-responders. fibromyalgia (17 of 20
    // responders, 3 not) and migraine (19 of 20, 1 not) have their responder counts hidden;
    // osteoarthritis (20 of 40, 20 not) shows: 24 - 20 = 4 non-responders in the two hidden rows.
    // Their responders add up to 36, responder_n to 40, not evaluable to 0: none small.
    List<PublicOutcomeChangeRow> rows =
        List.of(
            shown(oc(OVERALL, ALL, ALL, 80, 80, 56)),
            PublicRows.respondersHidden(oc(OVERALL, ALL, "fibromyalgia", 20, 20, 17)),
            PublicRows.respondersHidden(oc(OVERALL, ALL, "migraine", 20, 20, 19)),
            shown(oc(OVERALL, ALL, "osteoarthritis", 40, 40, 20)));
    assertThat(audit.audit(rows, List.of(), 11).violations())
        .containsExactly(
            "partition of outcome_change[overall/ALL/ALL/PEG/WEEK_6] by condition.non-responders: 2 hidden counts add up to 4");
  }

  @Test
  void findsViolationsWhenOnlyThePrimaryRulesRan() {
    // Not vacuous at scale: the random cohorts of the property test, hidden by rules 1 and 2 of
    // 7.2 and rule 1 of 7.3 only (masked here by hand), mostly fail the audit.
    Random rnd = new Random(7);
    int flagged = 0;
    int withHiding = 0;
    for (int d = 0; d < 200; d++) {
      RandomCohort cohort = new RandomCohort(rnd);
      List<PublicOutcomeChangeRow> oc = new ArrayList<>();
      boolean any = false;
      for (OutcomeChangeRow r : cohort.outcomeChange) {
        boolean smallN = r.n() < 11;
        boolean smallResponders =
            between(r.responders()) || between(r.responderN() - r.responders()) || between(r.n() - r.responderN());
        oc.add(smallN ? PublicRows.nHidden(r) : smallResponders ? PublicRows.respondersHidden(r) : shown(r));
        any |= smallN || smallResponders;
      }
      List<PublicFlowRow> flow = new ArrayList<>();
      for (FlowRow r : cohort.flow) {
        flow.add(between(r.participants()) ? hidden(r) : shown(r));
        any |= between(r.participants());
      }
      withHiding += any ? 1 : 0;
      flagged += audit.audit(oc, flow, 11).clean() ? 0 : 1;
    }
    System.out.printf("primary rules only: %d of %d datasets with hidden cells fail the audit%n", flagged, withHiding);
    // Seed 7 gives 171 of 198: the rest hide only cells no relation reaches.
    assertThat(flagged).as("datasets flagged of %d with something hidden", withHiding).isGreaterThan(withHiding * 3 / 4);
  }

  private static boolean between(long v) {
    return v >= 1 && v <= 10;
  }
}
