package org.painoutcomes.privacy;

import static org.painoutcomes.tables.OutcomeChangeRow.ALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.SmallCount;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * The final privacy check of the public tables (SPEC 7.2, 7.3), written apart from {@link
 * SmallCellSuppressor} and sharing none of its code: it sees only what would be published.
 *
 * <p>It starts from the shown counts and derives every count a reader can: a partition (SPEC 7.2
 * rule 3, 7.3 rule 3) or a shared cell (7.3 rule 4) with one unknown count gives it; a partition
 * whose known part leaves 0 gives 0 for all its unknown members; a shown responder_rate with
 * responder_n gives responders (and the reverse). It repeats until nothing new follows, then
 * reports as a violation every shown or derived count from 1 to threshold - 1 among: n,
 * responder_n, responders, non-responders (responder_n - responders), not evaluable (n -
 * responder_n), participants, the differences between an overall row and a modality_exposure row
 * of the same condition, measure and timepoint (n, responders, non-responders, not evaluable),
 * and the drop between any two known counts on a participant_flow line. A row whose hidden
 * values are not all null (a statistic beside a hidden n, a rate beside hidden responder counts),
 * and two rows with one identity, are violations too. So is the sum of two or more unknown
 * members of a partition whose total is known, when it is from 1 to threshold - 1 (40 = 3 + 4 +
 * 33 shown gives 7 people in the two hidden rows): contract version 2 forbids it (SPEC 7.2 rule
 * 3), for n, responder_n, responders, non-responders, not evaluable and participants.
 */
public final class DisclosureAudit {

  /** Audits the public tables; {@link AuditReport#violations()} is empty when they may be published. */
  public AuditReport audit(List<PublicOutcomeChangeRow> outcomeChange, List<PublicFlowRow> flow, int threshold) {
    if (threshold < PipelineConfig.MIN_SUPPRESSION_THRESHOLD) {
      throw PipelineErrors.suppressionThresholdTooLow(threshold);
    }
    return new Check(threshold).run(outcomeChange, flow);
  }

  private static final class Check {
    private final int threshold;
    private final CountKnowledge knowledge = new CountKnowledge();
    private final List<String> violations = new ArrayList<>();
    private final Map<String, OutcomeChangeRow> outcomeRows = new LinkedHashMap<>();
    private long relations;
    // Each partition's total and members, for the sums of its unknown members.
    private final Map<PartitionKey, List<String>> outcomePartitions = new LinkedHashMap<>();
    private final Map<PartitionKey, List<String>> flowPartitions = new LinkedHashMap<>();

    Check(int threshold) {
      this.threshold = threshold;
    }

    AuditReport run(List<PublicOutcomeChangeRow> outcomeChange, List<PublicFlowRow> flow) {
      for (PublicOutcomeChangeRow p : outcomeChange) {
        String label = PublicRowLabels.of(p.row());
        PublicRowShape.checkOutcomeRow(p, label, violations);
        if (outcomeRows.put(label, p.row()) != null) {
          violations.add(label + ": published twice");
        }
        knowledge.declare(label + ".n", p.row().n());
        knowledge.declare(label + ".responder_n", p.row().responderN());
        knowledge.declare(label + ".responders", p.row().responders());
      }
      List<FlowRow> flowRows = new ArrayList<>();
      for (PublicFlowRow p : flow) {
        PublicRowShape.checkFlowRow(p, violations);
        flowRows.add(p.row());
        if (knowledge.isDeclared(PublicRowLabels.of(p.row()))) {
          violations.add(PublicRowLabels.of(p.row()) + ": published twice");
        }
        knowledge.declare(PublicRowLabels.of(p.row()), p.row().participants());
      }
      long cells = knowledge.counts().size();
      relateOutcomeChange();
      relateFlow(flowRows);
      relations += knowledge.relationCount();
      deriveEverything();
      checkCounts();
      checkSubsets();
      relations += FlowLines.checkDrops(flowRows, knowledge, this::small, violations);
      checkHiddenSums();
      return new AuditReport(violations, cells, relations);
    }

    private boolean small(long v) {
      return SmallCount.isSmall(v, threshold);
    }

    /** A partition: its total row's label and what tells its members apart. */
    private record PartitionKey(String total, String membersBy) {
      String label() {
        return "partition of " + total + " by " + membersBy;
      }
    }

