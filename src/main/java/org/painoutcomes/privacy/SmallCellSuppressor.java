package org.painoutcomes.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.SmallCount;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.privacy.ComplementaryChoice.Ranking;

/**
 * Small-cell suppression of outcome_change and participant_flow (SPEC 7.2, 7.3), over the
 * restricted rows collected to the driver. A count is small when it is from 1 to threshold - 1.
 *
 * <p>Order: 7.2 rules 1 (n) and 2 (responder counts) and 7.3 rule 1 (participants) once; then
 * passes of 7.2 rules 3 (complementary) and 4 (subsets) with 7.3 rules 2 (chain), 3
 * (complementary) and 4 (shared cells). Each pass decides every hiding from the tables as they
 * stood at its start, then applies them all; passes repeat until one hides nothing. Hiding n
 * nulls n and every statistic ({@code suppressed = "n"}); hiding responder counts nulls
 * responder_n, responders, responder_rate and its interval ({@code suppressed = "responders"}).
 *
 * <p>Readings chosen where SPEC 7.2/7.3 leave room (each the one that hides more, never less):
 *
 * <ul>
 *   <li>Chain (7.3 rule 2): "the nearest count still shown before it" is judged on the tables as
 *       they stood at the start of the pass, like every other rule, not as the walk along the
 *       line hides counts within the pass. (Enrolled 100, attended 95, baseline 85: pass 1 hides
 *       attended, drop 5, and baseline, drop 10 from attended as it stood.)
 *   <li>Complementary (7.2 rule 3): a partition with exactly one hidden row gets its one more
 *       hidden row even when the hidden row's own count is 0 (a responder_n of 0 hidden with its
 *       n, or by rule 4): its other counts (not evaluable) would otherwise follow from the total.
 *   <li>Shared cells (7.3 rule 4): the outcome_change row counts as hidden when its n is hidden;
 *       hiding only its responder counts hides nothing of participant_flow (participants = n).
 *   <li>A row whose responder counts were hidden and whose n is hidden later is published as
 *       {@code suppressed = "n"}.
 *   <li>Code-point order is {@link String#compareTo}; the two differ only outside the Basic
 *       Multilingual Plane, which no site, condition, modality or band label can reach.
 *   <li>A drop or difference below 0 (impossible in tables made by SPEC 7.1/7.3) is not small.
 *   <li>Members without their total row, duplicate row identities and null counts are refused
 *       ({@link IllegalArgumentException}): such tables are not the ones SPEC 7.1/7.3 define.
 * </ul>
 *
 * <p>Rule 3 is the one of contract version 2: a partition also gets one more hidden row where its
 * total shows and its hidden members add up to a count from 1 to threshold - 1 (40 = 3 + 4 + 33
 * shown: 40 - 33 = 7), for n, participants, and each of responders, non-responders and not
 * evaluable. The passes repeat it until the hidden members add up to 0 or threshold or more.
 *
 * <p>What the rules as written do not cover (this class follows them all the same, and {@link
 * DisclosureAudit} catches each, so the run fails closed):
 *
 * <ul>
 *   <li>A responder_n of 0 can stay derivable while "hidden": when rule 4 hides the responder
 *       counts of a modality_exposure row whose responder_n is 0 and every other row of its
 *       condition partition shows responder_n 0, rule 3 finds nothing above 0 to hide, the 0
 *       follows, and with it the not-evaluable difference rule 4 meant to hide. Likewise a
 *       hidden row whose responder_n a zero total pins at 0 protects nothing in its other
 *       partitions. The audit finds these as violations, so a run fails closed rather than
 *       publish them. They need a group of 11 or more with no evaluable record (PEG or NRS
 *       baselines of 0), so they are rare; see SpecGapTest.
 * </ul>
 */
public final class SmallCellSuppressor {

