package org.painoutcomes.privacy;

import java.util.List;

/**
 * What {@link DisclosureAudit} found.
 *
 * @param violations each figure of the public tables that shows or lets a reader derive a count
 *     of people from 1 to threshold - 1 (alone, or as the sum of two or more hidden members of a
 *     partition), or a row whose hidden values are not all null; empty when the tables may be
 *     published. Descriptions name tables, group labels, rules and counts only.
 * @param cellsChecked counts looked at (n, responder_n and responders of each outcome_change row,
 *     participants of each participant_flow row)
 * @param relationsChecked relations looked at (partitions, shared cells, rates, subsets, drops
 *     on the flow lines, each row's non-responders and not evaluable, and the sum of each
 *     partition's unknown members for each count it totals)
 */
public record AuditReport(List<String> violations, long cellsChecked, long relationsChecked) {

  public AuditReport {
    violations = List.copyOf(violations);
  }

  public boolean clean() {
    return violations.isEmpty();
  }
}