    private void relateOutcomeChange() {
      Map<PartitionKey, List<String>> partitions = new LinkedHashMap<>();
      for (Map.Entry<String, OutcomeChangeRow> e : outcomeRows.entrySet()) {
        OutcomeChangeRow r = e.getValue();
        // SPEC 7.2 rule 3: conditions under condition ALL, in every grouping.
        if (!ALL.equals(r.condition())) {
          String total = PublicRowLabels.outcome(r.grouping(), r.group(), ALL, r.measure(), r.timepoint());
          partitions.computeIfAbsent(new PartitionKey(total, "condition"), k -> new ArrayList<>()).add(e.getKey());
        }
        // SPEC 7.2 rule 3: primary_modality groups, and attendance bands, under the overall row.
        if (GROUPING_PRIMARY_MODALITY.equals(r.grouping()) || GROUPING_ATTENDANCE_BAND.equals(r.grouping())) {
          String total = PublicRowLabels.outcome(GROUPING_OVERALL, ALL, r.condition(), r.measure(), r.timepoint());
          partitions.computeIfAbsent(new PartitionKey(total, r.grouping()), k -> new ArrayList<>()).add(e.getKey());
        }
      }
      partitions.forEach(
          (p, members) -> {
            String label = p.label();
            if (!outcomeRows.containsKey(p.total())) {
              violations.add(label + ": members are published without their total row");
              return;
            }
            outcomePartitions.put(p, members);
            for (String q : List.of(".n", ".responder_n", ".responders")) {
              knowledge.partition(label + q, p.total() + q, members.stream().map(m -> m + q).toList());
            }
          });
    }

    private void relateFlow(List<FlowRow> flowRows) {
      Map<PartitionKey, List<String>> partitions = new LinkedHashMap<>();
      for (FlowRow r : flowRows) {
        String label = PublicRowLabels.of(r);
        if (!ALL.equals(r.site())) {
          String total = PublicRowLabels.flow(ALL, r.condition(), r.stage(), r.measure(), r.timepoint());
          partitions.computeIfAbsent(new PartitionKey(total, "site"), k -> new ArrayList<>()).add(label);
        }
        if (!ALL.equals(r.condition())) {
          String total = PublicRowLabels.flow(r.site(), ALL, r.stage(), r.measure(), r.timepoint());
          partitions.computeIfAbsent(new PartitionKey(total, "condition"), k -> new ArrayList<>()).add(label);
        }
        // SPEC 7.3 rule 4: the followup row at site ALL counts the overall row's participants.
        String overall = PublicRowLabels.outcome(GROUPING_OVERALL, ALL, r.condition(), r.measure(), r.timepoint());
        if (ALL.equals(r.site()) && FlowRow.STAGE_FOLLOWUP.equals(r.stage()) && outcomeRows.containsKey(overall)) {
          knowledge.relate(
              "shared cell " + label,
              List.of(new CountKnowledge.Term(label, 1), new CountKnowledge.Term(overall + ".n", -1)));
        }
      }
      partitions.forEach(
          (p, members) -> {
            if (!knowledge.isDeclared(p.total())) {
              violations.add(p.label() + ": members are published without their total row");
              return;
            }
            flowPartitions.put(p, members);
            knowledge.partition(p.label(), p.total(), members);
          });
    }

    // Linear inferences and rate inferences feed each other, so both repeat until neither learns.
    private void deriveEverything() {
      boolean learned = true;
      while (learned) {
        learned = knowledge.close();
        for (Map.Entry<String, OutcomeChangeRow> e : outcomeRows.entrySet()) {
          Double rate = e.getValue().responderRate();
          if (rate == null) {
            continue;
          }
          Long base = knowledge.value(e.getKey() + ".responder_n");
          Long responders = knowledge.value(e.getKey() + ".responders");
          if (base != null) {
            learned |= knowledge.learn(e.getKey() + ".responders", Math.round(rate * base), "responder_rate x responder_n");
          } else if (responders != null && rate > 0) {
            learned |= knowledge.learn(e.getKey() + ".responder_n", Math.round(responders / rate), "responders / responder_rate");
          }
        }
      }
      relations += outcomeRows.values().stream().filter(r -> r.responderRate() != null).count();
    }

