package org.painoutcomes.privacy;

import java.util.List;

/**
 * The public tables made by {@link SmallCellSuppressor}, each in the order of its input rows,
 * and how many cells each rule hid.
 */
public record SuppressionResult(
    List<PublicOutcomeChangeRow> outcomeChange, List<PublicFlowRow> flow, SuppressionCounts counts) {

  public SuppressionResult {
    outcomeChange = List.copyOf(outcomeChange);
    flow = List.copyOf(flow);
  }
}
