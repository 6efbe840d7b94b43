package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
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

  // Positions in the rows of {@link #input}.
  static final int CONDITION = 0;
  static final int MEASURE = 1;
  static final int TIMEPOINT = 2;
  private static final int[] CATEGORICAL_POSITIONS = {0, 3, 4, 5};
  static final int COHORT = 6;
  static final int PARTICIPANT = 7;
  static final int BASELINE = 8;
  static final int IMPROVEMENT = 9;
  static final int SESSIONS = 10;

  private final EffectModelKey key;
  private final List<String> columnNames;
  private final List<String> modalities;
  private final int firstModalityColumn;
  private final List<Map<String, Integer>> indicatorColumns;

  private DesignLayout(EffectModelKey key, List<List<String>> indicatorLevels, List<String> modalities) {
    this.key = key;
    this.modalities = List.copyOf(modalities);
    List<String> names = new ArrayList<>(List.of("intercept", AnalysisColumns.BASELINE_VALUE));
    List<Map<String, Integer>> lookups = new ArrayList<>();
    for (int v = 0; v < CATEGORICALS.size(); v++) {
      Map<String, Integer> lookup = new HashMap<>();
      for (String level : indicatorLevels.get(v)) {
        lookup.put(level, names.size());
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
   * The columns the models read, in the positions this class uses: primary_condition, measure,
   * timepoint, age_band, sex, site, cohort_id, participant_id, baseline_value, improvement, then
   * every configured modality's session count.
   */
  static Dataset<Row> input(Dataset<Row> changeRecords, List<String> modalities) {
    List<Column> columns = new ArrayList<>();
    for (String c :
        List.of(
            AnalysisColumns.PRIMARY_CONDITION, AnalysisColumns.MEASURE, AnalysisColumns.TIMEPOINT,
            AnalysisColumns.AGE_BAND, AnalysisColumns.SEX, AnalysisColumns.SITE, AnalysisColumns.COHORT_ID,
            AnalysisColumns.PARTICIPANT_ID, AnalysisColumns.BASELINE_VALUE, AnalysisColumns.IMPROVEMENT)) {
      columns.add(col(c));
    }
    modalities.forEach(m -> columns.add(col(AnalysisColumns.sessionsOf(m))));
    return changeRecords.select(columns.toArray(Column[]::new));
  }

  /**
   * The layout of a model from the record counts of its levels.
   *
   * @param levelCounts per categorical variable (by name), the model's records per level
   */
  static DesignLayout of(EffectModelKey key, Map<String, Map<String, Long>> levelCounts, List<String> modalities) {
    List<List<String>> indicators = new ArrayList<>();
    for (String variable : CATEGORICALS) {
      boolean used = key.pooled() || !variable.equals(AnalysisColumns.PRIMARY_CONDITION);
      indicators.add(used ? nonReference(levelCounts.getOrDefault(variable, Map.of())) : List.of());
    }
    return new DesignLayout(key, indicators, modalities);
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
      Integer c = indicatorColumns.get(v).get(r.getString(CATEGORICAL_POSITIONS[v]));
      if (c != null) {
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

  /** The records' model keys: their own condition's and the pooled one. */
  static EffectModelKey[] modelsOf(Row r) {
    String measure = r.getString(MEASURE);
    String timepoint = r.getString(TIMEPOINT);
    return new EffectModelKey[] {
      new EffectModelKey(r.getString(CONDITION), measure, timepoint),
      new EffectModelKey(OutcomeChangeRow.ALL, measure, timepoint)
    };
  }
}
