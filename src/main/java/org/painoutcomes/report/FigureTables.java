package org.painoutcomes.report;

import java.util.List;
import java.util.Objects;

/** The tables right after the outcome charts: the very values each chart draws. */
final class FigureTables {
  static final List<String> IMPROVEMENT_HEADINGS = List.of("Group", "n", "Mean improvement", "95% CI");
  static final List<String> RATE_HEADINGS = List.of("Group", "Responders", "Evaluable", "Rate", "95% CI (Wilson)");

  private FigureTables() {}

  static void improvement(Html h, String caption, List<ForestRow> rows, int decimals) {
    TableMarkup.open(h, caption, IMPROVEMENT_HEADINGS);
    String section = null;
    for (ForestRow r : rows) {
      if (!Objects.equals(section, r.section())) {
        section = r.section();
        TableMarkup.section(h, section, IMPROVEMENT_HEADINGS.size());
      }
      TableMarkup.rowStart(h, r.label(), OutcomeChartModels.SECTION_ALL.equals(r.section()));
      improvementCells(h, r, decimals);
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  static void rates(Html h, String caption, List<RateRow> rows) {
    TableMarkup.open(h, caption, RATE_HEADINGS);
    String section = null;
    for (RateRow r : rows) {
      if (!Objects.equals(section, r.section())) {
        section = r.section();
        TableMarkup.section(h, section, RATE_HEADINGS.size());
      }
      TableMarkup.rowStart(h, r.label(), OutcomeChartModels.SECTION_ALL.equals(r.section()));
      rateCells(h, r);
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  /** n, mean improvement, interval: three cells, or one marker cell across them when suppressed. */
  static void improvementCells(Html h, ForestRow r, int decimals) {
    if (r.suppressed()) {
      TableMarkup.suppressed(h, 3);
      return;
    }
    TableMarkup.count(h, CountCell.shown(r.n()));
    TableMarkup.value(h, r.estimate() == null ? null : NumberText.fixed(r.estimate(), decimals));
    TableMarkup.value(h, r.low() == null || r.high() == null ? null : NumberText.interval(r.low(), r.high(), decimals));
  }

  /** Responders, evaluable, rate, interval: four cells, or one marker cell when suppressed. */
  static void rateCells(Html h, RateRow r) {
    if (r.suppressed()) {
      TableMarkup.suppressed(h, 4);
      return;
    }
    TableMarkup.count(h, CountCell.shown(r.responders()));
    TableMarkup.count(h, CountCell.shown(r.responderN()));
    TableMarkup.value(h, r.rate() == null ? null : NumberText.percent(r.rate(), 1));
    TableMarkup.value(
        h,
        r.low() == null || r.high() == null
            ? null
            : NumberText.percent(r.low(), 1) + " to " + NumberText.percent(r.high(), 1));
  }
}
