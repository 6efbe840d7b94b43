package org.painoutcomes.report;

/**
 * A count as the public tables give it: shown ({@code value} set), suppressed ({@code value} null,
 * {@code suppressed} true), or absent (no row: both unset).
 */
record CountCell(Long value, boolean suppressed) {
  static final CountCell ABSENT = new CountCell(null, false);

  static CountCell shown(long value) {
    return new CountCell(value, false);
  }

  static CountCell hidden() {
    return new CountCell(null, true);
  }

  boolean isShown() {
    return value != null;
  }
}
