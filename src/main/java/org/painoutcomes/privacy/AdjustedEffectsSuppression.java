package org.painoutcomes.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.contract.SmallCount;
import org.painoutcomes.tables.AdjustedEffectRow;
import org.painoutcomes.summarize.BenjaminiHochberg;
import org.painoutcomes.tables.EffectModelKey;

/**
 * public/adjusted_effects (SPEC 7.5): no counts; a row is suppressed (every statistic null) when
 * with_sessions or n - with_sessions is from 1 to the threshold minus 1, so that no published
 * estimate rests on fewer than threshold people on either side. The q-values of the shown rows are
 * recomputed over the shown rows of their model only. The table publishes no count of people, so
 * it takes no part in the passes of SPEC 7.2 and 7.3.
 */
public final class AdjustedEffectsSuppression {

  private AdjustedEffectsSuppression() {}

  /**
   * Suppresses, then audits the result ({@link AdjustedEffectsAudit}).
   *
   * @throws org.painoutcomes.PipelineException when the audit finds a statistic in a row that must
   *     be hidden: the run then publishes nothing
   */
  public static List<PublicAdjustedEffectRow> publish(List<AdjustedEffectRow> rows, int threshold) {
    List<PublicAdjustedEffectRow> published = suppress(rows, threshold);
    List<String> findings = AdjustedEffectsAudit.audit(rows, published, threshold);
    if (!findings.isEmpty()) {
      throw PipelineErrors.smallCountDerivable(
          "public/adjusted_effects: " + findings.size() + " finding(s), first: " + findings.get(0));
    }
    return published;
  }

  /** Whether a row rests on fewer than {@code threshold} people (but more than none) on either side. */
  static boolean mustHide(AdjustedEffectRow r, int threshold) {
    return SmallCount.isSmall(r.withSessions(), threshold) || SmallCount.isSmall(r.n() - r.withSessions(), threshold);
  }

  /** The public rows, in the order given. */
  static List<PublicAdjustedEffectRow> suppress(List<AdjustedEffectRow> rows, int threshold) {
    Map<EffectModelKey, List<Integer>> shownByModel = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!mustHide(rows.get(i), threshold)) {
        shownByModel.computeIfAbsent(rows.get(i).model(), k -> new ArrayList<>()).add(i);
      }
    }
    Double[] q = new Double[rows.size()];
    for (List<Integer> shown : shownByModel.values()) {
      List<Double> qs = BenjaminiHochberg.qValues(shown.stream().map(i -> rows.get(i).pValue()).toList());
      for (int j = 0; j < shown.size(); j++) {
        q[shown.get(j)] = qs.get(j);
      }
    }
    List<PublicAdjustedEffectRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      AdjustedEffectRow r = rows.get(i);
      out.add(
          mustHide(r, threshold)
              ? new PublicRows.AdjustedEffect(
                  r.condition(), r.measure(), r.timepoint(), r.direction(), r.term(), null, null, null, null, null,
                  null, true)
              : new PublicRows.AdjustedEffect(
                  r.condition(), r.measure(), r.timepoint(), r.direction(), r.term(), r.estimate(), r.stdError(),
                  r.ciLow(), r.ciHigh(), r.pValue(), q[i], false));
    }
    return out;
  }
}
