package org.painoutcomes.summarize;

/**
 * One row of summary/participant_flow (SPEC 7.3) ; participants is null only in the
 * public table, where it is suppressed. measure and timepoint are null where the stage has none.
 */
public record FlowRow(String site, String condition, String stage, String measure, String timepoint, Long participants) {

  public static final String STAGE_ENROLLED = "enrolled";
  public static final String STAGE_ATTENDED_ANY = "attended_any";
  public static final String STAGE_BASELINE = "baseline";
  public static final String STAGE_FOLLOWUP = "followup";
}
