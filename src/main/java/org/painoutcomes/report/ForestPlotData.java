package org.painoutcomes.report;

import java.util.List;

/**
 * The data behind one forest plot: a measure at a timepoint, by primary modality and by condition.
 *
 * @param measure the measure code
 * @param timepoint the timepoint code
 * @param axisLabel the improvement axis label, saying how the sign was turned
 * @param responderRule the measure's responder rule in words
 * @param thresholdPoints the responder threshold drawn as a reference line when it is in points;
 *     null when it is a percentage of baseline (no single line fits every participant)
 * @param rows the rows, top to bottom
 */
record ForestPlotData(
    String measure,
    String timepoint,
    String axisLabel,
    String responderRule,
    Double thresholdPoints,
    List<ForestRow> rows) {
  ForestPlotData {
    rows = List.copyOf(rows);
  }
}
