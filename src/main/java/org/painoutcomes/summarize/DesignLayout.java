package org.painoutcomes.summarize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.painoutcomes.derive.AnalysisColumns;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.EffectModelKey;

/**
 * The candidate columns of one adjusted-effects model's design matrix X, in SPEC 7.5's order:
 * intercept, baseline_value, then (pooled models only) an indicator per primary_condition, per
 * age_band, per sex and per site other than the reference, then each modality's session count.
 * Which of them the model keeps is decided later, from X'X ({@link ModelFit}).
 *
 * <p>A level's reference is the level with the most records in the model, ties going to the first
 * by code point; the other levels follow in code point order (the values are ASCII identifiers
 * and enum codes, where String order is code point order).
 */
final class DesignLayout implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The categorical variables of X, in column order. */
  static final List<String> CATEGORICALS =
      List.of(AnalysisColumns.PRIMARY_CONDITION, AnalysisColumns.AGE_BAND, AnalysisColumns.SEX, AnalysisColumns.SITE);

  // Positions in the rows of {@link DesignCodes#coded}.
  private static final int[] CATEGORICAL_POSITIONS = {0, 3, 4, 5};
  static final int BASELINE = 6;
  static final int IMPROVEMENT = 7;
  static final int SESSIONS = 8;

  private final EffectModelKey key;
  private final List<String> columnNames;
  private final List<String> modalities;
  private final int firstModalityColumn;
  /** Per categorical variable, per level code, the level's column, or -1 (the reference). */
  private final List<int[]> indicatorColumns;

  private DesignLayout(
      EffectModelKey key, List<List<String>> indicatorLevels, List<String> modalities, DesignCodes codes) {
    this.key = key;
    this.modalities = List.copyOf(modalities);
    List<String> names = new ArrayList<>(List.of("intercept", AnalysisColumns.BASELINE_VALUE));
    List<int[]> lookups = new ArrayList<>();
    for (int v = 0; v < CATEGORICALS.size(); v++) {
      List<String> coded = codes.levels(CATEGORICAL_POSITIONS[v]);
      int[] lookup = new int[coded.size()];
      Arrays.fill(lookup, -1);
      for (String level : indicatorLevels.get(v)) {
        lookup[coded.indexOf(level)] = names.size();
        names.add(CATEGORICALS.get(v) + "=" + level);
      }
      lookups.add(lookup);
    }
    this.firstModalityColumn = names.size();
    modalities.forEach(m -> names.add(AnalysisColumns.sessionsOf(m)));
    this.columnNames = List.copyOf(names);
    this.indicatorColumns = List.copyOf(lookups);
  }

  /**
   * The layout of a model from the record counts of its levels.
   *
   * @param levelCounts per categorical variable (by name), the model's records per level
   */
  static DesignLayout of(
      EffectModelKey key, Map<String, Map<String, Long>> levelCounts, List<String> modalities, DesignCodes codes) {
    List<List<String>> indicators = new ArrayList<>();
    for (String variable : CATEGORICALS) {
      boolean used = key.pooled() || !variable.equals(AnalysisColumns.PRIMARY_CONDITION);
      indicators.add(used ? nonReference(levelCounts.getOrDefault(variable, Map.of())) : List.of());
    }
    return new DesignLayout(key, indicators, modalities, codes);
  }

  /** SPEC 7.5: every level but the reference (most records, ties first by code point), in code point order. */
  static List<String> nonReference(Map<String, Long> counts) {
    List<String> levels = counts.keySet().stream().sorted().toList();
    String reference = null;
    for (String level : levels) {
      if (reference == null || counts.get(level) > counts.get(reference)) {
        reference = level;
      }
    }
    String ref = reference;
    return levels.stream().filter(l -> !l.equals(ref)).toList();
  }

  EffectModelKey key() {
    return key;
  }

  /** The candidate columns' names: intercept, baseline_value, {@code variable=level}, {@code <modality>_sessions}. */
  List<String> columnNames() {
    return columnNames;
  }

  int candidates() {
    return columnNames.size();
  }

  List<String> modalities() {
    return modalities;
  }

  /** The candidate column of the i-th configured modality. */
  int modalityColumn(int i) {
    return firstModalityColumn + i;
  }

  /** The most non-zero entries a record's row of X can have. */
  int maxNonZero() {
    return 2 + CATEGORICALS.size() + modalities.size();
  }

  /**
   * Writes a record's non-zero entries of X into {@code columns} and {@code values}, columns
   * ascending; returns how many there are.
   */
  int encode(Row r, int[] columns, double[] values) {
    int k = 0;
    columns[k] = 0;
    values[k++] = 1.0;
    double baseline = r.getDouble(BASELINE);
    if (baseline != 0) {
      columns[k] = 1;
      values[k++] = baseline;
    }
    for (int v = 0; v < CATEGORICAL_POSITIONS.length; v++) {
      int c = indicatorColumns.get(v)[r.getInt(CATEGORICAL_POSITIONS[v])];
      if (c >= 0) {
        columns[k] = c;
        values[k++] = 1.0;
      }
    }
    for (int m = 0; m < modalities.size(); m++) {
      long sessions = r.getLong(SESSIONS + m);
      if (sessions != 0) {
        columns[k] = firstModalityColumn + m;
        values[k++] = sessions;
      }
    }
    return k;
  }
}
