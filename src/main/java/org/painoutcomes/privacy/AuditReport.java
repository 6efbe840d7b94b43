package org.painoutcomes.privacy;

import java.util.List;

/**
 * What {@link DisclosureAudit} found.
 *
 * @param violations each figure of the public tables that shows or lets a reader derive a count
 *     of people from 1 to threshold - 1, or a row whose hidden values are not all null; empty
 *     when the tables may be published. Descriptions name tables, group labels, rules and
 *     counts only.
 * @param residualRisks sums of two or more hidden counts of one relation that are from 1 to
 *     threshold - 1: SPEC 7.2 rule 3 as written does not prevent these (it asks for one more
 *     hidden row, not for hidden rows adding up to the threshold), so they are reported, not
 *     failed
 * @param cellsChecked counts looked at (n, responder_n and responders of each outcome_change row,
 *     participants of each participant_flow row)
 * @param relationsChecked relations looked at (partitions, shared cells, rates, subsets, drops
 *     on the flow lines, each row's non-responders and not evaluable)
 */
public record AuditReport(
    List<String> violations, List<String> residualRisks, long cellsChecked, long relationsChecked) {

  public AuditReport {
    violations = List.copyOf(violations);
    residualRisks = List.copyOf(residualRisks);
  }

  public boolean clean() {
    return violations.isEmpty();
  }
}
