package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A linear axis with round tick values (steps of 1, 2, 2.5 or 5 times a power of ten) covering a
 * range of data. Pure arithmetic on the inputs, so the same data give the same axis.
 *
 * @param min the axis start (a tick)
 * @param max the axis end (a tick)
 * @param ticks the tick values from min to max
 * @param decimals decimals needed to print a tick
 * @param percent whether values are proportions shown as percentages
 */
record AxisScale(double min, double max, List<Double> ticks, int decimals, boolean percent) {

  AxisScale {
    ticks = List.copyOf(ticks);
  }

  /** An axis covering {@code low} to {@code high} with about five intervals. */
  static AxisScale covering(double low, double high) {
    if (!(high - low > 1e-9)) {
      low -= 1;
      high += 1;
    }
    double raw = (high - low) / 5;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / magnitude;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    double step = nice * magnitude;
    long first = (long) Math.floor(low / step + 1e-9);
    long last = (long) Math.ceil(high / step - 1e-9);
    List<Double> ticks = new ArrayList<>();
    for (long k = first; k <= last; k++) {
      ticks.add(k * step);
    }
    int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9)) + (nice == 2.5 ? 1 : 0);
    return new AxisScale(first * step, last * step, ticks, decimals, false);
  }

  /** 0% to 100% in steps of 25%. */
  static AxisScale proportion() {
    return new AxisScale(0, 1, List.of(0.0, 0.25, 0.5, 0.75, 1.0), 0, true);
  }

  /** Where {@code v} falls on a span from {@code left} to {@code left + width}, clamped to it. */
  double position(double v, double left, double width) {
    double t = (v - min) / (max - min);
    return left + width * Math.max(0, Math.min(1, t));
  }

  /** Whether {@code v} lies on the axis. */
  boolean contains(double v) {
    return v >= min - 1e-9 && v <= max + 1e-9;
  }

  String tickLabel(double v) {
    // a percentage axis names its unit in its label, so ticks read 0, 25, ... 100
    return percent ? NumberText.fixed(100 * v, 0) : NumberText.fixed(v, decimals);
  }
}
