package org.painoutcomes.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.painoutcomes.contract.SmallCount;
import org.painoutcomes.tables.AdjustedEffectRow;

/**
 * The disclosure audit of public/adjusted_effects (SPEC 7.5), independent of how the suppression
 * was done: the public table has no count column, it has exactly the restricted table's rows, and
 * a row resting on 1 to threshold - 1 people with sessions of the modality, or without, is marked
 * suppressed and holds no statistic (nor does any row marked suppressed).
 */
final class AdjustedEffectsAudit {
  private static final Set<String> COUNTS = Set.of("n", "with_sessions", "clusters", "parameters");

  private AdjustedEffectsAudit() {}

  /** The findings, empty when the public table is safe to publish; never a value of a row. */
  static List<String> audit(List<AdjustedEffectRow> restricted, List<PublicAdjustedEffectRow> published, int threshold) {
    List<String> findings = new ArrayList<>();
    PublicAdjustedEffectRow.COLUMNS.stream().filter(COUNTS::contains).forEach(c -> findings.add("count column " + c));
    if (restricted.size() != published.size()) {
      findings.add("row count differs from summary/adjusted_effects");
      return findings;
    }
    for (int i = 0; i < restricted.size(); i++) {
      AdjustedEffectRow r = restricted.get(i);
      PublicAdjustedEffectRow p = published.get(i);
      String where = p.condition() + "/" + p.measure() + "/" + p.timepoint() + "/" + p.term();
      if (!r.model().equals(p.model()) || !r.term().equals(p.term())) {
        findings.add("row " + i + " is not its restricted row");
        continue;
      }
      boolean small = SmallCount.isSmall(r.withSessions(), threshold) || SmallCount.isSmall(r.n() - r.withSessions(), threshold);
      if (small && !p.suppressed()) {
        findings.add(where + ": rests on fewer than " + threshold + " people on one side but is shown");
      }
      boolean anyStatistic =
          p.estimate() != null || p.stdError() != null || p.ciLow() != null || p.ciHigh() != null
              || p.pValue() != null || p.qValue() != null;
      if (p.suppressed() && anyStatistic) {
        findings.add(where + ": suppressed but holds a statistic");
      }
    }
    return findings;
  }
}
