package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.col;
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
 * is listed once per cell it belongs to ({@link CellKeys}), then aggregated per cell and change
 * value, then per cell ({@link CellStatistics}).
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
    Dataset<Row> grouped =
        aggregate(
            aggregate(cellMembers, new Column[] {col(CELL), col(AnalysisColumns.CHANGE)}, CellStatistics.byChange()),
            new Column[] {col(CELL)},
            CellStatistics.byCell());
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
