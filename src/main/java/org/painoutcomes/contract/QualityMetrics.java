package org.painoutcomes.contract;

/** The metric names of quality/summary (SPEC 7.4); rejected_&lt;CODE&gt; is {@link ReasonCode#metric()}. */
public final class QualityMetrics {
  public static final String ROWS_READ = "rows_read";
  public static final String ROWS_ACCEPTED = "rows_accepted";
  public static final String ROWS_REJECTED = "rows_rejected";

  /** The metric counting an instrument's unscored assessments (source outcomes). */
  public static String unscored(Instrument instrument) {
    return "unscored_" + instrument.name();
  }

  private QualityMetrics() {}
}
