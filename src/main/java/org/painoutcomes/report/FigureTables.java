package org.painoutcomes.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The tables right after the outcome charts: the very values each chart draws, one column group
 * per timepoint (panel). Suppressed values are one marker cell per timepoint, never 0.
 */
final class FigureTables {
  static final List<String> IMPROVEMENT_COLUMNS = List.of("n", "Mean (95% CI)");
  static final List<String> RATE_COLUMNS = List.of("Responders / evaluable", "Rate, % (95% CI)");

  private FigureTables() {}

  /** Improvement rows by timepoint; {@code panels} are aligned row for row. */
  static void improvement(Html h, String caption, List<String> timepoints, List<List<ForestRow>> panels, int decimals) {
    List<ForestRow> first = panels.get(0);
    open(h, caption, timepoints, IMPROVEMENT_COLUMNS);
    rows(h, first.size(), i -> first.get(i).section(), i -> first.get(i).label(), IMPROVEMENT_COLUMNS.size(),
        timepoints.size(), (i, k) -> improvementCells(h, panels.get(k).get(i), decimals));
    TableMarkup.close(h);
  }

  /** Responder rows by timepoint; {@code panels} are aligned row for row. */
  static void rates(Html h, String caption, List<String> timepoints, List<List<RateRow>> panels) {
    List<RateRow> first = panels.get(0);
    open(h, caption, timepoints, RATE_COLUMNS);
    rows(h, first.size(), i -> first.get(i).section(), i -> first.get(i).label(), RATE_COLUMNS.size(),
        timepoints.size(), (i, k) -> rateCells(h, panels.get(k).get(i)));
    TableMarkup.close(h);
  }

  private interface Cells {
    void write(int row, int panel);
  }

  private static void rows(Html h, int count, Function<Integer, String> section, Function<Integer, String> label,
      int columnsPerPanel, int panels, Cells cells) {
    String current = OutcomeChartModels.SECTION_ALL; // the all-participants row needs no heading
    for (int i = 0; i < count; i++) {
      if (!Objects.equals(current, section.apply(i))) {
        current = section.apply(i);
        TableMarkup.section(h, current, 1 + columnsPerPanel * panels);
      }
      TableMarkup.rowStart(h, label.apply(i), OutcomeChartModels.SECTION_ALL.equals(section.apply(i)));
      for (int k = 0; k < panels; k++) {
        cells.write(i, k);
      }
      TableMarkup.rowEnd(h);
    }
  }

  private static void open(Html h, String caption, List<String> timepoints, List<String> columns) {
    TableMarkup.scrollStart(h, 1 + timepoints.size() * columns.size());
    h.element("caption", null, caption);
    h.raw("<thead><tr><th scope=\"col\" rowspan=\"2\" class=\"text\">").text("Group").raw("</th>");
    for (String t : timepoints) {
      h.raw("<th scope=\"colgroup\" colspan=\"" + columns.size() + "\" class=\"group\">")
          .text(Labels.timepoint(t)).raw("</th>");
    }
    h.raw("</tr>\n<tr>");
    for (int k = 0; k < timepoints.size(); k++) {
      columns.forEach(c -> h.raw("<th scope=\"col\">").text(c).raw("</th>"));
    }
    h.raw("</tr></thead>\n<tbody>\n");
  }

  /** n and mean (95% CI): two cells, or one marker (or dash) cell across them. */
  static void improvementCells(Html h, ForestRow r, int decimals) {
    if (r.suppressed()) {
      TableMarkup.suppressed(h, 2);
    } else if (r.absent()) {
      TableMarkup.absent(h, 2);
    } else {
      TableMarkup.count(h, CountCell.shown(r.n()));
      TableMarkup.value(h, r.estimate() == null ? null : ChartRows.estimateText(r.estimate(), r.low(), r.high(), decimals));
    }
  }

  /** Responders / evaluable and rate (95% CI): two cells, or one marker (or dash) cell across them. */
  static void rateCells(Html h, RateRow r) {
    if (r.suppressed()) {
      TableMarkup.suppressed(h, 2);
    } else if (r.absent()) {
      TableMarkup.absent(h, 2);
    } else {
      h.raw("<td class=\"count\">").text(NumberText.count(r.responders()) + " / " + NumberText.count(r.responderN()))
          .raw("</td>");
      TableMarkup.value(h, r.rate() == null ? ChartRows.NOT_EVALUABLE : ChartRows.percentText(r.rate(), r.low(), r.high()));
    }
  }
}
