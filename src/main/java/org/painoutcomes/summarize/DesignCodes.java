package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.painoutcomes.derive.AnalysisColumns;
import org.painoutcomes.tables.EffectModelKey;

/**
 * The adjusted-effects models' records as numbers (SPEC 7.5): primary_condition, measure,
 * timepoint, age_band, sex and site each as its level's rank, in code point order, among the
 * levels present. The passes over the records then neither carry nor decode strings, and a
 * record's models are found by array lookups (docs/PERFORMANCE.md, change 22).
 *
 * <p>Code point order is the order Spark sorts strings in, so sorting by a measure's or a
 * timepoint's code sorts as sorting by its name does.
 */
final class DesignCodes implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The coded variables, in the order of the coded rows' first columns. */
  static final List<String> VARIABLES =
      List.of(
          AnalysisColumns.PRIMARY_CONDITION, AnalysisColumns.MEASURE, AnalysisColumns.TIMEPOINT,
          AnalysisColumns.AGE_BAND, AnalysisColumns.SEX, AnalysisColumns.SITE);

  static final int CONDITION = 0;
  static final int MEASURE = 1;
  static final int TIMEPOINT = 2;

  /** Code point order (String's own order is UTF-16's). */
  static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

  private final List<List<String>> levels;
  private final int measures;
  private final int timepoints;
  private final int[] ownModel;
  private final int[] pooledModel;

  /**
   * @param levels per variable of {@link #VARIABLES}, the levels present in code point order
   * @param models the models, their index being their position
   */
  DesignCodes(List<List<String>> levels, List<EffectModelKey> models) {
    this.levels = levels.stream().map(List::copyOf).toList();
    this.measures = levels.get(MEASURE).size();
    this.timepoints = levels.get(TIMEPOINT).size();
    this.ownModel = new int[levels.get(CONDITION).size() * measures * timepoints];
    this.pooledModel = new int[measures * timepoints];
    Arrays.fill(ownModel, -1);
    Arrays.fill(pooledModel, -1);
    for (int i = 0; i < models.size(); i++) {
      EffectModelKey key = models.get(i);
      int cell = code(MEASURE, key.measure()) * timepoints + code(TIMEPOINT, key.timepoint());
      if (key.pooled()) {
        pooledModel[cell] = i;
      } else {
        ownModel[code(CONDITION, key.condition()) * measures * timepoints + cell] = i;
      }
    }
  }

  /** The levels of the variable at {@code variable} in {@link #VARIABLES}, in code order. */
  List<String> levels(int variable) {
    return levels.get(variable);
  }

  private int code(int variable, String level) {
    return levels.get(variable).indexOf(level);
  }

  /**
   * The coded records: the codes of {@link #VARIABLES}, baseline_value, improvement, every
   * modality's session count, then {@code extra}.
   */
  Dataset<Row> coded(Dataset<Row> changeRecords, List<String> modalities, Column... extra) {
    List<Column> columns = new ArrayList<>();
    for (int v = 0; v < VARIABLES.size(); v++) {
      Column known = array(levels.get(v).stream().map(functions::lit).toArray(Column[]::new));
      // array_position counts from 1 (0: absent)
      columns.add(array_position(known, col(VARIABLES.get(v))).minus(1).cast("int").as(codeColumn(v)));
    }
    columns.add(col(AnalysisColumns.BASELINE_VALUE));
    columns.add(col(AnalysisColumns.IMPROVEMENT));
    modalities.forEach(m -> columns.add(col(AnalysisColumns.sessionsOf(m))));
    columns.addAll(List.of(extra));
    return changeRecords.select(columns.toArray(Column[]::new));
  }

  /** The name of a variable's code column in {@link #coded} rows. */
  static String codeColumn(int variable) {
    return "_code_" + VARIABLES.get(variable);
  }

  /** The index of a coded record's own condition's model. */
  int ownModel(Row r) {
    return ownModel[(r.getInt(CONDITION) * measures + r.getInt(MEASURE)) * timepoints + r.getInt(TIMEPOINT)];
  }

  /** The index of a coded record's pooled ({@code ALL}) model. */
  int pooledModel(Row r) {
    return pooledModel[r.getInt(MEASURE) * timepoints + r.getInt(TIMEPOINT)];
  }
}
