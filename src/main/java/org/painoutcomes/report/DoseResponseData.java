package org.painoutcomes.report;

import java.util.List;

/**
 * The data behind one dose-response chart: mean improvement and responder rate by attendance
 * band (grouping attendance_band, condition ALL) for a measure at a timepoint.
 */
record DoseResponseData(
    String measure,
    String timepoint,
    String axisLabel,
    String responderRule,
    Double thresholdPoints,
    List<ForestRow> improvement,
    List<RateRow> responders) {
  DoseResponseData {
    improvement = List.copyOf(improvement);
    responders = List.copyOf(responders);
  }
}
