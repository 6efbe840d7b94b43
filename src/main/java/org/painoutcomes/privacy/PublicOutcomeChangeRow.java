package org.painoutcomes.privacy;

import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * One row of public/outcome_change (SPEC 7.2): the row with hidden values set to null, and what
 * was hidden: null, {@code n} (n and every statistic) or {@code responders} (responder counts).
 * Sealed, and its one implementation is this package's: only suppression makes one
 * (docs/ARCHITECTURE.md, Public rows).
 */
public sealed interface PublicOutcomeChangeRow permits PublicRows.OutcomeChange {
  String SUPPRESSED_N = "n";
  String SUPPRESSED_RESPONDERS = "responders";

  OutcomeChangeRow row();

  String suppressed();
}