  /**
   * Suppresses both public tables together.
   *
   * @param outcomeChange the restricted summary/outcome_change rows (counts never null)
   * @param flow the restricted summary/participant_flow rows
   * @param threshold the smallest count that may be shown; at least 11 (SPEC 7.2)
   * @return the public rows, each list in the order of its input, and the counts per rule
   */
  public SuppressionResult suppress(List<OutcomeChangeRow> outcomeChange, List<FlowRow> flow, int threshold) {
    if (threshold < PipelineConfig.MIN_SUPPRESSION_THRESHOLD) {
      throw PipelineErrors.suppressionThresholdTooLow(threshold);
    }
    Run run = new Run(outcomeChange, flow, threshold);
    run.primaryRules();
    int passes = 0;
    boolean hidSomething = true;
    while (hidSomething) {
      run.decidePass();
      hidSomething = run.state.apply();
      passes++;
    }
    return run.result(passes);
  }

  /** One suppression run: the rows, their layout and what is hidden so far. */
  private static final class Run {
    private final List<OutcomeChangeRow> oc;
    private final List<FlowRow> flow;
    private final int threshold;
    private final OutcomeChangeLayout ocLayout;
    private final FlowLayout flowLayout;
    private final List<int[]> sharedPairs = new ArrayList<>();
    private final SuppressionState state;
    // SPEC 7.2 rule 3: the hidden members' responders, non-responders and not evaluable, each
    // summed, are what a shown total gives away.
    private final List<IntToLongFunction> responderCounts;
    private final IntToLongFunction participants;

    Run(List<OutcomeChangeRow> oc, List<FlowRow> flow, int threshold) {
      this.oc = List.copyOf(oc);
      this.flow = List.copyOf(flow);
      this.threshold = threshold;
      this.ocLayout = new OutcomeChangeLayout(this.oc);
      this.flowLayout = new FlowLayout(this.flow);
      this.state = new SuppressionState(this.oc.size(), this.flow.size());
      this.responderCounts =
          List.of(
              i -> this.oc.get(i).responders(),
              i -> this.oc.get(i).responderN() - this.oc.get(i).responders(),
              i -> this.oc.get(i).n() - this.oc.get(i).responderN());
      this.participants = i -> this.flow.get(i).participants();
      // SPEC 7.3 rule 4: a followup row at site ALL and the overall row of its condition,
      // measure and timepoint count the same participants.
      for (int f = 0; f < this.flow.size(); f++) {
        FlowRow r = this.flow.get(f);
        if (OutcomeChangeRow.ALL.equals(r.site()) && FlowRow.STAGE_FOLLOWUP.equals(r.stage())) {
          Integer o =
              ocLayout.indexOf(
                  new OutcomeChangeLayout.Key(
                      OutcomeChangeRow.GROUPING_OVERALL, OutcomeChangeRow.ALL, r.condition(),
                      r.measure(), r.timepoint()));
          if (o != null) {
            sharedPairs.add(new int[] {f, o});
          }
        }
      }
    }

    boolean small(long count) {
      return SmallCount.isSmall(count, threshold);
    }

    // SPEC 7.2 rules 1 and 2, 7.3 rule 1: once, before any pass.
    void primaryRules() {
      for (int i = 0; i < oc.size(); i++) {
        OutcomeChangeRow r = oc.get(i);
        if (small(r.n())) {
          state.hideN(i, SuppressionRule.PRIMARY_N);
        } else if (small(r.responders())
            || small(r.responderN() - r.responders())
            || small(r.n() - r.responderN())) {
          state.hideResponders(i, SuppressionRule.PRIMARY_RESPONDERS);
        }
      }
      for (int f = 0; f < flow.size(); f++) {
        if (small(flow.get(f).participants())) {
          state.hideFlow(f, SuppressionRule.FLOW_PRIMARY);
        }
      }
      state.apply();
    }

