package org.painoutcomes.report;

import java.util.List;
import java.util.stream.Stream;

/**
 * One improvement axis per measure, shared by its forest plots and dose-response charts at every
 * timepoint, so charts of a measure compare at a glance. Covers zero, the responder threshold in
 * points, and every drawn interval.
 */
final class ImprovementAxes {
  private ImprovementAxes() {}

  static SvgForestPlot.Axis forMeasure(ReportModel model, String measure, String axisLabel, Double threshold) {
    List<ForestRow> rows =
        Stream.concat(
                model.forestPlots().stream().filter(f -> f.measure().equals(measure)).flatMap(f -> f.rows().stream()),
                model.doseResponse().stream()
                    .filter(d -> d.measure().equals(measure))
                    .flatMap(d -> d.improvement().stream()))
            .filter(r -> !r.suppressed() && r.estimate() != null)
            .toList();
    double low = 0;
    double high = 0;
    if (threshold != null) {
      low = Math.min(low, threshold);
      high = Math.max(high, threshold);
    }
    for (ForestRow r : rows) {
      low = Math.min(low, r.low() != null ? r.low() : r.estimate());
      high = Math.max(high, r.high() != null ? r.high() : r.estimate());
    }
    String thresholdLabel =
        threshold == null ? null : "responder threshold " + NumberText.plain(threshold);
    return new SvgForestPlot.Axis(
        AxisScale.covering(low, high), axisLabel, "\u2190 worse", "better \u2192", threshold, thresholdLabel);
  }

  /** The 0% to 100% axis of responder rates. */
  static SvgForestPlot.Axis rates() {
    return new SvgForestPlot.Axis(
        AxisScale.proportion(), "Responder rate, % of those evaluable", null, null, null, null);
  }
}
