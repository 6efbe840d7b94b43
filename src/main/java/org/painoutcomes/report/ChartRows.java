package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns the rows behind a chart into what {@link SvgForestPlot} draws: the lines (a section
 * heading wherever the section changes) and one panel of marks per timepoint. Suppressed rows
 * become the marker word, never a point.
 */
final class ChartRows {
  static final String NOT_EVALUABLE = "not evaluable";
  static final String NO_ESTIMATE = "no estimate";

  private ChartRows() {}

  /** The lines of rows aligned across panels (taken from the first panel's rows). */
  static List<SvgForestPlot.Line> lines(List<String> sections, List<String> labels, boolean headings) {
    List<SvgForestPlot.Line> out = new ArrayList<>();
    String section = OutcomeChartModels.SECTION_ALL; // the all-participants row needs no heading
    for (int i = 0; i < labels.size(); i++) {
      if (headings && !Objects.equals(section, sections.get(i))) {
        section = sections.get(i);
        out.add(new SvgForestPlot.Line(section, true, false));
      }
      out.add(new SvgForestPlot.Line(labels.get(i), false,
          OutcomeChartModels.SECTION_ALL.equals(sections.get(i))));
    }
    return out;
  }

  /** Marks of improvement rows, null on section lines. */
  static List<SvgForestPlot.Mark> improvement(List<ForestRow> rows, boolean headings) {
    return marks(rows, headings, ForestRow::section, r -> {
      if (r.suppressed()) {
        return SvgForestPlot.Mark.word(Labels.SUPPRESSED);
      } else if (r.absent()) {
        return SvgForestPlot.Mark.word(Labels.NO_ROW);
      } else if (r.estimate() == null) {
        return SvgForestPlot.Mark.word(NO_ESTIMATE);
      }
      return new SvgForestPlot.Mark(r.estimate(), r.low(), r.high(), null);
    });
  }

  /** Marks of responder rows, null on section lines. */
  static List<SvgForestPlot.Mark> rates(List<RateRow> rows, boolean headings) {
    return marks(rows, headings, RateRow::section, r -> {
      if (r.suppressed()) {
        return SvgForestPlot.Mark.word(Labels.SUPPRESSED);
      } else if (r.absent()) {
        return SvgForestPlot.Mark.word(Labels.NO_ROW);
      } else if (r.rate() == null) {
        return SvgForestPlot.Mark.word(NOT_EVALUABLE);
      }
      return new SvgForestPlot.Mark(r.rate(), r.low(), r.high(), null);
    });
  }

  /** One mark per row, with a null before each new section when the chart has headings. */
  private static <T> List<SvgForestPlot.Mark> marks(
      List<T> rows, boolean headings, Function<T, String> sectionOf,
      Function<T, SvgForestPlot.Mark> markOf) {
    List<SvgForestPlot.Mark> out = new ArrayList<>();
    String section = OutcomeChartModels.SECTION_ALL;
    for (T r : rows) {
      if (headings && !Objects.equals(section, sectionOf.apply(r))) {
        section = sectionOf.apply(r);
        out.add(null);
      }
      out.add(markOf.apply(r));
    }
    return out;
  }

  /** {@code 1.23 (0.66 to 1.80)}; the interval is left out where there is none (n below 2). */
  static String estimateText(double estimate, Double low, Double high, int decimals) {
    String s = NumberText.fixed(estimate, decimals);
    return low != null && high != null ? s + " (" + NumberText.interval(low, high, decimals) + ")" : s;
  }

  /** {@code 34% (25% to 45%)}, whole percentages. */
  static String rateText(double rate, Double low, Double high) {
    String s = NumberText.percent(rate, 0);
    return low != null && high != null
        ? s + " (" + NumberText.percent(low, 0) + " to " + NumberText.percent(high, 0) + ")"
        : s;
  }

  /** {@code 34.2 (25.1 to 45.0)}: percentages with one decimal, the unit in the column heading. */
  static String percentText(double rate, Double low, Double high) {
    String s = NumberText.fixed(100 * rate, 1);
    return low != null && high != null ? s + " (" + NumberText.interval(100 * low, 100 * high, 1) + ")" : s;
  }
}
