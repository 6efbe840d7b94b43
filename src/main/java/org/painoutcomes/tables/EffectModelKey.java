package org.painoutcomes.tables;

import java.io.Serializable;
import java.util.Comparator;

/**
 * One adjusted-effects model (SPEC 7.5): a condition (a primary_condition or {@code ALL}), a
 * measure and a timepoint.
 */
public record EffectModelKey(String condition, String measure, String timepoint) implements Serializable {

  /** Code point order of condition, measure, timepoint (the identifiers are ASCII). */
  public static final Comparator<EffectModelKey> ORDER =
      Comparator.comparing(EffectModelKey::condition)
          .thenComparing(EffectModelKey::measure)
          .thenComparing(EffectModelKey::timepoint);

  /** Whether the model pools every condition (and so has condition indicators). */
  public boolean pooled() {
    return OutcomeChangeRow.ALL.equals(condition);
  }
}