    private void checkCounts() {
      for (String count : knowledge.counts()) {
        Long v = knowledge.value(count);
        if (v != null && small(v)) {
          violations.add(describe(count, v));
        }
      }
      for (String label : outcomeRows.keySet()) {
        Long n = knowledge.value(label + ".n");
        Long base = knowledge.value(label + ".responder_n");
        Long responders = knowledge.value(label + ".responders");
        relations += 2;
        if (base != null && responders != null && small(base - responders)) {
          violations.add(label + ": non-responders " + (base - responders) + " follow from responder_n and responders");
        }
        if (n != null && base != null && small(n - base)) {
          violations.add(label + ": not evaluable " + (n - base) + " follows from n and responder_n");
        }
      }
    }

    // SPEC 7.2 rule 4: a modality_exposure row is a subset of the overall row.
    private void checkSubsets() {
      for (Map.Entry<String, OutcomeChangeRow> e : outcomeRows.entrySet()) {
        OutcomeChangeRow r = e.getValue();
        String overall = PublicRowLabels.outcome(GROUPING_OVERALL, ALL, r.condition(), r.measure(), r.timepoint());
        if (!GROUPING_MODALITY_EXPOSURE.equals(r.grouping()) || !outcomeRows.containsKey(overall)) {
          continue;
        }
        long[] sub = figures(e.getKey());
        long[] all = figures(overall);
        String[] names = {"n", "responders", "non-responders", "not evaluable"};
        for (int i = 0; i < names.length; i++) {
          relations++;
          if (sub[i] != Long.MIN_VALUE && all[i] != Long.MIN_VALUE && small(all[i] - sub[i])) {
            violations.add(
                e.getKey() + " and " + overall + ": the difference of " + names[i] + " is " + (all[i] - sub[i]));
          }
        }
      }
    }

    /** n, responders, non-responders, not evaluable of a row as known; Long.MIN_VALUE where unknown. */
    private long[] figures(String label) {
      Long n = knowledge.value(label + ".n");
      Long base = knowledge.value(label + ".responder_n");
      Long responders = knowledge.value(label + ".responders");
      long unknown = Long.MIN_VALUE;
      return new long[] {
        n == null ? unknown : n,
        responders == null ? unknown : responders,
        base == null || responders == null ? unknown : base - responders,
        n == null || base == null ? unknown : n - base
      };
    }

    private String describe(String count, long value) {
      String how = knowledge.derivation(count);
      return how == null
          ? count + ": shown count " + value + " is from 1 to " + (threshold - 1)
          : count + ": count " + value + " derivable through " + how;
    }

    /**
     * SPEC 7.2 rule 3 (version 2): a known total minus its known members gives the sum of the
     * unknown members; two or more of them adding up to a small count is a violation (one alone
     * is a derived count, checked with the others).
     */
    private void checkHiddenSums() {
      Map<String, Function<String, Long>> outcomeCounts = new LinkedHashMap<>();
      outcomeCounts.put("n", label -> knowledge.value(label + ".n"));
      outcomeCounts.put("responder_n", label -> knowledge.value(label + ".responder_n"));
      outcomeCounts.put("responders", label -> knowledge.value(label + ".responders"));
      outcomeCounts.put("non-responders", label -> difference(label + ".responder_n", label + ".responders"));
      outcomeCounts.put("not evaluable", label -> difference(label + ".n", label + ".responder_n"));
      outcomePartitions.forEach(
          (p, members) -> outcomeCounts.forEach((name, value) -> checkHiddenSum(p.label() + "." + name, p.total(), members, value)));
      flowPartitions.forEach((p, members) -> checkHiddenSum(p.label(), p.total(), members, knowledge::value));
    }

    private void checkHiddenSum(String label, String total, List<String> members, Function<String, Long> value) {
      relations++;
      Long sum = value.apply(total);
      int unknown = 0;
      for (String m : members) {
        Long v = value.apply(m);
        if (v == null) {
          unknown++;
        } else if (sum != null) {
          sum -= v;
        }
      }
      if (sum != null && unknown >= 2 && small(sum)) {
        violations.add(label + ": " + unknown + " hidden counts add up to " + sum);
      }
    }

    private Long difference(String count, String minus) {
      Long a = knowledge.value(count);
      Long b = knowledge.value(minus);
      return a == null || b == null ? null : a - b;
    }
  }
}
