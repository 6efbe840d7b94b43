package org.painoutcomes.tables;

/**
 * One row of quality/summary (SPEC 7.4), long form; value is never null here (its public view,
 * with small values hidden, is {@code privacy.PublicQualityRow}).
 */
public record QualityRow(String source, String metric, Long value) {}
