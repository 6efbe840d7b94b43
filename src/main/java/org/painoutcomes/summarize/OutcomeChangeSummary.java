package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.negate;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Direction;
import org.painoutcomes.derive.AnalysisColumns;
import org.painoutcomes.derive.MeasureRules;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * summary/outcome_change (SPEC 7.1): statistics of the change records per grouping, group,
 * condition, measure and timepoint, one row per cell with at least one change record. Each record
 * is listed once per cell it belongs to under its own condition ({@link CellKeys}) and aggregated
 * per cell and change value; those rows, summed again, make the cells under condition ALL; then
 * every cell is aggregated ({@link CellStatistics}).
 */
public final class OutcomeChangeSummary {

  private static final String DIRECTION = "direction";
  private static final String CELL = "_cell";

  /**
   * Summarizes change records.
   *
   * @param changeRecords analysis/change_records rows ({@code ChangeRecords.build}); the columns
   *     read are primary_condition, measure, timepoint, baseline_value, followup_value, change,
   *     responder, attendance_band, primary_modality and every configured {@code <modality>_sessions}
   * @return the columns of {@link OutcomeChangeRow#COLUMNS} in that order: the six labels as
   *     strings, n, responder_n and responders as long, every other column as double
   */
  public static Dataset<Row> summarize(Dataset<Row> changeRecords, PipelineConfig config) {
    CellKeys keys = new CellKeys(config);
    Dataset<Row> cellMembers =
        keys.cells(
            changeRecords,
            CELL,
            AnalysisColumns.BASELINE_VALUE,
            AnalysisColumns.FOLLOWUP_VALUE,
            AnalysisColumns.CHANGE,
            AnalysisColumns.RESPONDER);
    Column[] cellAndChange = {col(CELL), col(AnalysisColumns.CHANGE)};
    Dataset<Row> ownCondition = aggregate(cellMembers, cellAndChange, CellStatistics.byChange());
    // Condition ALL from the aggregated rows (a few hundred per cell) rather than every record
    // listed a second time (docs/PERFORMANCE.md, change 37): each row is added up under its own
    // cell and under that cell's ALL. One stream, so the listing is computed once (two readers of
    // its shuffle made adaptive execution compute it twice).
    Dataset<Row> bothConditions =
        aggregate(
            ownCondition.withColumn(CELL, explode(array(col(CELL), keys.underAllConditions(col(CELL))))),
            cellAndChange,
            CellStatistics.byChangeMerged());
    Dataset<Row> grouped = aggregate(bothConditions, new Column[] {col(CELL)}, CellStatistics.byCell());
    List<Column> columns = new ArrayList<>(List.of(keys.labels(col(CELL))));
    columns.add(col("*"));
    return CellStatistics.finish(grouped)
        .select(columns.toArray(Column[]::new))
        .select(OutcomeChangeRow.COLUMNS.stream().map(OutcomeChangeSummary::output).toArray(Column[]::new));
  }

  private static Dataset<Row> aggregate(Dataset<Row> rows, Column[] keys, List<Column> aggregates) {
    return rows.groupBy(keys).agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
  }

  private static Column output(String column) {
    return switch (column) {
      case DIRECTION -> MeasureRules.direction(col(AnalysisColumns.MEASURE)).as(DIRECTION);
      // SPEC 7.1: positive = better; -change_ci_high is the lower end where lower is better.
      case "improvement_mean" -> turned(col("change_mean"), col("change_mean")).as(column);
      case "improvement_ci_low" -> turned(col("change_ci_low"), col("change_ci_high")).as(column);
      case "improvement_ci_high" -> turned(col("change_ci_high"), col("change_ci_low")).as(column);
      default -> col(column);
    };
  }

  private static Column turned(Column ifHigherIsBetter, Column negatedIfLowerIsBetter) {
    Column higher = MeasureRules.direction(col(AnalysisColumns.MEASURE)).equalTo(Direction.HIGHER_IS_BETTER.label());
    return when(higher, ifHigherIsBetter).otherwise(negate(negatedIfLowerIsBetter));
  }

  private OutcomeChangeSummary() {}
}
