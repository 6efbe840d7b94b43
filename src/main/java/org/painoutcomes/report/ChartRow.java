package org.painoutcomes.report;

/** A row behind a chart and its table ({@link ForestRow}, {@link RateRow}), as {@link CollapsedRows} sees it. */
interface ChartRow {
  String section();

  String label();

  /** Whether the public table hid this row's values. */
  boolean suppressed();

  /** Whether the public table has no row here (nobody in the cell). */
  boolean absent();
}
