package org.painoutcomes.derive;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.painoutcomes.derive.AnalysisColumns.AGE_BAND;
import static org.painoutcomes.derive.AnalysisColumns.ATTENDANCE_BAND;
import static org.painoutcomes.derive.AnalysisColumns.BASELINE_VALUE;
import static org.painoutcomes.derive.AnalysisColumns.CHANGE;
import static org.painoutcomes.derive.AnalysisColumns.COHORT_ID;
import static org.painoutcomes.derive.AnalysisColumns.FOLLOWUP_STUDY_DAY;
import static org.painoutcomes.derive.AnalysisColumns.FOLLOWUP_VALUE;
import static org.painoutcomes.derive.AnalysisColumns.IMPROVEMENT;
import static org.painoutcomes.derive.AnalysisColumns.MEASURE;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANT_ID;
import static org.painoutcomes.derive.AnalysisColumns.PCT_CHANGE;
import static org.painoutcomes.derive.AnalysisColumns.PRIMARY_CONDITION;
import static org.painoutcomes.derive.AnalysisColumns.PRIMARY_MODALITY;
import static org.painoutcomes.derive.AnalysisColumns.RESPONDER;
import static org.painoutcomes.derive.AnalysisColumns.SESSIONS_ATTENDED;
import static org.painoutcomes.derive.AnalysisColumns.SEX;
import static org.painoutcomes.derive.AnalysisColumns.SITE;
import static org.painoutcomes.derive.AnalysisColumns.TIMEPOINT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.PipelineConfig;

/** analysis/change_records (SPEC 6): restricted, participant level. */
public final class ChangeRecords {

  /**
   * The columns of change_records in table order: the fixed columns of SPEC 6, then {@code
   * <modality>_sessions} for every configured modality (therapeutic then education, configured
   * order).
   */
  public static List<String> columns(PipelineConfig config) {
    List<String> names =
        new ArrayList<>(
            List.of(
                PARTICIPANT_ID, SITE, COHORT_ID, PRIMARY_CONDITION, AGE_BAND, SEX, MEASURE, TIMEPOINT,
                BASELINE_VALUE, FOLLOWUP_VALUE, FOLLOWUP_STUDY_DAY, CHANGE, PCT_CHANGE, IMPROVEMENT,
                RESPONDER, SESSIONS_ATTENDED, ATTENDANCE_BAND, PRIMARY_MODALITY));
    config.modalities().forEach(m -> names.add(AnalysisColumns.sessionsOf(m)));
    return names;
  }

  /**
   * One row per participant, measure and timepoint where both a baseline and that follow-up exist
   * (SPEC 6).
   *
   * @param enrollment accepted enrollment rows
   * @param pairs {@link Timeline#pairs} rows: each follow-up with its baseline
   * @param exposure {@link Exposure#participantExposure} rows
   * @return the {@link #columns} with types: strings for the identifiers, labels and groups
   *     (cohort_id null where the enrollment has none);
   *     baseline_value, followup_value, change, pct_change (null where baseline is 0),
   *     improvement double; followup_study_day int; responder boolean (null where a percent rule
   *     meets a baseline of 0); sessions_attended and every {@code <modality>_sessions} long
   */
  public static Dataset<Row> build(
      Dataset<Row> enrollment,
      Dataset<Row> pairs,
      Dataset<Row> exposure,
      PipelineConfig config) {
    Column baseline = col(BASELINE_VALUE);
    Column change = col(FOLLOWUP_VALUE).minus(baseline);
    Column improvement = MeasureRules.improvement(col(MEASURE), change);
    Dataset<Row> joined =
        pairs
            .join(enrollment.select(PARTICIPANT_ID, SITE, COHORT_ID, PRIMARY_CONDITION, AGE_BAND, SEX), PARTICIPANT_ID)
            // Every participant with a follow-up has an index date, hence an attended session.
            .join(exposure, PARTICIPANT_ID);
    List<Column> columns = new ArrayList<>();
    for (String name : columns(config)) {
      columns.add(
          switch (name) {
            case CHANGE -> change.as(CHANGE);
            // SPEC 6: pct_change = 100 * change / baseline, null where baseline is 0.
            case PCT_CHANGE -> when(baseline.notEqual(0), lit(100.0).multiply(change).divide(baseline)).as(PCT_CHANGE);
            case IMPROVEMENT -> improvement.as(IMPROVEMENT);
            case RESPONDER -> MeasureRules.responder(col(MEASURE), baseline, improvement, config).as(RESPONDER);
            default -> col(name);
          });
    }
    return joined.select(columns.toArray(Column[]::new));
  }

  private ChangeRecords() {}
}
