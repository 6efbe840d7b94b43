package org.painoutcomes.report;

/**
 * One row behind an improvement chart: a group's mean improvement with its 95% interval, already
 * turned so that a positive value is better (SPEC 6: improvement = -change where lower is better).
 * The rows of a measure are aligned across its timepoints: a group with no row at one timepoint
 * is there as an absent row (all values null, not suppressed).
 *
 * @param section the heading the row sits under ("By condition")
 * @param label the group as shown
 * @param n change records in the cell; null when suppressed
 * @param estimate mean improvement; null when suppressed
 * @param low lower end of the 95% interval of the mean improvement; null when n is below 2
 * @param high upper end
 * @param suppressed whether the public table hid this row's n (never drawn, shown as the marker)
 */
record ForestRow(
    String section, String label, Long n, Double estimate, Double low, Double high, boolean suppressed) implements ChartRow {

  /** Whether the public table has no row here (nobody in the cell at this timepoint). */
  @Override
  public boolean absent() {
    return !suppressed && n == null;
  }
}
