package org.painoutcomes.tables;

import java.util.List;

/**
 * One row of summary/adjusted_effects (SPEC 7.5, restricted): a modality kept in one model. p_value
 * is null when std_error is 0, q_value where p_value is null.
 */
public record AdjustedEffectRow(
    String condition,
    String measure,
    String timepoint,
    String direction,
    String term,
    double estimate,
    double stdError,
    double ciLow,
    double ciHigh,
    Double pValue,
    Double qValue,
    long n,
    long withSessions,
    long clusters,
    long parameters) {

  /** The column names of adjusted_effects, in table order. */
  public static final List<String> COLUMNS =
      List.of(
          "condition", "measure", "timepoint", "direction", "term", "estimate", "std_error", "ci_low",
          "ci_high", "p_value", "q_value", "n", "with_sessions", "clusters", "parameters");

  /** The row with another q_value. */
  public AdjustedEffectRow withQValue(Double q) {
    return new AdjustedEffectRow(
        condition, measure, timepoint, direction, term, estimate, stdError, ciLow, ciHigh, pValue, q, n,
        withSessions, clusters, parameters);
  }

  /** The model the row belongs to. */
  public EffectModelKey model() {
    return new EffectModelKey(condition, measure, timepoint);
  }
}
