package org.painoutcomes.privacy;

import java.util.List;
import org.painoutcomes.tables.AdjustedEffectsTable;
import org.painoutcomes.tables.EffectModelKey;

/**
 * One row of public/adjusted_effects (SPEC 7.5): no counts; when suppressed, every statistic is
 * null. q_value is computed over the shown rows of the model only. Made only by this package
 * (docs/ARCHITECTURE.md, Public rows).
 */
public sealed interface PublicAdjustedEffectRow permits PublicRows.AdjustedEffect {

  /** The column names of public/adjusted_effects, in table order. */
  List<String> COLUMNS = AdjustedEffectsTable.PUBLIC_COLUMNS;

  String condition();

  String measure();

  String timepoint();

  String direction();

  String term();

  Double estimate();

  Double stdError();

  Double ciLow();

  Double ciHigh();

  Double pValue();

  Double qValue();

  boolean suppressed();

  /** The model the row belongs to. */
  default EffectModelKey model() {
    return new EffectModelKey(condition(), measure(), timepoint());
  }
}
