package org.painoutcomes.report;

import org.painoutcomes.PipelineErrors;
import org.painoutcomes.contract.SmallCount;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.privacy.PublicFlowRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;

/**
 * The report's last line of defence (SPEC 7.2, 7.3): before anything is written, no shown count
 * of people in the public tables may be from 1 to threshold - 1. The suppression should already
 * guarantee it; if it did not, nothing is published.
 */
final class PublicCountCheck {
  private PublicCountCheck() {}

  static void check(ReportData data) {
    int threshold = data.config().suppressionThreshold();
    for (PublicOutcomeChangeRow p : data.outcomeChange()) {
      OutcomeChangeRow r = p.row();
      if (r.n() == null) {
        continue;
      }
      small(r.n(), threshold, "public/outcome_change, column n");
      if (r.responderN() != null && r.responders() != null) {
        small(r.responders(), threshold, "public/outcome_change, column responders");
        small(r.responderN() - r.responders(), threshold, "public/outcome_change, non-responders");
        small(r.n() - r.responderN(), threshold, "public/outcome_change, not evaluable");
      }
    }
    for (PublicFlowRow p : data.flow()) {
      if (!p.suppressed() && p.row().participants() != null) {
        small(p.row().participants(), threshold, "public/participant_flow, column participants");
      }
    }
  }

  private static void small(long count, int threshold, String where) {
    if (SmallCount.isSmall(count, threshold)) {
      throw PipelineErrors.smallCountDerivable(where);
    }
  }
}
