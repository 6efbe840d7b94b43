package org.painoutcomes.privacy;

import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * Public rows made by hand for the report's tests. Only {@code privacy} can make a public row
 * (docs/ARCHITECTURE.md, Public rows); this test class lives in that package, so the
 * tests of later stages can build the public tables they read without running suppression.
 */
public final class PublicRowsForTests {

  public static PublicOutcomeChangeRow outcome(OutcomeChangeRow row, String suppressed) {
    return new PublicRows.OutcomeChange(row, suppressed);
  }

  public static PublicFlowRow flow(FlowRow row, boolean suppressed) {
    return new PublicRows.Flow(row, suppressed);
  }

  public static PublicQualityRow quality(String source, String metric, Long value) {
    return new PublicRows.Quality(source, metric, value);
  }

  public static PublicAdjustedEffectRow adjusted(
      String condition, String measure, String timepoint, String direction, String term, Double estimate,
      Double stdError, Double ciLow, Double ciHigh, Double pValue, Double qValue, boolean suppressed) {
    return new PublicRows.AdjustedEffect(
        condition, measure, timepoint, direction, term, estimate, stdError, ciLow, ciHigh, pValue, qValue, suppressed);
  }

  private PublicRowsForTests() {}
}
