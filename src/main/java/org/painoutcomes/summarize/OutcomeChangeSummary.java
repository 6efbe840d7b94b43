package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_compact;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.painoutcomes.derive.AnalysisColumns.CONDITION;
import static org.painoutcomes.summarize.OutcomeChangeRow.ALL;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.summarize.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.derive.AnalysisColumns;
import org.painoutcomes.derive.Exposure;
import org.painoutcomes.derive.MeasureRules;

/**
 * summary/outcome_change (SPEC 7.1): statistics of the change records per grouping, group,
 * condition, measure and timepoint, one row per cell with at least one change record.
 */
public final class OutcomeChangeSummary {

  private static final String GROUPING = "grouping";
  private static final String GROUP = "group";
  private static final String DIRECTION = "direction";
  private static final String MEMBERSHIP = "_membership";

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
    Dataset<Row> cellMembers =
        changeRecords
            .withColumn(MEMBERSHIP, explode(groupsOf(config)))
            .filter(col(MEMBERSHIP).getField(GROUP).isNotNull())
            // SPEC 7.1: every record counts under its own condition and under ALL.
            .withColumn(CONDITION, explode(array(col(AnalysisColumns.PRIMARY_CONDITION), lit(ALL))))
            .select(
                col(MEMBERSHIP).getField(GROUPING).as(GROUPING),
                col(MEMBERSHIP).getField(GROUP).as(GROUP),
                col(CONDITION),
                col(AnalysisColumns.MEASURE),
                col(AnalysisColumns.TIMEPOINT),
                col(AnalysisColumns.BASELINE_VALUE),
                col(AnalysisColumns.FOLLOWUP_VALUE),
                col(AnalysisColumns.CHANGE),
                col(AnalysisColumns.RESPONDER));
    List<Column> aggregates = CellStatistics.aggregates();
    Dataset<Row> grouped =
        cellMembers
            .groupBy(
                col(GROUPING), col(GROUP), col(CONDITION), col(AnalysisColumns.MEASURE), col(AnalysisColumns.TIMEPOINT))
            .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
    return CellStatistics.finish(grouped)
        .select(OutcomeChangeRow.COLUMNS.stream().map(OutcomeChangeSummary::output).toArray(Column[]::new));
  }

  private static Column output(String column) {
    return column.equals(DIRECTION) ? MeasureRules.direction(col(AnalysisColumns.MEASURE)).as(DIRECTION) : col(column);
  }

  /**
   * The (grouping, group) pairs a change record belongs to (SPEC 7.1): overall/ALL, its primary
   * modality, every modality it is exposed to (groups overlap), its attendance band. A record
   * whose attendance_band is null (no configured band holds it) is in no attendance_band group.
   */
  private static Column groupsOf(PipelineConfig config) {
    List<Column> groups = new ArrayList<>();
    groups.add(membership(GROUPING_OVERALL, lit(ALL)));
    groups.add(membership(GROUPING_PRIMARY_MODALITY, col(AnalysisColumns.PRIMARY_MODALITY)));
    for (String m : config.modalities()) {
      Column exposed = Exposure.exposed(col(AnalysisColumns.sessionsOf(m)), config);
      groups.add(when(exposed, membership(GROUPING_MODALITY_EXPOSURE, lit(m))));
    }
    groups.add(membership(GROUPING_ATTENDANCE_BAND, col(AnalysisColumns.ATTENDANCE_BAND)));
    return array_compact(array(groups.toArray(Column[]::new)));
  }

  private static Column membership(String grouping, Column group) {
    return struct(lit(grouping).as(GROUPING), group.cast("string").as(GROUP));
  }

  private OutcomeChangeSummary() {}
}
