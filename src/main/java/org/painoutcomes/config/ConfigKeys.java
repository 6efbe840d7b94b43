package org.painoutcomes.config;

/**
 * The keys of a config file. The same keys, prefixed with {@link #SPARK_CONF_PREFIX}, may be set
 * with spark-submit's {@code --conf}.
 */
public final class ConfigKeys {
  public static final String SPARK_CONF_PREFIX = "spark.painoutcomes.";

  public static final String CONDITIONS = "conditions";
  public static final String THERAPEUTIC_MODALITIES = "modalities.therapeutic";
  public static final String EDUCATION_MODALITIES = "modalities.education";
  public static final String RESPONDER_PREFIX = "responder.";
  public static final String BASELINE_WINDOW = "baseline.window";
  public static final String FOLLOWUP_TIMEPOINTS = "followup.timepoints";
  public static final String FOLLOWUP_PREFIX = "followup.";
  public static final String EXPOSURE_MIN_SESSIONS = "exposure.min_sessions";
  public static final String ATTENDANCE_BANDS = "attendance.bands";
  public static final String SUPPRESSION_THRESHOLD = "suppression.threshold";
  public static final String PARQUET_COMPRESSION = "output.compression";

  private ConfigKeys() {}
}
