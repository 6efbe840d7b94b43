package org.painoutcomes.tables;

import org.painoutcomes.contract.OutputVocabulary;

/**
 * One row of summary/participant_flow (SPEC 7.3); participants is null only in the
 * public table ({@code privacy.PublicFlowRow}), where it is suppressed. measure and timepoint are null where the stage has none.
 */
public record FlowRow(String site, String condition, String stage, String measure, String timepoint, Long participants) {

  // The codes are the contract's (OutputVocabulary); these names keep the table's readers short.
  public static final String STAGE_ENROLLED = OutputVocabulary.STAGE_ENROLLED;
  public static final String STAGE_ATTENDED_ANY = OutputVocabulary.STAGE_ATTENDED_ANY;
  public static final String STAGE_BASELINE = OutputVocabulary.STAGE_BASELINE;
  public static final String STAGE_FOLLOWUP = OutputVocabulary.STAGE_FOLLOWUP;
}
