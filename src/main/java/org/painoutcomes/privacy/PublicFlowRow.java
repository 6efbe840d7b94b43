package org.painoutcomes.privacy;

import org.painoutcomes.tables.FlowRow;

/**
 * One row of public/participant_flow (SPEC 7.3): participants is null when suppressed is true.
 * Made only by this package (docs/ARCHITECTURE.md, Public rows).
 */
public sealed interface PublicFlowRow permits PublicRows.Flow {
  FlowRow row();

  boolean suppressed();
}
