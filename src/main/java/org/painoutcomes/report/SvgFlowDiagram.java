package org.painoutcomes.report;

import java.util.List;

/**
 * Draws the CONSORT-style participant flow (SPEC 7.3) as inline SVG: enrolled, attended, then per
 * measure a baseline box that fans out to one follow-up box per timepoint (separate lines, not a
 * chain). A suppressed count is a dashed box saying so; no drop is drawn next to a hidden count.
 */
final class SvgFlowDiagram {
  static final int WIDTH = 680;
  private static final int TRUNK_X = 140;
  private static final int BASE_X = 160;
  private static final int BASE_W = 150;
  private static final int FOLLOW_X = 344;
  private static final int GAP = 12;
  private static final int FIRST_ROW = 186;
  private static final int PITCH = 64;
  private static final int BOX_H = 40;
  private static final String INK = "#1f2933";
  private static final String MUTED = "#5f6b7a";

  private SvgFlowDiagram() {}

  static String render(String id, String title, FlowDiagramData d) {
    int rows = d.measures().size();
    int height = FIRST_ROW + Math.max(rows, 1) * PITCH;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
        .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height)
        .append("\" font-size=\"12\" role=\"img\" aria-labelledby=\"").append(Html.escape(id)).append("\">\n")
        .append("<title id=\"").append(Html.escape(id)).append("\">").append(Html.escape(title)).append("</title>\n");
    box(s, 20, 8, 240, 44, "Enrolled", d.enrolled());
    arrowDown(s, TRUNK_X, 52, 96);
    if (d.didNotAttend() != null) {
      line(s, TRUNK_X, 74, 300, 74);
      arrowHeadRight(s, 300, 74);
      box(s, 300, 52, 240, 44, "Attended no session", CountCell.shown(d.didNotAttend()));
    }
    box(s, 20, 96, 240, 44, "Attended at least one session", d.attended());
    if (rows > 0) {
      line(s, TRUNK_X, 140, TRUNK_X, FIRST_ROW + (rows - 1) * PITCH + BOX_H / 2.0);
    }
    int n = d.timepoints().size();
    double followW = n == 0 ? 0 : (WIDTH - 8 - FOLLOW_X - (n - 1) * GAP) / (double) n;
    String head = "font-weight=\"700\" fill=\"" + MUTED + "\" font-size=\"11\"";
    text(s, BASE_X + BASE_W / 2.0, FIRST_ROW - 22, "middle", head, "Baseline");
    for (int k = 0; k < n; k++) {
      text(s, FOLLOW_X + k * (followW + GAP) + followW / 2, FIRST_ROW - 22, "middle", head,
          "Follow-up: " + Labels.timepoint(d.timepoints().get(k)));
    }
    for (int i = 0; i < rows; i++) {
      FlowDiagramData.MeasureFlow m = d.measures().get(i);
      int top = FIRST_ROW + i * PITCH;
      double cy = top + BOX_H / 2.0;
      measureLabel(s, m.measure(), cy);
      line(s, TRUNK_X, cy, BASE_X, cy);
      arrowHeadRight(s, BASE_X, cy);
      box(s, BASE_X, top, BASE_W, BOX_H, null, m.baseline());
      if (n > 0) {
        double bus = top - 9;
        double lastCentre = FOLLOW_X + (n - 1) * (followW + GAP) + followW / 2;
        line(s, BASE_X + BASE_W, cy, FOLLOW_X - 16, cy);
        line(s, FOLLOW_X - 16, cy, FOLLOW_X - 16, bus);
        line(s, FOLLOW_X - 16, bus, lastCentre, bus);
        for (int k = 0; k < n; k++) {
          double x = FOLLOW_X + k * (followW + GAP);
          arrowDown(s, x + followW / 2, bus, top);
          box(s, x, top, followW, BOX_H, null, m.followups().get(k));
        }
      }
    }
    return s.append("</svg>\n").toString();
  }

  /** A box with an optional title line and the count, or the suppressed marker in a dashed box. */
  private static void box(StringBuilder s, double x, double y, double w, double h, String title, CountCell c) {
    boolean hidden = c.suppressed();
    s.append("<rect x=\"").append(NumberText.coord(x)).append("\" y=\"").append(NumberText.coord(y))
        .append("\" width=\"").append(NumberText.coord(w)).append("\" height=\"").append(NumberText.coord(h))
        .append("\" rx=\"4\" fill=\"").append(hidden ? "#f4f5f7" : "#ffffff").append("\" stroke=\"")
        .append(hidden ? MUTED : INK).append('"').append(hidden ? " stroke-dasharray=\"4 3\"" : "")
        .append(" stroke-width=\"1.2\"/>\n");
    double cx = x + w / 2;
    double countY = title == null ? y + h / 2 + 4 : y + h - 9;
    if (title != null) {
      text(s, cx, y + 16, "middle", "font-weight=\"700\" fill=\"" + INK + "\"", title);
    }
    if (hidden) {
      text(s, cx, countY, "middle", "font-style=\"italic\" fill=\"" + MUTED + "\"", Labels.SUPPRESSED);
    } else if (c.isShown()) {
      s.append("<text x=\"").append(NumberText.coord(cx)).append("\" y=\"").append(NumberText.coord(countY))
          .append("\" text-anchor=\"middle\" fill=\"").append(INK).append("\">n = <tspan class=\"count\">")
          .append(Html.escape(NumberText.count(c.value()))).append("</tspan></text>\n");
    } else {
      text(s, cx, countY, "middle", "fill=\"" + MUTED + "\"", Labels.NO_ROW);
    }
  }

  /** The measure's name, right-aligned left of the trunk, on up to two lines. */
  private static void measureLabel(StringBuilder s, String measure, double cy) {
    List<String> lines = wrap(Labels.measure(measure), 18);
    double y = lines.size() == 1 ? cy + 4 : cy - 3;
    for (String l : lines) {
      text(s, TRUNK_X - 12, y, "end", "font-weight=\"700\" fill=\"" + INK + "\"", l);
      y += 14;
    }
  }

  /** Splits at the last space that keeps the first line within {@code max} characters; two lines at most. */
  static List<String> wrap(String text, int max) {
    if (text.length() <= max) {
      return List.of(text);
    }
    int cut = text.lastIndexOf(' ', max);
    if (cut <= 0) {
      return List.of(SvgForestPlot.truncate(text));
    }
    return List.of(text.substring(0, cut), text.substring(cut + 1));
  }

  private static void arrowDown(StringBuilder s, double x, double y1, double y2) {
    line(s, x, y1, x, y2 - 6);
    s.append("<polygon points=\"").append(pt(x - 4, y2 - 7)).append(' ').append(pt(x + 4, y2 - 7)).append(' ')
        .append(pt(x, y2)).append("\" fill=\"").append(INK).append("\"/>\n");
  }

  private static void arrowHeadRight(StringBuilder s, double x, double y) {
    s.append("<polygon points=\"").append(pt(x - 7, y - 4)).append(' ').append(pt(x - 7, y + 4)).append(' ')
        .append(pt(x, y)).append("\" fill=\"").append(INK).append("\"/>\n");
  }

  private static void line(StringBuilder s, double x1, double y1, double x2, double y2) {
    s.append("<line x1=\"").append(NumberText.coord(x1)).append("\" y1=\"").append(NumberText.coord(y1))
        .append("\" x2=\"").append(NumberText.coord(x2)).append("\" y2=\"").append(NumberText.coord(y2))
        .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1.2\"/>\n");
  }

  private static void text(StringBuilder s, double x, double y, String anchor, String attrs, String text) {
    s.append("<text x=\"").append(NumberText.coord(x)).append("\" y=\"").append(NumberText.coord(y))
        .append("\" text-anchor=\"").append(anchor).append("\" ").append(attrs).append('>')
        .append(Html.escape(text)).append("</text>\n");
  }

  private static String pt(double x, double y) {
    return NumberText.coord(x) + "," + NumberText.coord(y);
  }
}
