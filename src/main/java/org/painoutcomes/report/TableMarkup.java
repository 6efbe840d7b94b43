package org.painoutcomes.report;

import java.util.List;

/**
 * The table cells of the page. A count of people is a {@code td.count}; a suppressed value is
 * always the {@link Labels#SUPPRESSED} marker in a {@code td.suppressed}, never 0 and never blank.
 */
final class TableMarkup {
  private TableMarkup() {}

  /** Opens a scrolling table with a caption and one header row; the first column holds text. */
  static void open(Html h, String caption, List<String> headings) {
    open(h, caption, headings, 1);
  }

  /** Opens a scrolling table whose first {@code textColumns} columns hold text (left-aligned). */
  static void open(Html h, String caption, List<String> headings, int textColumns) {
    scrollStart(h, headings.size());
    if (caption != null) {
      h.element("caption", null, caption);
    }
    h.raw("<thead><tr>");
    for (int i = 0; i < headings.size(); i++) {
      h.raw(i < textColumns ? "<th scope=\"col\" class=\"text\">" : "<th scope=\"col\">").text(headings.get(i)).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
  }

  /** Columns from which a table may not fit a phone: it says so there, above the table. */
  static final int WIDE = 4;

  /** Opens the box a table scrolls in on a phone, with the visible hint where the table is wide. */
  static void scrollStart(Html h, int columns) {
    if (columns >= WIDE) {
      h.raw("<p class=\"scroll-hint\" aria-hidden=\"true\">").text("Wide table: scroll sideways for more columns \u2192")
          .raw("</p>\n");
    }
    h.raw("<div class=\"table-scroll\"><table>\n");
  }

  static void close(Html h) {
    h.raw("</tbody></table></div>\n");
  }

  /** A full-width heading row inside a table body. */
  static void section(Html h, String label, int columns) {
    h.raw("<tr class=\"section\"><th scope=\"colgroup\" colspan=\"" + columns + "\">").text(label).raw("</th></tr>\n");
  }

  static void rowStart(Html h, String label, boolean emphasis) {
    h.raw(emphasis ? "<tr class=\"emphasis\">" : "<tr>").raw("<th scope=\"row\">").text(label).raw("</th>");
  }

  static void rowEnd(Html h) {
    h.raw("</tr>\n");
  }

  /** A count of people: the number, the marker, or a dash where the table has no row. */
  static void count(Html h, CountCell c) {
    count(h, c, "count");
  }

  /** A count with a given cell class ({@code count} for people, {@code rows} for rows). */
  static void count(Html h, CountCell c, String cls) {
    if (c.suppressed()) {
      h.raw("<td class=\"" + cls + " suppressed\">").text(Labels.SUPPRESSED).raw("</td>");
    } else if (c.isShown()) {
      h.raw("<td class=\"" + cls + "\">").text(NumberText.count(c.value())).raw("</td>");
    } else {
      h.raw("<td class=\"" + cls + " absent\">").text(Labels.NO_ROW).raw("</td>");
    }
  }

  /** One marker cell standing for {@code span} hidden values, counts among them. */
  static void suppressed(Html h, int span) {
    h.raw("<td class=\"count suppressed\"" + (span > 1 ? " colspan=\"" + span + "\"" : "") + ">")
        .text(Labels.SUPPRESSED).raw("</td>");
  }

  /** One dash cell standing for {@code span} values of a row the public table does not have. */
  static void absent(Html h, int span) {
    h.raw("<td class=\"absent\"" + (span > 1 ? " colspan=\"" + span + "\"" : "") + ">").text(Labels.NO_ROW)
        .raw("</td>");
  }

  /** A statistic, or a dash where it does not exist (an interval with n below 2). */
  static void value(Html h, String text) {
    if (text == null) {
      h.raw("<td class=\"absent\">").text(Labels.NO_ROW).raw("</td>");
    } else {
      h.raw("<td>").text(text).raw("</td>");
    }
  }

  /** A cell of text, left-aligned. */
  static void text(Html h, String text) {
    h.raw("<td class=\"text\">").text(text).raw("</td>");
  }
}
