package org.painoutcomes.derive;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.when;

import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.config.ResponderRule;
import org.painoutcomes.contract.Direction;
import org.painoutcomes.contract.Instrument;

/**
 * Per-measure column expressions: direction, improvement and responder (SPEC 6, 7.1). A measure
 * is named after its instrument; an unknown measure gives null.
 */
public final class MeasureRules {

  /** The direction label of the measure: {@code lower_is_better} or {@code higher_is_better} (SPEC 7.1). */
  public static Column direction(Column measure) {
    return byMeasure(measure, i -> lit(i.direction().label()));
  }

  /** SPEC 6: improvement = -change where lower is better, = change where higher is better. */
  public static Column improvement(Column measure, Column change) {
    return byMeasure(
        measure, i -> i.direction() == Direction.HIGHER_IS_BETTER ? change : negate(change));
  }

  /**
   * SPEC 6: improvement >= threshold - 1e-9, the threshold being the rule's points or its
   * percentage of the baseline; null when a percent rule meets a baseline of 0.
   */
  public static Column responder(Column measure, Column baseline, Column improvement, PipelineConfig config) {
    return byMeasure(measure, i -> responder(config.responderRule(i), baseline, improvement));
  }

  static Column responder(ResponderRule rule, Column baseline, Column improvement) {
    Column tolerance = lit(ResponderRule.TOLERANCE);
    return switch (rule.kind()) {
      case POINTS -> improvement.geq(lit(rule.threshold()).minus(tolerance));
      case PERCENT_OF_BASELINE ->
          when(
              baseline.notEqual(0),
              improvement.geq(lit(rule.threshold()).multiply(baseline).divide(100.0).minus(tolerance)));
    };
  }

  private static Column byMeasure(Column measure, Function<Instrument, Column> value) {
    Column result = null;
    for (Instrument i : Instrument.values()) {
      Column is = measure.equalTo(i.name());
      result = result == null ? when(is, value.apply(i)) : result.when(is, value.apply(i));
    }
    return result;
  }

  private MeasureRules() {}
}
