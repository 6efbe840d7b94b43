package org.painoutcomes.report;

import java.util.stream.Stream;

/**
 * The axes of the outcome charts. One improvement axis per measure, shared by all its panels,
 * forest plots and dose-response alike, so timepoints compare at a glance; it covers zero, the
 * responder threshold in points, and every drawn interval.
 */
final class ImprovementAxes {
  private ImprovementAxes() {}

  static SvgForestPlot.Axis forMeasure(ReportModel model, String measure, String axisLabel, Double threshold) {
    Stream<ForestRow> rows =
        Stream.concat(
            model.forestPlots().stream().filter(f -> f.measure().equals(measure)).flatMap(f -> f.rows().stream()),
            model.doseResponse().stream().filter(d -> d.measure().equals(measure)).flatMap(d -> d.improvement().stream()));
    double low = threshold == null ? 0 : Math.min(0, threshold);
    double high = threshold == null ? 0 : Math.max(0, threshold);
    for (ForestRow r : rows.filter(r -> r.estimate() != null).toList()) {
      low = Math.min(low, r.low() != null ? r.low() : r.estimate());
      high = Math.max(high, r.high() != null ? r.high() : r.estimate());
    }
    return new SvgForestPlot.Axis(AxisScale.covering(low, high), axisLabel, "\u2190 worse", "better \u2192", threshold);
  }

  /** The 0% to 100% axis of responder rates. */
  static SvgForestPlot.Axis rates() {
    return new SvgForestPlot.Axis(AxisScale.proportion(), "Responder rate (% of those evaluable)", null, null, null);
  }
}
