package org.painoutcomes.derive;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.painoutcomes.derive.AnalysisColumns.ATTENDANCE_BAND;
import static org.painoutcomes.derive.AnalysisColumns.ATTENDED;
import static org.painoutcomes.derive.AnalysisColumns.INDEX_DATE;
import static org.painoutcomes.derive.AnalysisColumns.MODALITY;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANT_ID;
import static org.painoutcomes.derive.AnalysisColumns.PRIMARY_MODALITY;
import static org.painoutcomes.derive.AnalysisColumns.SESSIONS_ATTENDED;
import static org.painoutcomes.derive.AnalysisColumns.SESSION_DATE;
import static org.painoutcomes.derive.AnalysisColumns.SESSION_ID;
import static org.painoutcomes.derive.AnalysisColumns.sessionsOf;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.AttendanceBand;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.OutputVocabulary;

/** Program exposure (SPEC 5), from accepted attendance rows with attended = true, over the whole record. */
public final class Exposure {

  /** primary_modality where several therapeutic modalities share the most sessions (SPEC 5). */
  public static final String MULTIMODAL = OutputVocabulary.MULTIMODAL;

  /** primary_modality where no therapeutic modality was attended (SPEC 5). */
  public static final String EDUCATION_ONLY = OutputVocabulary.EDUCATION_ONLY;

  /**
   * One row per participant with at least one attended session.
   *
   * @param attendance accepted attendance rows
   * @return participant_id string, index_date date (SPEC 4: the first session_date of an
   *     attended session, which {@link Timeline#indexDates} reads), sessions_attended long,
   *     {@code <modality>_sessions} long for every configured modality (therapeutic then
   *     education, configured order, 0 when none), attendance_band string (null when no
   *     configured band holds the count), primary_modality string. Exposure to a modality is
   *     decided where the groups are formed ({@link #exposed}).
   */
  public static Dataset<Row> participantExposure(Dataset<Row> attendance, PipelineConfig config) {
    // Two aggregations, each by participant first, so both run where the rows already are (the
    // accepted rows are partitioned by participant_id): per session whether it had each modality,
    // then per participant the sessions (SPEC 5: distinct session_id with an attended row) and
    // the sessions of each modality. No distinct, no count_distinct: each of those adds a pass.
    // The index date comes out of the same two aggregations (the first session_date of each
    // session, then of each participant) rather than a pass of its own over the attendance rows.
    List<Column> hadModality = new ArrayList<>();
    List<Column> counts = new ArrayList<>();
    hadModality.add(min(col(SESSION_DATE)).as(SESSION_DATE));
    counts.add(min(col(SESSION_DATE)).as(INDEX_DATE));
    for (String m : config.modalities()) {
      hadModality.add(max(when(col(MODALITY).equalTo(m), 1L).otherwise(0L)).as(sessionsOf(m)));
      counts.add(sum(col(sessionsOf(m))).as(sessionsOf(m)));
    }
    Dataset<Row> sessions =
        attendance
            .filter(col(ATTENDED))
            .groupBy(col(PARTICIPANT_ID), col(SESSION_ID))
            .agg(hadModality.get(0), hadModality.subList(1, hadModality.size()).toArray(Column[]::new))
            .groupBy(col(PARTICIPANT_ID))
            .agg(count(lit(1)).as(SESSIONS_ATTENDED), counts.toArray(Column[]::new));
    List<Column> columns = new ArrayList<>();
    columns.add(col(PARTICIPANT_ID));
    columns.add(col(INDEX_DATE));
    columns.add(col(SESSIONS_ATTENDED));
    config.modalities().forEach(m -> columns.add(col(sessionsOf(m))));
    columns.add(attendanceBand(col(SESSIONS_ATTENDED), config.attendanceBands()).as(ATTENDANCE_BAND));
    columns.add(primaryModality(config.therapeuticModalities()).as(PRIMARY_MODALITY));
    // One select rather than a withColumn per column: each withColumn re-analyzes the plan.
    return sessions.select(columns.toArray(Column[]::new));
  }

  /** Whether a modality's session count makes a participant exposed to it (SPEC 5, configurable threshold). */
  public static Column exposed(Column modalitySessions, PipelineConfig config) {
    return modalitySessions.geq(config.exposureMinSessions());
  }

  /** The first configured band holding the count; null when none does. */
  static Column attendanceBand(Column sessions, List<AttendanceBand> bands) {
    Column band = null;
    for (AttendanceBand b : bands) {
      Column inBand = sessions.geq(b.min());
      if (b.max() != null) {
        inBand = inBand.and(sessions.leq(b.max()));
      }
      band = band == null ? when(inBand, lit(b.label())) : band.when(inBand, lit(b.label()));
    }
    return band == null ? lit(null).cast("string") : band;
  }

  /**
   * SPEC 5: the therapeutic modality with the most sessions; {@code multimodal} where several share
   * the most; {@code education_only} where no therapeutic modality was attended.
   */
  static Column primaryModality(List<String> therapeutic) {
    if (therapeutic.isEmpty()) {
      return lit(EDUCATION_ONLY);
    }
    List<Column> sessions = therapeutic.stream().map(m -> col(sessionsOf(m))).toList();
    Column most = sessions.size() == 1 ? sessions.get(0) : greatest(sessions.toArray(Column[]::new));
    Column sharingMost = lit(0);
    Column named = null;
    for (int i = 0; i < therapeutic.size(); i++) {
      Column isMost = sessions.get(i).equalTo(most);
      sharingMost = sharingMost.plus(when(isMost, 1).otherwise(0));
      named = named == null ? when(isMost, lit(therapeutic.get(i))) : named.when(isMost, lit(therapeutic.get(i)));
    }
    return when(most.equalTo(0), lit(EDUCATION_ONLY))
        .when(sharingMost.gt(1), lit(MULTIMODAL))
        .otherwise(named);
  }

  private Exposure() {}
}
