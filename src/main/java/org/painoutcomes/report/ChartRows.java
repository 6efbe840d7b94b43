package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the rows behind a chart into the lines {@link SvgForestPlot} draws: a section heading
 * wherever the section changes, the value texts, and the marker for a suppressed row.
 */
final class ChartRows {
  static final String NOT_EVALUABLE = "not evaluable";
  static final String NO_ESTIMATE = "no estimate";

  private ChartRows() {}

  /** Improvement rows with {@code decimals} decimals; "All participants" is emphasised. */
  static List<SvgForestPlot.Row> improvement(List<ForestRow> rows, int decimals, boolean headings) {
    List<SvgForestPlot.Row> out = new ArrayList<>();
    String section = null;
    for (ForestRow r : rows) {
      if (headings && !Objects.equals(section, r.section())) {
        section = r.section();
        out.add(SvgForestPlot.Row.section(section));
      }
      boolean emphasis = OutcomeChartModels.SECTION_ALL.equals(r.section());
      if (r.suppressed()) {
        out.add(new SvgForestPlot.Row(r.label(), false, emphasis, null, null, null, null, null, Labels.SUPPRESSED));
      } else if (r.estimate() == null) {
        out.add(new SvgForestPlot.Row(r.label(), false, emphasis, null, null, null, null, count(r.n()), NO_ESTIMATE));
      } else {
        out.add(new SvgForestPlot.Row(
            r.label(), false, emphasis, r.estimate(), r.low(), r.high(),
            estimateText(r.estimate(), r.low(), r.high(), decimals), count(r.n()), null));
      }
    }
    return out;
  }

  /** Responder rows: rate with its Wilson interval, responders of those evaluable. */
  static List<SvgForestPlot.Row> rates(List<RateRow> rows, boolean headings) {
    List<SvgForestPlot.Row> out = new ArrayList<>();
    String section = null;
    for (RateRow r : rows) {
      if (headings && !Objects.equals(section, r.section())) {
        section = r.section();
        out.add(SvgForestPlot.Row.section(section));
      }
      boolean emphasis = OutcomeChartModels.SECTION_ALL.equals(r.section());
      if (r.suppressed()) {
        out.add(new SvgForestPlot.Row(r.label(), false, emphasis, null, null, null, null, null, Labels.SUPPRESSED));
      } else if (r.rate() == null) {
        out.add(new SvgForestPlot.Row(
            r.label(), false, emphasis, null, null, null, null, responderCount(r), NOT_EVALUABLE));
      } else {
        String text = NumberText.percent(r.rate(), 0)
            + (r.low() != null && r.high() != null
                ? " (" + NumberText.percent(r.low(), 0) + " to " + NumberText.percent(r.high(), 0) + ")"
                : "");
        out.add(new SvgForestPlot.Row(
            r.label(), false, emphasis, r.rate(), r.low(), r.high(), text, responderCount(r), null));
      }
    }
    return out;
  }

  /** {@code 1.23 (0.66 to 1.80)}; the interval is left out where there is none (n below 2). */
  static String estimateText(double estimate, Double low, Double high, int decimals) {
    String s = NumberText.fixed(estimate, decimals);
    return low != null && high != null ? s + " (" + NumberText.interval(low, high, decimals) + ")" : s;
  }

  /** {@code 41/120}: responders of those evaluable. */
  static String responderCount(RateRow r) {
    return NumberText.count(r.responders()) + "/" + NumberText.count(r.responderN());
  }

  private static String count(Long n) {
    return n == null ? null : NumberText.count(n);
  }
}
