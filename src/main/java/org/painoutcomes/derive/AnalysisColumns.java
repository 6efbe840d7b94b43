package org.painoutcomes.derive;

/**
 * The column names of the input sources (SPEC 2.2 to 2.4) and of the derived tables (SPEC 3 to
 * 6, 7.3) that the analysis reads and writes, in one place.
 */
public final class AnalysisColumns {
  // Inputs (SPEC 2.2 to 2.4).
  public static final String PARTICIPANT_ID = "participant_id";
  public static final String SITE = "site";
  public static final String COHORT_ID = "cohort_id";
  public static final String PRIMARY_CONDITION = "primary_condition";
  public static final String AGE_BAND = "age_band";
  public static final String SEX = "sex";
  public static final String SESSION_ID = "session_id";
  public static final String SESSION_DATE = "session_date";
  public static final String MODALITY = "modality";
  public static final String ATTENDED = "attended";
  public static final String ASSESSMENT_DATE = "assessment_date";
  public static final String INSTRUMENT = "instrument";
  public static final String VALUE = "value";

  // Assessments and timeline (SPEC 3, 4).
  public static final String ANSWERED = "answered";
  public static final String SCORE = "score";
  public static final String UNSCORED = "unscored";
  public static final String INDEX_DATE = "index_date";
  public static final String STUDY_DAY = "study_day";
  public static final String MEASURE = "measure";
  public static final String TIMEPOINT = "timepoint";
  public static final String BASELINE_STUDY_DAY = "baseline_study_day";

  // Exposure and change records (SPEC 5, 6).
  public static final String SESSIONS_ATTENDED = "sessions_attended";
  public static final String ATTENDANCE_BAND = "attendance_band";
  public static final String PRIMARY_MODALITY = "primary_modality";
  public static final String BASELINE_VALUE = "baseline_value";
  public static final String FOLLOWUP_VALUE = "followup_value";
  public static final String FOLLOWUP_STUDY_DAY = "followup_study_day";
  public static final String CHANGE = "change";
  public static final String PCT_CHANGE = "pct_change";
  public static final String IMPROVEMENT = "improvement";
  public static final String RESPONDER = "responder";

  // participant_flow (SPEC 7.3, 8).
  public static final String CONDITION = "condition";
  public static final String STAGE = "stage";
  public static final String PARTICIPANTS = "participants";

  /** The change_records column holding a modality's attended session count (SPEC 5: {@code tai_chi_sessions}). */
  public static String sessionsOf(String modality) {
    return modality + "_sessions";
  }

  private AnalysisColumns() {}
}
