package org.painoutcomes.privacy;

import java.util.List;
import org.painoutcomes.summarize.PublicFlowRow;
import org.painoutcomes.summarize.PublicOutcomeChangeRow;

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
