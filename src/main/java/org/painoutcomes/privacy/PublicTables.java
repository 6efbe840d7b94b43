package org.painoutcomes.privacy;

import java.util.List;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.QualityRow;

/**
 * Everything a run may publish, made from the restricted summaries in one place: the suppressed
 * outcome_change and participant_flow (SPEC 7.2, 7.3), the public view of the data quality
 * summary, what suppression hid, and the independent audit, which must find nothing.
 */
public record PublicTables(
    List<PublicOutcomeChangeRow> outcomeChange,
    List<PublicFlowRow> flow,
    List<PublicQualityRow> quality,
    SuppressionCounts suppression,
    AuditReport audit) {

  /**
   * Suppresses, then audits the result independently.
   *
   * @throws org.painoutcomes.PipelineException when the audit finds a derivable small count: the
   *     run then publishes nothing
   */
  public static PublicTables of(
      List<OutcomeChangeRow> outcomeChange, List<FlowRow> flow, List<QualityRow> quality, int threshold) {
    SuppressionResult s = new SmallCellSuppressor().suppress(outcomeChange, flow, threshold);
    AuditReport audit = new DisclosureAudit().audit(s.outcomeChange(), s.flow(), threshold);
    if (!audit.clean()) {
      throw PipelineErrors.smallCountDerivable(audit.violations().size() + " finding(s), first: " + audit.violations().get(0));
    }
    return new PublicTables(
        s.outcomeChange(), s.flow(), new PublicQualitySummary().publicView(quality, threshold), s.counts(), audit);
  }
}
