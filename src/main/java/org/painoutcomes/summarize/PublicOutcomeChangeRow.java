package org.painoutcomes.summarize;

/**
 * One row of public/outcome_change (SPEC 7.2): the row with hidden values set to null, and what
 * was hidden: null, {@code n} (n and every statistic) or {@code responders} (responder counts).
 */
public record PublicOutcomeChangeRow(OutcomeChangeRow row, String suppressed) {
  public static final String SUPPRESSED_N = "n";
  public static final String SUPPRESSED_RESPONDERS = "responders";
}
