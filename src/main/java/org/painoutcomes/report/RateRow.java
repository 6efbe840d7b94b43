package org.painoutcomes.report;

/**
 * One row behind a responder chart (aligned across timepoints like {@link ForestRow}): a group's responder rate with its Wilson 95% interval.
 *
 * @param section the heading the row sits under
 * @param label the group as shown
 * @param responderN records whose responder status could be evaluated; null when suppressed
 * @param responders records that responded; null when suppressed
 * @param rate responders / responderN (0 to 1); null when suppressed or responderN is 0
 * @param low lower end of the Wilson interval
 * @param high upper end
 * @param suppressed whether the public table hid the row's n or its responder counts
 */
record RateRow(
    String section,
    String label,
    Long responderN,
    Long responders,
    Double rate,
    Double low,
    Double high,
    boolean suppressed) implements ChartRow {

  /** Whether the public table has no row here (nobody in the cell at this timepoint). */
  @Override
  public boolean absent() {
    return !suppressed && responderN == null;
  }
}
