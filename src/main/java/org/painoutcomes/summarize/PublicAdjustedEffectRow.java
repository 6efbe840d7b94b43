package org.painoutcomes.summarize;

import java.util.List;

/**
 * One row of public/adjusted_effects (SPEC 7.5): no counts; when suppressed, every statistic is
 * null. q_value is computed over the shown rows of the model only.
 */
public record PublicAdjustedEffectRow(
    String condition,
    String measure,
    String timepoint,
    String direction,
    String term,
    Double estimate,
    Double stdError,
    Double ciLow,
    Double ciHigh,
    Double pValue,
    Double qValue,
    boolean suppressed) {

  /** The column names of public/adjusted_effects, in table order. */
  public static final List<String> COLUMNS =
      List.of(
          "condition", "measure", "timepoint", "direction", "term", "estimate", "std_error", "ci_low",
          "ci_high", "p_value", "q_value", "suppressed");

  /** The model the row belongs to. */
  public EffectModelKey model() {
    return new EffectModelKey(condition, measure, timepoint);
  }
}
