package org.painoutcomes.report;

import java.util.List;

/**
 * Draws a forest plot as inline SVG: row labels on the left, then one panel per timepoint on a
 * shared axis, each row a point with its 95% interval. A row whose mark carries a word
 * (suppressed, not evaluable, no row) shows the word and is never drawn. Deterministic: positions
 * come only from the rows and the axis; every text is escaped.
 */
final class SvgForestPlot {
  private static final int LEFT = 8;
  // One timepoint per chart (the page sets charts side by side where they fit): three of these
  // fit the page's 1160 px column, two the printed page's 703 px, one a phone's 366 px.
  private static final int LABEL_CHARS = 21;
  private static final int PANELS_X = 150;
  private static final int PANEL_W = 180;
  private static final int PANEL_GAP = 32;
  // The width of a tick label's character at font-size 10.5 (digits, minus sign, point), in px.
  private static final double LABEL_CHAR_WIDTH = 6.0;
  private static final int TOP = 32;
  private static final int ROW = 22;
  private static final int SECTION = 26;
  private static final String INK = "#1f2933";
  private static final String MUTED = "#5f6b7a";
  private static final String MARK = "#1d4e89";

  /** The shared axis: its scale, the words at its two ends (or null), and an optional reference line. */
  record Axis(AxisScale scale, String label, String lowEnd, String highEnd, Double reference) {}

  /** A line of the plot: a section heading, or a group (emphasised for all participants). */
  record Line(String label, boolean section, boolean emphasis) {}

  /** What a panel shows on a line: a word (never drawn), or a value with its interval (low/high may be null). */
  record Mark(Double value, Double low, Double high, String word) {
    static Mark word(String word) {
      return new Mark(null, null, null, word);
    }
  }

  /** One panel: its heading and a mark per line (null on section lines). */
  record Panel(String heading, List<Mark> marks) {}

  private SvgForestPlot() {}

  static int width(int panels) {
    return PANELS_X + panels * PANEL_W + (panels - 1) * PANEL_GAP + 12;
  }

