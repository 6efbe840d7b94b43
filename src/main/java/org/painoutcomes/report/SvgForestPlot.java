package org.painoutcomes.report;

import java.util.List;

/**
 * Draws a forest plot (a dot with a 95% interval per row, under section headings) as inline SVG.
 * Deterministic: coordinates come only from the rows and the axis. A row with {@code absent}
 * set (suppressed, not evaluable) shows that word and is never drawn. Every text is escaped.
 */
final class SvgForestPlot {
  static final int WIDTH = 760;
  private static final int LEFT = 8;
  private static final int LABEL_CHARS = 30;
  private static final int PLOT_LEFT = 214;
  private static final int PLOT_WIDTH = 300;
  private static final int TEXT_X = PLOT_LEFT + PLOT_WIDTH + 14;
  private static final int COUNT_X = WIDTH - 8;
  private static final int TOP = 28;
  private static final int ROW = 22;
  private static final int SECTION = 26;
  private static final String INK = "#1f2933";
  private static final String MUTED = "#5f6b7a";
  private static final String MARK = "#1d4e89";

  /** The horizontal axis: scale, label, words at its two ends, and an optional reference line. */
  record Axis(AxisScale scale, String label, String lowEnd, String highEnd, Double reference, String referenceLabel) {}

  /**
   * One line of the plot. A section row has only a label. Otherwise {@code absent} set means the
   * row shows that word and nothing is drawn; else value (with low and high where known) is drawn.
   */
  record Row(
      String label, boolean section, boolean emphasis, Double value, Double low, Double high, String text,
      String count, String absent) {
    static Row section(String label) {
      return new Row(label, true, false, null, null, null, null, null, null);
    }
  }

  private SvgForestPlot() {}

