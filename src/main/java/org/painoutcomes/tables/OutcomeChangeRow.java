package org.painoutcomes.tables;

import org.painoutcomes.contract.OutputVocabulary;

/**
 * One row of outcome_change (SPEC 7.1). In summary/outcome_change (restricted) the counts are
 * never null and statistics are null only where the contract says so (change_sd when n is below
 * 2, ...). In public/outcome_change suppression has set hidden counts and statistics to null.
 */
public record OutcomeChangeRow(
    String grouping,
    String group,
    String condition,
    String measure,
    String timepoint,
    String direction,
    Long n,
    Double baselineMean,
    Double followupMean,
    Double changeMean,
    Double changeSd,
    Double changeCiLow,
    Double changeCiHigh,
    Double changeMedian,
    Double changeP25,
    Double changeP75,
    Double srm,
    Double pValue,
    Long responderN,
    Long responders,
    Double responderRate,
    Double responderCiLow,
    Double responderCiHigh) {

  /** The column names of outcome_change, in table order. */
  public static final java.util.List<String> COLUMNS =
      java.util.List.of(
          "grouping", "group", "condition", "measure", "timepoint", "direction", "n",
          "baseline_mean", "followup_mean", "change_mean", "change_sd", "change_ci_low",
          "change_ci_high", "change_median", "change_p25", "change_p75", "srm", "p_value",
          "responder_n", "responders", "responder_rate", "responder_ci_low", "responder_ci_high",
          "improvement_mean", "improvement_ci_low", "improvement_ci_high");

  /**
   * SPEC 7.1: the mean change turned so that positive is better; null with change_mean (so a row
   * whose statistics are hidden hides it too).
   */
  public Double improvementMean() {
    return higherIsBetter() ? changeMean : negated(changeMean);
  }

  /** SPEC 7.1: the lower end of the improvement's interval (-change_ci_high where lower is better). */
  public Double improvementCiLow() {
    return higherIsBetter() ? changeCiLow : negated(changeCiHigh);
  }

  /** SPEC 7.1: the upper end of the improvement's interval (-change_ci_low where lower is better). */
  public Double improvementCiHigh() {
    return higherIsBetter() ? changeCiHigh : negated(changeCiLow);
  }

  private boolean higherIsBetter() {
    return org.painoutcomes.contract.Direction.HIGHER_IS_BETTER.label().equals(direction);
  }

  private static Double negated(Double v) {
    return v == null ? null : -v;
  }

  // The codes are the contract's (OutputVocabulary); these names keep the table's readers short.
  public static final String GROUPING_OVERALL = OutputVocabulary.GROUPING_OVERALL;
  public static final String GROUPING_PRIMARY_MODALITY = OutputVocabulary.GROUPING_PRIMARY_MODALITY;
  public static final String GROUPING_MODALITY_EXPOSURE = OutputVocabulary.GROUPING_MODALITY_EXPOSURE;
  public static final String GROUPING_ATTENDANCE_BAND = OutputVocabulary.GROUPING_ATTENDANCE_BAND;
  public static final String ALL = OutputVocabulary.ALL;
}
