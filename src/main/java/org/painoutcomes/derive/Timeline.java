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
import static org.painoutcomes.derive.AnalysisColumns.BASELINE_STUDY_DAY;
import static org.painoutcomes.derive.AnalysisColumns.BASELINE_VALUE;
import static org.painoutcomes.derive.AnalysisColumns.FOLLOWUP_STUDY_DAY;
import static org.painoutcomes.derive.AnalysisColumns.FOLLOWUP_VALUE;
import static org.painoutcomes.derive.AnalysisColumns.INDEX_DATE;
import static org.painoutcomes.derive.AnalysisColumns.INSTRUMENT;
import static org.painoutcomes.derive.AnalysisColumns.MEASURE;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANT_ID;
import static org.painoutcomes.derive.AnalysisColumns.SCORE;
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

  private static final String FOLLOWUP_VALUE_OF = "_followup_value_";
  private static final String FOLLOWUP_ORDER_OF = "_followup_order_";
  private static final String FOLLOW_UP = "_follow_up";

  /**
   * The index date of each participant who attended a session: the first session_date with
   * attended = true (SPEC 4). Participants who attended nothing have no row. The aggregation is
   * {@link Exposure#participantExposure}'s, which has one row for each participant who attended a
   * session: one pass over the attendance rows for both.
   *
   * @param exposure {@link Exposure#participantExposure} rows
   * @return participant_id string, index_date date
   */
  public static Dataset<Row> indexDates(Dataset<Row> exposure) {
    return exposure.select(col(PARTICIPANT_ID), col(INDEX_DATE));
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
   * Each participant's and measure's place on the timeline, in one aggregation: the baseline, of
   * the scored assessments with study day in the configured window (default [-30, 0]), the latest;
   * and for every configured timepoint its follow-up, in the timepoint's window the scored
   * assessment closest to the target day, the earlier on a tie (SPEC 4). Windows are treated
   * independently, so an assessment may serve two overlapping windows. One row per participant
   * and measure with an assessment in some window; a baseline or follow-up that has none is null.
   *
   * <p>One aggregation rather than one for the baselines, one for the follow-ups (each assessment
   * listed once per window that holds it) and a join of the two on participant and measure: at
   * 1,000,000 participants that join sorted both sides (docs/PERFORMANCE.md, change 45).
   *
   * @param dated {@link #onStudyDays} rows
   * @return participant_id, measure, baseline_value double and baseline_study_day int, then for
   *     the i-th configured timepoint (from 0) {@code _followup_value_i} double and {@code
   *     _followup_order_i} long, which {@link #baselines} and {@link #pairs} read
   */
  public static Dataset<Row> measureTimelines(Dataset<Row> dated, PipelineConfig config) {
    Column day = col(STUDY_DAY);
    Column inBaseline = day.between(config.baselineFromDay(), config.baselineToDay());
    // Null outside the window: max_by, min_by, max and min pass over rows whose ordering is null.
    Column baselineDay = when(inBaseline, day);
    List<Column> aggregates = new ArrayList<>();
    // One assessment per participant, measure and date, so the latest day is unique.
    // max_by, not max of a struct: a struct's maximum cannot be kept in a hash aggregation's
    // buffer, so Spark would sort every row for it.
    aggregates.add(max_by(col(SCORE), baselineDay).as(BASELINE_VALUE));
    aggregates.add(max(baselineDay).as(BASELINE_STUDY_DAY));
    Column inSomeWindow = inBaseline;
    List<FollowUpWindow> windows = config.followUpWindows();
    for (int i = 0; i < windows.size(); i++) {
      FollowUpWindow w = windows.get(i);
      Column inWindow = day.between(w.fromDay(), w.toDay());
      // SPEC 4: closest to target, earlier on a tie: the smallest (distance, study_day), as one
      // long (distance above, study_day below), unique per assessment, from which the day is read
      // back exactly.
      Column order =
          when(
              inWindow,
              abs(day.minus(w.targetDay())).cast("long").multiply(1L << 32)
                  .plus(day.cast("long").minus(Integer.MIN_VALUE)));
      aggregates.add(min_by(col(SCORE), order).as(FOLLOWUP_VALUE_OF + i));
      aggregates.add(min(order).as(FOLLOWUP_ORDER_OF + i));
      inSomeWindow = inSomeWindow.or(inWindow);
    }
    return dated
        .filter(inSomeWindow)
        .groupBy(col(PARTICIPANT_ID), col(MEASURE))
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new));
  }

  /**
   * The baseline of each participant and measure that has one (SPEC 4).
   *
   * @param timelines {@link #measureTimelines} rows
   * @return participant_id, measure, baseline_value double, baseline_study_day int
   */
  public static Dataset<Row> baselines(Dataset<Row> timelines) {
    return timelines
        .filter(col(BASELINE_STUDY_DAY).isNotNull())
        .select(col(PARTICIPANT_ID), col(MEASURE), col(BASELINE_VALUE), col(BASELINE_STUDY_DAY));
  }

  /**
   * One row per participant, measure and configured timepoint that has both a baseline and that
   * follow-up (SPEC 6's rows).
   *
   * @param timelines {@link #measureTimelines} rows
   * @return participant_id, measure, timepoint string, baseline_value double, followup_value
   *     double, followup_study_day int
   */
  public static Dataset<Row> pairs(Dataset<Row> timelines, PipelineConfig config) {
    List<Column> followUps = new ArrayList<>();
    List<FollowUpWindow> windows = config.followUpWindows();
    for (int i = 0; i < windows.size(); i++) {
      Column order = col(FOLLOWUP_ORDER_OF + i);
      Column studyDay = order.bitwiseAND(lit(0xFFFFFFFFL)).plus(lit((long) Integer.MIN_VALUE)).cast("int");
      followUps.add(
          when(
              order.isNotNull(),
              struct(
                  lit(windows.get(i).timepoint()).as(TIMEPOINT),
                  col(FOLLOWUP_VALUE_OF + i).as(FOLLOWUP_VALUE),
                  studyDay.as(FOLLOWUP_STUDY_DAY))));
    }
    Column followUp = col(FOLLOW_UP);
    // explode then filter, not array_compact: a lambda function would leave code generation.
    return timelines
        .filter(col(BASELINE_STUDY_DAY).isNotNull())
        .select(
            col(PARTICIPANT_ID), col(MEASURE), col(BASELINE_VALUE),
            explode(array(followUps.toArray(Column[]::new))).as(FOLLOW_UP))
        .filter(followUp.isNotNull())
        .select(
            col(PARTICIPANT_ID), col(MEASURE), followUp.getField(TIMEPOINT).as(TIMEPOINT), col(BASELINE_VALUE),
            followUp.getField(FOLLOWUP_VALUE).as(FOLLOWUP_VALUE),
            followUp.getField(FOLLOWUP_STUDY_DAY).as(FOLLOWUP_STUDY_DAY));
  }

  private Timeline() {}
}
