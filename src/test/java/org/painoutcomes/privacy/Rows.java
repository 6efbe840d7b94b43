package org.painoutcomes.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/** Small builders of restricted rows for the suppression tests; statistics are dummy numbers. */
final class Rows {

  static final String PEG = "PEG";
  static final String WEEK_6 = "WEEK_6";
  static final String OVERALL = OutcomeChangeRow.GROUPING_OVERALL;
  static final String PRIMARY = OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;
  static final String EXPOSURE = OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
  static final String BAND = OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
  static final String ALL = OutcomeChangeRow.ALL;
  static final String SHOWN = "shown";

  private Rows() {}

  /** An outcome_change row with these counts and a non-null value in every statistic. */
  static OutcomeChangeRow oc(
      String grouping, String group, String condition, String measure, String timepoint, long n, long responderN, long responders) {
    return new OutcomeChangeRow(
        grouping, group, condition, measure, timepoint, "lower_is_better", n,
        5.0, 3.0, -2.0, 1.5, -2.5, -1.5, -2.0, -3.0, -1.0, -1.3, 0.01,
        responderN, responders, responderN == 0 ? null : (double) responders / responderN,
        responderN == 0 ? null : 0.1, responderN == 0 ? null : 0.9);
  }

  /** An outcome_change row of PEG at WEEK_6 in which every record is evaluable and a responder. */
  static OutcomeChangeRow all(String grouping, String group, String condition, long n) {
    return oc(grouping, group, condition, n, n, n);
  }

  /** An outcome_change row of measure PEG at WEEK_6. */
  static OutcomeChangeRow oc(String grouping, String group, String condition, long n, long responderN, long responders) {
    return oc(grouping, group, condition, PEG, WEEK_6, n, responderN, responders);
  }

  static FlowRow flow(String site, String condition, String stage, String measure, String timepoint, long participants) {
    return new FlowRow(site, condition, stage, measure, timepoint, participants);
  }

  /**
   * Each public outcome_change row's {@code suppressed} ("shown" for null), keyed by
   * grouping/group/condition, with /measure/timepoint added when not PEG at WEEK_6.
   */
  static Map<String, String> status(Iterable<PublicOutcomeChangeRow> rows) {
    Map<String, String> out = new LinkedHashMap<>();
    for (PublicOutcomeChangeRow p : rows) {
      OutcomeChangeRow r = p.row();
      String key = r.grouping() + "/" + r.group() + "/" + r.condition();
      if (!PEG.equals(r.measure()) || !WEEK_6.equals(r.timepoint())) {
        key += "/" + r.measure() + "/" + r.timepoint();
      }
      out.put(key, p.suppressed() == null ? SHOWN : p.suppressed());
    }
    return out;
  }

  /** Each public participant_flow row's suppressed flag, keyed by site/condition/stage[/measure[/timepoint]]. */
  static Map<String, Boolean> flowStatus(Iterable<PublicFlowRow> rows) {
    Map<String, Boolean> out = new LinkedHashMap<>();
    for (PublicFlowRow p : rows) {
      FlowRow r = p.row();
      String key = r.site() + "/" + r.condition() + "/" + r.stage();
      key += r.measure() == null ? "" : "/" + r.measure();
      key += r.timepoint() == null ? "" : "/" + r.timepoint();
      out.put(key, p.suppressed());
    }
    return out;
  }

  /** A map from alternating keys and values, in order. */
  @SuppressWarnings("unchecked")
  static <V> Map<String, V> expect(Object... keysAndValues) {
    Map<String, V> out = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      out.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return out;
  }
}