  /**
   * @param id a unique id for the title element
   * @param title the accessible title of the chart
   */
  static String render(String id, String title, List<Line> lines, Axis axis, List<Panel> panels) {
    int width = width(panels.size());
    int rowsHeight = lines.stream().mapToInt(l -> l.section() ? SECTION : ROW).sum();
    int axisY = TOP + rowsHeight + 4;
    String[] axisLines = axisLines(axis.label());
    int height = axisY + (axis.lowEnd() == null ? 42 : 56) + 14 * (axisLines.length - 1);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" font-size=\"12\" role=\"img\" aria-labelledby=\"").append(Html.escape(id)).append("\">\n")
        .append("<title id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</title>\n");
    bands(s, lines, width);
    int y = TOP;
    for (Line l : lines) {
      if (l.section()) {
        text(s, LEFT, y + 18, "start", "font-weight=\"700\" fill=\"" + INK + "\"", l.label());
      } else {
        text(s, LEFT + 10, y + ROW / 2 + 4, "start",
            "fill=\"" + INK + "\"" + (l.emphasis() ? " font-weight=\"700\"" : ""), truncate(l.label()));
      }
      y += l.section() ? SECTION : ROW;
    }
    for (int k = 0; k < panels.size(); k++) {
      panel(s, PANELS_X + k * (PANEL_W + PANEL_GAP), panels.get(k), lines, axis, rowsHeight, axisY);
    }
    for (int i = 0; i < axisLines.length; i++) {
      text(s, PANELS_X + (width - 12 - PANELS_X) / 2.0, height - 6 - 14 * (axisLines.length - 1 - i), "middle",
          "fill=\"" + INK + "\" font-size=\"11.5\"", axisLines[i]);
    }
    return s.append("</svg>\n").toString();
  }

  /** The axis label on two lines where it has a parenthesis, so it stays within one panel's width. */
  static String[] axisLines(String label) {
    int at = label == null ? -1 : label.indexOf(" (");
    return at < 0 ? new String[] {label} : new String[] {label.substring(0, at), label.substring(at + 1)};
  }

  private static void panel(StringBuilder s, int left, Panel p, List<Line> lines, Axis axis, int rowsHeight, int axisY) {
    AxisScale scale = axis.scale();
    text(s, left + PANEL_W / 2.0, 18, "middle", "font-weight=\"700\" fill=\"" + INK + "\"", p.heading());
    for (double t : scale.ticks()) {
      double x = scale.position(t, left, PANEL_W);
      boolean zero = Math.abs(t) < 1e-12;
      line(s, x, TOP, x, TOP + rowsHeight,
          zero ? "stroke=\"" + INK + "\" stroke-width=\"1.2\"" : "stroke=\"#d9dee5\" stroke-width=\"1\"");
    }
    if (axis.reference() != null && scale.contains(axis.reference())) {
      double x = scale.position(axis.reference(), left, PANEL_W);
      line(s, x, TOP, x, TOP + rowsHeight, "stroke=\"" + MUTED + "\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"");
    }
    int y = TOP;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      Mark m = p.marks().get(i);
      if (!l.section() && m != null) {
        int cy = y + ROW / 2;
        if (m.word() != null) {
          word(s, left + PANEL_W / 2.0, cy, m.word());
        } else if (m.value() != null) {
          mark(s, scale, left, m, l.emphasis(), cy);
        }
      }
      y += l.section() ? SECTION : ROW;
    }
    line(s, left, axisY, left + PANEL_W, axisY, "stroke=\"" + INK + "\" stroke-width=\"1\"");
    List<Double> ticks = scale.ticks();
    int stride = labelStride(scale);
    int zero = Math.max(0, ticks.indexOf(0.0));
    for (int i = 0; i < ticks.size(); i++) {
      double x = scale.position(ticks.get(i), left, PANEL_W);
      line(s, x, axisY, x, axisY + 4, "stroke=\"" + INK + "\" stroke-width=\"1\"");
      if (Math.floorMod(i - zero, stride) == 0) {
        text(s, x, axisY + 16, "middle", "fill=\"" + INK + "\" font-size=\"10.5\"", scale.tickLabel(ticks.get(i)));
      }
    }
    if (axis.lowEnd() != null) {
      String attrs = "fill=\"" + MUTED + "\" font-size=\"10.5\" font-style=\"italic\"";
      text(s, left, axisY + 31, "start", attrs, axis.lowEnd());
      text(s, left + PANEL_W, axisY + 31, "end", attrs, axis.highEnd());
    }
  }

  /**
   * 1 when every tick's label fits beside its neighbours in a panel, else 2 (every other tick
   * labelled, zero always): seven ticks of "-0.10" are too many for one panel's width.
   */
  static int labelStride(AxisScale scale) {
    List<Double> ticks = scale.ticks();
    if (ticks.size() < 2) {
      return 1;
    }
    int longest = ticks.stream().mapToInt(t -> scale.tickLabel(t).length()).max().orElse(0);
    double spacing = (double) PANEL_W / (ticks.size() - 1);
    return spacing >= longest * LABEL_CHAR_WIDTH + 6 ? 1 : 2;
  }

  private static void bands(StringBuilder s, List<Line> lines, int width) {
    int y = TOP;
    int item = 0;
    for (Line l : lines) {
      if (l.section()) {
        y += SECTION;
        item = 0;
        continue;
      }
      if (item++ % 2 == 0) {
        s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(y).append("\" width=\"")
            .append(width - 2 * LEFT).append("\" height=\"").append(ROW).append("\" fill=\"#f1f4f8\"/>\n");
      }
      y += ROW;
    }
  }

  private static void mark(StringBuilder s, AxisScale scale, int left, Mark m, boolean emphasis, int cy) {
    String stroke = "stroke=\"" + MARK + "\" stroke-width=\"1.8\"";
    if (m.low() != null && m.high() != null) {
      double x1 = scale.position(m.low(), left, PANEL_W);
      double x2 = scale.position(m.high(), left, PANEL_W);
      line(s, x1, cy, x2, cy, stroke);
      line(s, x1, cy - 4, x1, cy + 4, stroke);
      line(s, x2, cy - 4, x2, cy + 4, stroke);
    }
    double x = scale.position(m.value(), left, PANEL_W);
    if (emphasis) {
      // the all-participants row is a diamond, the groups squares: told apart without colour
      s.append("<polygon points=\"").append(pt(x - 7, cy)).append(' ').append(pt(x, cy - 6)).append(' ')
          .append(pt(x + 7, cy)).append(' ').append(pt(x, cy + 6)).append("\" fill=\"").append(MARK).append("\"/>\n");
    } else {
      s.append("<rect x=\"").append(NumberText.coord(x - 4.5)).append("\" y=\"").append(NumberText.coord(cy - 4.5))
          .append("\" width=\"9\" height=\"9\" fill=\"").append(MARK).append("\"/>\n");
    }
  }

  /** A word on a white patch, centred in the panel, so it reads over the grid lines. */
  private static void word(StringBuilder s, double cx, int cy, String word) {
    double w = word.length() * 6.2 + 10;
    s.append("<rect x=\"").append(NumberText.coord(cx - w / 2)).append("\" y=\"").append(cy - 8)
        .append("\" width=\"").append(NumberText.coord(w)).append("\" height=\"16\" rx=\"3\" fill=\"#ffffff\"/>\n");
    text(s, cx, cy + 4, "middle", "font-style=\"italic\" fill=\"" + MUTED + "\"", word);
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

  /** A label cut to fit its column (whole code points); the full text stays in the table. */
  static String truncate(String label) {
    if (label == null || label.codePointCount(0, label.length()) <= LABEL_CHARS) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, LABEL_CHARS - 1)) + "\u2026";
  }
}