    /** Decides every hiding of one pass from the state as it stands (nothing applied yet). */
    void decidePass() {
      for (Partition p : ocLayout.partitions) {
        IntToLongFunction n = i -> oc.get(i).n();
        int row =
            ComplementaryChoice.choose(
                p, state::nHidden, new Ranking<>(n, oc, OutcomeChangeLayout.TIE_ORDER), List.of(n), this::small);
        if (row != ComplementaryChoice.NONE) {
          state.hideN(row, SuppressionRule.COMPLEMENTARY_N);
        }
      }
      for (Partition p : ocLayout.partitions) {
        int row =
            ComplementaryChoice.choose(
                p, state::respondersHidden, new Ranking<>(i -> oc.get(i).responderN(), oc, OutcomeChangeLayout.TIE_ORDER),
                responderCounts, this::small);
        if (row != ComplementaryChoice.NONE) {
          state.hideResponders(row, SuppressionRule.COMPLEMENTARY_RESPONDERS);
        }
      }
      for (int[] pair : ocLayout.subsetPairs) {
        subsetRule(pair[0], pair[1]);
      }
      for (int[] line : flowLayout.lines) {
        chainRule(line);
      }
      for (Partition p : flowLayout.partitions) {
        int row =
            ComplementaryChoice.choose(
                p, state::flowHidden, new Ranking<>(participants, flow, FlowLayout.TIE_ORDER), List.of(participants),
                this::small);
        if (row != ComplementaryChoice.NONE) {
          state.hideFlow(row, SuppressionRule.FLOW_COMPLEMENTARY);
        }
      }
      for (int[] pair : sharedPairs) {
        if (state.flowHidden(pair[0])) {
          state.hideN(pair[1], SuppressionRule.SHARED_CELLS);
        }
        if (state.nHidden(pair[1])) {
          state.hideFlow(pair[0], SuppressionRule.SHARED_CELLS);
        }
      }
    }

    // SPEC 7.2 rule 4: the modality_exposure row is a subset of the overall row.
    private void subsetRule(int exposure, int overall) {
      OutcomeChangeRow e = oc.get(exposure);
      OutcomeChangeRow o = oc.get(overall);
      if (!state.nHidden(exposure) && !state.nHidden(overall) && small(o.n() - e.n())) {
        state.hideN(exposure, SuppressionRule.SUBSET_N);
      }
      if (!state.respondersHidden(exposure) && !state.respondersHidden(overall)) {
        long responders = o.responders() - e.responders();
        long nonResponders = (o.responderN() - o.responders()) - (e.responderN() - e.responders());
        long notEvaluable = (o.n() - o.responderN()) - (e.n() - e.responderN());
        if (small(responders) || small(nonResponders) || small(notEvaluable)) {
          state.hideResponders(exposure, SuppressionRule.SUBSET_RESPONDERS);
        }
      }
    }

    // SPEC 7.3 rule 2: a shown count whose drop from the nearest count shown before it (as the
    // tables stood at the start of the pass) is small.
    private void chainRule(int[] line) {
      int previousShown = ComplementaryChoice.NONE;
      for (int row : line) {
        if (state.flowHidden(row)) {
          continue;
        }
        if (previousShown != ComplementaryChoice.NONE
            && small(flow.get(previousShown).participants() - flow.get(row).participants())) {
          state.hideFlow(row, SuppressionRule.FLOW_CHAIN);
        }
        previousShown = row;
      }
    }

    SuppressionResult result(int passes) {
      List<PublicOutcomeChangeRow> publicOc = new ArrayList<>(oc.size());
      for (int i = 0; i < oc.size(); i++) {
        publicOc.add(
            state.nHidden(i)
                ? PublicRows.nHidden(oc.get(i))
                : state.onlyRespondersHidden(i) ? PublicRows.respondersHidden(oc.get(i)) : PublicRows.shown(oc.get(i)));
      }
      List<PublicFlowRow> publicFlow = new ArrayList<>(flow.size());
      for (int f = 0; f < flow.size(); f++) {
        publicFlow.add(PublicRows.flow(flow.get(f), state.flowHidden(f)));
      }
      return new SuppressionResult(publicOc, publicFlow, new SuppressionCounts(state.counts(), passes));
    }
  }
}
