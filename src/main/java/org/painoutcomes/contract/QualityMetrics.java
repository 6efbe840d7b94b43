package org.painoutcomes.contract;

import java.util.ArrayList;
import java.util.List;

/** The metric names of quality/summary (SPEC 7.4), in the order the table lists them. */
public final class QualityMetrics {
  public static final String ROWS_READ = "rows_read";
  public static final String ROWS_ACCEPTED = "rows_accepted";
  public static final String ROWS_REJECTED = "rows_rejected";

  /** The metric counting rows rejected for a reason. */
  public static String rejected(ReasonCode code) {
    return "rejected_" + code.name();
  }

  /** The metric counting an instrument's unscored assessments (source outcomes). */
  public static String unscored(Instrument instrument) {
    return "unscored_" + instrument.name();
  }

  /** Every metric of a source: the row counts, one per reason code, and for outcomes one per instrument. */
  public static List<String> of(Source source) {
    List<String> metrics = new ArrayList<>(List.of(ROWS_READ, ROWS_ACCEPTED, ROWS_REJECTED));
    for (ReasonCode code : ReasonCode.values()) {
      metrics.add(rejected(code));
    }
    if (source == Source.OUTCOMES) {
      for (Instrument i : Instrument.values()) {
        metrics.add(unscored(i));
      }
    }
    return metrics;
  }

  /** Every metric any source has, in table order (for ordering rows of all sources together). */
  public static List<String> all() {
    return of(Source.OUTCOMES);
  }

  private QualityMetrics() {}
}
