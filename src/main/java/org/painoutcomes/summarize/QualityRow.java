package org.painoutcomes.summarize;

/**
 * One row of the data quality summary (SPEC 7.4), long form. value is null only in a public view
 * where it is suppressed.
 */
public record QualityRow(String source, String metric, Long value) {}
