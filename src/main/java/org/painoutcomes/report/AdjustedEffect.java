package org.painoutcomes.report;

/**
 * One row of public/adjusted_effects (SPEC 7.5) as the summary reads it: the hook through which
 * the adjusted-effects table reaches the summary's modality sentence ({@link
 * SummaryText#adjustedEffects}). The table's own section is drawn elsewhere.
 *
 * @param condition a primary_condition or {@code ALL}
 * @param measure the measure code
 * @param timepoint the timepoint code
 * @param term the modality
 * @param estimate improvement per attended session of it (positive = better); null when suppressed
 * @param ciLow lower end of its 95% interval
 * @param ciHigh upper end
 * @param suppressed whether the public table hid the estimate
 */
public record AdjustedEffect(
    String condition, String measure, String timepoint, String term, Double estimate, Double ciLow, Double ciHigh,
    boolean suppressed) {}
