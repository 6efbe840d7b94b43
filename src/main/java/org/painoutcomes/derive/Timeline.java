package org.painoutcomes.derive;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.max_by;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.min_by;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.painoutcomes.derive.AnalysisColumns.ASSESSMENT_DATE;
import static org.painoutcomes.derive.AnalysisColumns.ATTENDED;
import static org.painoutcomes.derive.AnalysisColumns.BASELINE_STUDY_DAY;
import static org.painoutcomes.derive.AnalysisColumns.BASELINE_VALUE;
import static org.painoutcomes.derive.AnalysisColumns.FOLLOWUP_STUDY_DAY;
import static org.painoutcomes.derive.AnalysisColumns.FOLLOWUP_VALUE;
import static org.painoutcomes.derive.AnalysisColumns.INDEX_DATE;
import static org.painoutcomes.derive.AnalysisColumns.INSTRUMENT;
import static org.painoutcomes.derive.AnalysisColumns.MEASURE;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANT_ID;
import static org.painoutcomes.derive.AnalysisColumns.SCORE;
import static org.painoutcomes.derive.AnalysisColumns.SESSION_DATE;
import static org.painoutcomes.derive.AnalysisColumns.STUDY_DAY;
import static org.painoutcomes.derive.AnalysisColumns.TIMEPOINT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.FollowUpWindow;
import org.painoutcomes.config.PipelineConfig;

/**
 * The participant timeline (SPEC 4): index date, study days, baseline and follow-up assessments.
 * The measure is named after its instrument (SPEC 3).
 */
public final class Timeline {

  private static final String DISTANCE = "distance";
  private static final String ORDER = "order";
  private static final String WINDOW = "window";

  /**
   * The index date of each participant who attended a session: the first session_date with
   * attended = true (SPEC 4). Participants who attended nothing have no row.
   *
   * @param attendance accepted attendance rows
   * @return participant_id string, index_date date
   */
  public static Dataset<Row> indexDates(Dataset<Row> attendance) {
    return attendance
        .filter(col(ATTENDED))
        .groupBy(col(PARTICIPANT_ID))
        .agg(min(col(SESSION_DATE)).as(INDEX_DATE));
  }

  /**
   * Scored assessments placed on the timeline; assessments of participants without an index date
   * are dropped.
   *
   * @param scoredAssessments {@link Assessments#scored} rows
   * @param indexDates {@link #indexDates} rows
   * @return participant_id, measure string, assessment_date, study_day int, score double
   */
  public static Dataset<Row> onStudyDays(Dataset<Row> scoredAssessments, Dataset<Row> indexDates) {
    return scoredAssessments
        .join(indexDates, PARTICIPANT_ID)
        .select(
            col(PARTICIPANT_ID),
            col(INSTRUMENT).as(MEASURE),
            col(ASSESSMENT_DATE),
            // SPEC 4: days from the index date; the index date is day 0.
            datediff(col(ASSESSMENT_DATE), col(INDEX_DATE)).as(STUDY_DAY),
            col(SCORE));
  }

  /**
   * The baseline of each participant and measure: of the scored assessments with study day in the
   * configured window (default [-30, 0]), the latest (SPEC 4).
   *
   * @param dated {@link #onStudyDays} rows
   * @return participant_id, measure, baseline_value double, baseline_study_day int
   */
  public static Dataset<Row> baselines(Dataset<Row> dated, PipelineConfig config) {
    return dated
        .filter(col(STUDY_DAY).between(config.baselineFromDay(), config.baselineToDay()))
        .groupBy(col(PARTICIPANT_ID), col(MEASURE))
        // One assessment per participant, measure and date, so the latest day is unique.
        // max_by, not max of a struct: a struct's maximum cannot be kept in a hash aggregation's
        // buffer, so Spark would sort every row for it.
        .agg(max_by(col(SCORE), col(STUDY_DAY)).as(BASELINE_VALUE), max(col(STUDY_DAY)).as(BASELINE_STUDY_DAY));
  }

  /**
   * The follow-up of each participant, measure and configured timepoint: in the window, the
   * scored assessment closest to the target day, the earlier on a tie (SPEC 4). Windows are
   * treated independently, so an assessment may serve two overlapping windows.
   *
   * @param dated {@link #onStudyDays} rows
   * @return participant_id, measure, timepoint string, followup_value double, followup_study_day int
   */
  public static Dataset<Row> followUps(Dataset<Row> dated, PipelineConfig config) {
    List<Column> windows = new ArrayList<>();
    for (FollowUpWindow w : config.followUpWindows()) {
      Column inWindow = col(STUDY_DAY).between(w.fromDay(), w.toDay());
      Column distance = abs(col(STUDY_DAY).minus(w.targetDay()));
      windows.add(when(inWindow, struct(lit(w.timepoint()).as(TIMEPOINT), distance.as(DISTANCE))));
    }
    // SPEC 4: closest to target, earlier on a tie: the smallest (distance, study_day), as one long
    // (distance above, study_day below) so that min_by keeps it in a hash aggregation's buffer.
    Column order =
        col(WINDOW).getField(DISTANCE).cast("long").multiply(1L << 32)
            .plus(col(STUDY_DAY).cast("long").minus(Integer.MIN_VALUE));
    // One pass for every window: each assessment is listed once per window that holds it.
    // explode then filter, not array_compact: a lambda function would leave code generation.
    return dated
        .withColumn(WINDOW, explode(array(windows.toArray(Column[]::new))))
        .filter(col(WINDOW).isNotNull())
        .withColumn(ORDER, order)
        .groupBy(col(PARTICIPANT_ID), col(MEASURE), col(WINDOW).getField(TIMEPOINT).as(TIMEPOINT))
        // One assessment per participant, measure and date: the order is unique.
        .agg(min_by(col(SCORE), col(ORDER)).as(FOLLOWUP_VALUE), min_by(col(STUDY_DAY), col(ORDER)).as(FOLLOWUP_STUDY_DAY));
  }

  private Timeline() {}
}
