package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.painoutcomes.derive.AnalysisColumns.CONDITION;
import static org.painoutcomes.derive.AnalysisColumns.MEASURE;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANTS;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANT_ID;
import static org.painoutcomes.derive.AnalysisColumns.PRIMARY_CONDITION;
import static org.painoutcomes.derive.AnalysisColumns.SITE;
import static org.painoutcomes.derive.AnalysisColumns.STAGE;
import static org.painoutcomes.derive.AnalysisColumns.TIMEPOINT;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.painoutcomes.config.FollowUpWindow;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.tables.FlowRow;

/**
 * summary/participant_flow (SPEC 7.3 rows, SPEC 8): participants reaching each stage, before
 * suppression, for every site and ALL by every condition and ALL, where the pair has at least one
 * accepted enrollment. Every pair has all stage rows, zeros included: 2 + measures + measures x
 * timepoints (22 with the defaults).
 */
public final class ParticipantFlowCounts {

  private static final String PAIR = "_pair";
  private static final String COUNTED = "_counted_";
  private static final StructType STAGE_SCHEMA =
      new StructType()
          .add(STAGE, DataTypes.StringType, false)
          .add(MEASURE, DataTypes.StringType, true)
          .add(TIMEPOINT, DataTypes.StringType, true);

  /**
   * Counts the flow.
   *
   * @param enrollment accepted enrollment rows (participant_id, site, primary_condition)
   * @param indexDates {@code Timeline.indexDates} rows (participant_id): attended_any
   * @param baselines {@code Timeline.baselines} rows (participant_id, measure)
   * @param changeRecords change_records rows (participant_id, measure, timepoint)
   * @return site, condition, stage, measure, timepoint (strings, the last two null where the stage
   *     has none) and participants (long)
   */
  public static Dataset<Row> count(
      Dataset<Row> enrollment,
      Dataset<Row> indexDates,
      Dataset<Row> baselines,
      Dataset<Row> changeRecords,
      PipelineConfig config) {
    Column noText = lit(null).cast("string");
    // The stages each participant reached (SPEC 7.3), one row per participant and stage row.
    Dataset<Row> reached =
        reachedStage(enrollment, FlowRow.STAGE_ENROLLED, noText, noText)
            .unionByName(reachedStage(indexDates, FlowRow.STAGE_ATTENDED_ANY, noText, noText))
            .unionByName(reachedStage(baselines, FlowRow.STAGE_BASELINE, col(MEASURE), noText))
            .unionByName(reachedStage(changeRecords, FlowRow.STAGE_FOLLOWUP, col(MEASURE), col(TIMEPOINT)));
    // Each input has one row per participant and stage row (enrollment is unique by participant,
    // the others are grouped by it), so counting rows counts participants: no count_distinct.
    // Counted first by the participant's own (site, condition), a few hundred rows, and only then
    // added up into the ALL pairs.
    Dataset<Row> own =
        reached
            .join(enrollment.select(PARTICIPANT_ID, SITE, PRIMARY_CONDITION), PARTICIPANT_ID)
            .groupBy(col(SITE), col(PRIMARY_CONDITION), col(STAGE), col(MEASURE), col(TIMEPOINT))
            .agg(functions.count(lit(1)).as(PARTICIPANTS));
    Dataset<Row> counted =
        own.select(explode(pairs()).as(PAIR), col(STAGE), col(MEASURE), col(TIMEPOINT), col(PARTICIPANTS))
            .groupBy(
                col(PAIR).getField(SITE).as(SITE), col(PAIR).getField(CONDITION).as(CONDITION),
                col(STAGE), col(MEASURE), col(TIMEPOINT))
            .agg(sum(col(PARTICIPANTS)).as(PARTICIPANTS));
    // Both sides descend from counted: rename one side so the join condition cannot
    // resolve to the same column on both sides.
    Dataset<Row> countedKeys =
        counted.select(
            col(SITE).as(COUNTED + SITE),
            col(CONDITION).as(COUNTED + CONDITION),
            col(STAGE).as(COUNTED + STAGE),
            col(MEASURE).as(COUNTED + MEASURE),
            col(TIMEPOINT).as(COUNTED + TIMEPOINT),
            col(PARTICIPANTS));
    // SPEC 7.3: every pair with an accepted enrollment gets every stage row, zeros included.
    Dataset<Row> grid = counted.select(SITE, CONDITION).distinct().crossJoin(stages(enrollment, config));
    Column sameCell =
        col(SITE).equalTo(col(COUNTED + SITE))
            .and(col(CONDITION).equalTo(col(COUNTED + CONDITION)))
            .and(col(STAGE).equalTo(col(COUNTED + STAGE)))
            .and(col(MEASURE).eqNullSafe(col(COUNTED + MEASURE)))
            .and(col(TIMEPOINT).eqNullSafe(col(COUNTED + TIMEPOINT)));
    return grid.join(countedKeys, sameCell, "left")
        .select(
            col(SITE), col(CONDITION), col(STAGE), col(MEASURE), col(TIMEPOINT),
            coalesce(col(PARTICIPANTS), lit(0L)).as(PARTICIPANTS));
  }

  private static Dataset<Row> reachedStage(Dataset<Row> rows, String stage, Column measure, Column timepoint) {
    return rows.select(col(PARTICIPANT_ID), lit(stage).as(STAGE), measure.as(MEASURE), timepoint.as(TIMEPOINT));
  }

  /** A participant counts in (site, condition), (site, ALL), (ALL, condition) and (ALL, ALL). */
  private static Column pairs() {
    Column site = col(SITE);
    Column condition = col(PRIMARY_CONDITION);
    return array(
        struct(site.as(SITE), condition.as(CONDITION)),
        struct(site.as(SITE), lit(ALL).as(CONDITION)),
        struct(lit(ALL).as(SITE), condition.as(CONDITION)),
        struct(lit(ALL).as(SITE), lit(ALL).as(CONDITION)));
  }

  /** The stage rows of one pair (SPEC 7.3): stage, measure, timepoint. */
  static Dataset<Row> stages(Dataset<Row> anyInput, PipelineConfig config) {
    List<Row> rows = new ArrayList<>();
    rows.add(RowFactory.create(FlowRow.STAGE_ENROLLED, null, null));
    rows.add(RowFactory.create(FlowRow.STAGE_ATTENDED_ANY, null, null));
    for (Instrument i : Instrument.values()) {
      rows.add(RowFactory.create(FlowRow.STAGE_BASELINE, i.name(), null));
    }
    for (Instrument i : Instrument.values()) {
      for (FollowUpWindow w : config.followUpWindows()) {
        rows.add(RowFactory.create(FlowRow.STAGE_FOLLOWUP, i.name(), w.timepoint()));
      }
    }
    return anyInput.sparkSession().createDataFrame(rows, STAGE_SCHEMA);
  }

  private ParticipantFlowCounts() {}
}