  /**
   * @param id a unique id for the title element
   * @param title the accessible title of the chart
   * @param valueHeading heading of the value column ("Mean (95% CI)")
   * @param countHeading heading of the count column ("n")
   */
  static String render(String id, String title, String valueHeading, String countHeading, Axis axis, List<Row> rows) {
    int rowsHeight = rows.stream().mapToInt(r -> r.section() ? SECTION : ROW).sum();
    int axisY = TOP + rowsHeight + 6;
    int height = axisY + (axis.lowEnd() == null ? 44 : 60);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" font-size=\"12\" role=\"img\" aria-labelledby=\"").append(Html.escape(id)).append("\">\n")
        .append("<title id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</title>\n");
    header(s, valueHeading, countHeading, axis);
    bands(s, rows);
    grid(s, axis, rowsHeight);
    int y = TOP;
    for (Row r : rows) {
      if (r.section()) {
        text(s, LEFT, y + 18, "start", "font-weight=\"700\" fill=\"" + INK + "\"", r.label());
        y += SECTION;
        continue;
      }
      int cy = y + ROW / 2;
      text(s, LEFT + 10, cy + 4, "start", "fill=\"" + INK + "\"" + (r.emphasis() ? " font-weight=\"700\"" : ""),
          truncate(r.label()));
      if (r.absent() != null) {
        text(s, PLOT_LEFT + 6, cy + 4, "start", "font-style=\"italic\" fill=\"" + MUTED + "\"", r.absent());
      } else if (r.value() != null) {
        mark(s, axis.scale(), r, cy);
      }
      if (r.text() != null) {
        text(s, TEXT_X, cy + 4, "start", "fill=\"" + INK + "\"", r.text());
      }
      if (r.count() != null) {
        text(s, COUNT_X, cy + 4, "end", "class=\"count\" fill=\"" + INK + "\"", r.count());
      }
      y += ROW;
    }
    axisLine(s, axis, axisY);
    return s.append("</svg>\n").toString();
  }

  private static void header(StringBuilder s, String valueHeading, String countHeading, Axis axis) {
    String attrs = "font-weight=\"700\" fill=\"" + MUTED + "\" font-size=\"11\"";
    text(s, TEXT_X, 16, "start", attrs, valueHeading);
    text(s, COUNT_X, 16, "end", attrs, countHeading);
    if (axis.reference() != null && axis.scale().contains(axis.reference())) {
      double x = axis.scale().position(axis.reference(), PLOT_LEFT, PLOT_WIDTH);
      text(s, x, 16, "middle", "fill=\"" + MUTED + "\" font-size=\"11\"", axis.referenceLabel());
    }
  }

  private static void bands(StringBuilder s, List<Row> rows) {
    int y = TOP;
    int item = 0;
    for (Row r : rows) {
      if (r.section()) {
        y += SECTION;
        item = 0;
        continue;
      }
      if (item++ % 2 == 0) {
        s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
            .append(WIDTH - 2 * LEFT).append("\" height=\"").append(ROW).append("\" fill=\"#f1f4f8\"/>\n");
      }
      y += ROW;
    }
  }

  private static void grid(StringBuilder s, Axis axis, int rowsHeight) {
    AxisScale scale = axis.scale();
    for (double t : scale.ticks()) {
      double x = scale.position(t, PLOT_LEFT, PLOT_WIDTH);
      boolean zero = Math.abs(t) < 1e-12;
      line(s, x, TOP, x, TOP + rowsHeight,
          zero ? "stroke=\"" + INK + "\" stroke-width=\"1.2\"" : "stroke=\"#d9dee5\" stroke-width=\"1\"");
    }
    if (axis.reference() != null && scale.contains(axis.reference())) {
      double x = scale.position(axis.reference(), PLOT_LEFT, PLOT_WIDTH);
      line(s, x, 20, x, TOP + rowsHeight, "stroke=\"" + MUTED + "\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"");
    }
  }

  private static void mark(StringBuilder s, AxisScale scale, Row r, int cy) {
    String stroke = "stroke=\"" + MARK + "\" stroke-width=\"1.8\"";
    if (r.low() != null && r.high() != null) {
      double x1 = scale.position(r.low(), PLOT_LEFT, PLOT_WIDTH);
      double x2 = scale.position(r.high(), PLOT_LEFT, PLOT_WIDTH);
      line(s, x1, cy, x2, cy, stroke);
      line(s, x1, cy - 4, x1, cy + 4, stroke);
      line(s, x2, cy - 4, x2, cy + 4, stroke);
    }
    double x = scale.position(r.value(), PLOT_LEFT, PLOT_WIDTH);
    if (r.emphasis()) {
      // the all-participants row is a diamond, the groups squares: told apart without colour
      s.append("<polygon points=\"").append(pt(x - 7, cy)).append(' ').append(pt(x, cy - 6)).append(' ')
          .append(pt(x + 7, cy)).append(' ').append(pt(x, cy + 6)).append("\" fill=\"").append(MARK).append("\"/>\n");
    } else {
      s.append("<rect x=\"").append(NumberText.coord(x - 4.5)).append("\" y=\"").append(NumberText.coord(cy - 4.5))
          .append("\" width=\"9\" height=\"9\" fill=\"").append(MARK).append("\"/>\n");
    }
  }

  private static void axisLine(StringBuilder s, Axis axis, int y) {
    AxisScale scale = axis.scale();
    line(s, PLOT_LEFT, y, PLOT_LEFT + PLOT_WIDTH, y, "stroke=\"" + INK + "\" stroke-width=\"1\"");
    for (double t : scale.ticks()) {
      double x = scale.position(t, PLOT_LEFT, PLOT_WIDTH);
      line(s, x, y, x, y + 5, "stroke=\"" + INK + "\" stroke-width=\"1\"");
      text(s, x, y + 17, "middle", "fill=\"" + INK + "\" font-size=\"11\"", scale.tickLabel(t));
    }
    text(s, PLOT_LEFT + PLOT_WIDTH / 2.0, y + 34, "middle", "fill=\"" + INK + "\" font-size=\"11.5\"", axis.label());
    if (axis.lowEnd() != null) {
      String attrs = "fill=\"" + MUTED + "\" font-size=\"11\" font-style=\"italic\"";
      text(s, PLOT_LEFT, y + 51, "start", attrs, axis.lowEnd());
      text(s, PLOT_LEFT + PLOT_WIDTH, y + 51, "end", attrs, axis.highEnd());
    }
  }

  private static void text(StringBuilder s, double x, double y, String anchor, String attrs, String text) {
    s.append("<text x=\"").append(NumberText.coord(x)).append("\" y=\"").append(NumberText.coord(y))
        .append("\" text-anchor=\"").append(anchor).append("\" ").append(attrs).append('>')
        .append(Html.escape(text)).append("</text>\n");
  }

  private static void line(StringBuilder s, double x1, double y1, double x2, double y2, String attrs) {
    s.append("<line x1=\"").append(NumberText.coord(x1)).append("\" y1=\"").append(NumberText.coord(y1))
        .append("\" x2=\"").append(NumberText.coord(x2)).append("\" y2=\"").append(NumberText.coord(y2))
        .append("\" ").append(attrs).append("/>\n");
  }

  private static String pt(double x, double y) {
    return NumberText.coord(x) + "," + NumberText.coord(y);
  }

  /** A label cut to fit its column (whole code points), the full text stays in the table. */
  static String truncate(String label) {
    if (label == null || label.codePointCount(0, label.length()) <= LABEL_CHARS) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "\u2026";
  }
}
