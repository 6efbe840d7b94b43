package org.painoutcomes.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.privacy.PublicAdjustedEffectRow;

/**
 * "What works for whom": public/adjusted_effects (SPEC 7.5) on the page, right after the key
 * results. Per condition (all participants first), a forest plot per measure of the adjusted
 * improvement per attended session of each modality with its 95% interval at {@value
 * #DEFAULT_TIMEPOINT}; every timepoint in a table a click away; a sentence naming the modalities
 * whose interval lies above zero with a q-value below {@value #Q_LEVEL}; and the caveat that these
 * are adjusted associations. Also writes the table beside the page as {@value #CSV}.
 */
final class AdjustedEffectsSection {
  static final String ID = "adjusted-effects";
  static final String CSV = "adjusted_effects.csv";
  static final String DEFAULT_TIMEPOINT = "WEEK_12";
  static final double Q_LEVEL = 0.05;
  static final String CAVEAT =
      "These are adjusted associations, not randomized comparisons. Participants chose, or were offered,"
          + " their modalities and how often to come; the models hold baseline score, age band, sex, site"
          + " (and condition, for all participants) fixed, but not what was not measured, such as motivation"
          + " or other care. A modality attended mostly together with another shares its credit with it.";

  private AdjustedEffectsSection() {}

  static void render(Html h, ReportData data) {
    ReportOrder order = new ReportOrder(data.config());
    Map<String, List<PublicAdjustedEffectRow>> byCondition = new LinkedHashMap<>();
    data.adjustedEffects().stream()
        .sorted(Comparator.comparing(PublicAdjustedEffectRow::condition, order.conditions()))
        .forEach(r -> byCondition.computeIfAbsent(r.condition(), k -> new ArrayList<>()).add(r));
    h.raw("<section aria-labelledby=\"" + ID + "\">\n<h2 class=\"part\" id=\"" + ID + "\">")
        .text("What works for whom: improvement per session, adjusted").raw("</h2>\n");
    h.element("p", null,
        "For each condition, measure and timepoint, a regression estimates how much more a participant improved"
            + " with each additional attended session of a modality, comparing participants with the same baseline"
            + " score, age band, sex and site. Positive is better for every measure. The 95% intervals allow for"
            + " participants of one cohort being alike. Figures show " + Labels.timepoint(DEFAULT_TIMEPOINT)
            + "; the table under each condition has every timepoint. A modality is "
            + Labels.SUPPRESSED + " where fewer than " + data.config().suppressionThreshold()
            + " participants in the model attended it, or did not.");
    h.raw("<div class=\"caveat\"><strong>").text("Read with care. ").raw("</strong>").text(CAVEAT).raw("</div>\n");
    if (byCondition.isEmpty()) {
      h.element("p", "class=\"note\"", "No model could be fitted: no rows in the public table.");
    }
    for (Map.Entry<String, List<PublicAdjustedEffectRow>> e : byCondition.entrySet()) {
      condition(h, e.getKey(), e.getValue(), order);
    }
    h.raw("</section>\n");
  }

  private static void condition(Html h, String condition, List<PublicAdjustedEffectRow> rows, ReportOrder order) {
    String name = Labels.condition(condition);
    h.raw("<h3 id=\"" + Html.id(ID, condition) + "\">").text(name).raw("</h3>\n");
    h.element("p", "class=\"finding\"", finding(name, rows, order));
    List<String> measures = rows.stream().map(PublicAdjustedEffectRow::measure).distinct().sorted(order.measures()).toList();
    h.element("p", "class=\"note\"", "Improvement per attended session at " + Labels.timepoint(DEFAULT_TIMEPOINT)
        + ", with its 95% interval; right of the zero line is better.");
    h.raw("<div style=\"display:flex;flex-wrap:wrap;gap:8px 20px\">\n");
    for (String measure : measures) {
      List<PublicAdjustedEffectRow> shown =
          rows.stream().filter(r -> r.measure().equals(measure) && r.timepoint().equals(DEFAULT_TIMEPOINT)).toList();
      if (!shown.isEmpty()) {
        plot(h, condition, measure, shown);
      }
    }
    h.raw("</div>\n<details><summary>").text(name + ": every measure and timepoint as a table").raw("</summary>\n");
    table(h, rows, order);
    h.raw("</details>\n");
  }

  /**
   * The sentence of a condition: the modalities whose 95% interval lies above zero with a q-value
   * below the level at the default timepoint, each with the measures where it does ("every
   * measure" when all the condition's measures there).
   */
  static String finding(String name, List<PublicAdjustedEffectRow> rows, ReportOrder order) {
    List<PublicAdjustedEffectRow> atDefault = rows.stream().filter(r -> r.timepoint().equals(DEFAULT_TIMEPOINT)).toList();
    long measures = atDefault.stream().map(PublicAdjustedEffectRow::measure).distinct().count();
    Map<String, List<String>> measuresByModality = new LinkedHashMap<>();
    atDefault.stream()
        .filter(AdjustedEffectsSection::clearlyPositive)
        .sorted(Comparator.comparing(PublicAdjustedEffectRow::measure, order.measures()))
        .forEach(r -> measuresByModality.computeIfAbsent(r.term(), k -> new ArrayList<>()).add(r.measure()));
    String when = name + ", " + Labels.timepoint(DEFAULT_TIMEPOINT) + ": ";
    String level = NumberText.plain(Q_LEVEL);
    if (measuresByModality.isEmpty()) {
      return when + "no modality's 95% interval lies above zero with a q-value below " + level + ".";
    }
    List<String> parts = new ArrayList<>();
    measuresByModality.keySet().stream()
        .sorted(order.groups(OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE))
        .forEach(m -> {
          List<String> where = measuresByModality.get(m);
          parts.add(Labels.humanize(m) + " (" + (where.size() == measures && measures > 1 ? "every measure" : String.join(", ", where)) + ")");
        });
    return when + "more sessions go with more improvement (95% interval above zero, q below " + level + ") for "
        + String.join("; ", parts) + ".";
  }

  static boolean clearlyPositive(PublicAdjustedEffectRow r) {
    return !r.suppressed() && r.ciLow() != null && r.ciLow() > 0 && r.qValue() != null && r.qValue() < Q_LEVEL;
  }

  private static void plot(Html h, String condition, String measure, List<PublicAdjustedEffectRow> rows) {
    List<SvgForestPlot.Line> lines = new ArrayList<>();
    List<SvgForestPlot.Mark> marks = new ArrayList<>();
    double low = 0;
    double high = 0;
    for (PublicAdjustedEffectRow r : rows) {
      lines.add(new SvgForestPlot.Line(Labels.humanize(r.term()), false, false));
      if (r.suppressed()) {
        marks.add(SvgForestPlot.Mark.word(Labels.SUPPRESSED));
      } else {
        marks.add(new SvgForestPlot.Mark(r.estimate(), r.ciLow(), r.ciHigh(), null));
        low = Math.min(low, r.ciLow());
        high = Math.max(high, r.ciHigh());
      }
    }
    SvgForestPlot.Axis axis =
        new SvgForestPlot.Axis(AxisScale.covering(low, high), "Per session, " + Labels.unit(measure), "worse", "better", null);
    String title = Labels.measure(measure) + ", " + Labels.timepoint(DEFAULT_TIMEPOINT) + " (" + Labels.condition(condition) + ")";
    h.raw("<figure id=\"" + Html.id(ID, condition, measure, "figure") + "\" style=\"margin:6px 0\">\n")
        .raw(SvgForestPlot.render(Html.id(ID, condition, measure, "title"), title, lines, axis,
            List.of(new SvgForestPlot.Panel(Labels.measure(measure), marks))))
        .raw("</figure>\n");
  }

  private static void table(Html h, List<PublicAdjustedEffectRow> rows, ReportOrder order) {
    TableMarkup.open(h, null, List.of("Measure", "Timepoint", "Modality", "Per session (95% CI)", "p", "q"), 3);
    for (PublicAdjustedEffectRow r : rows.stream().sorted(tableOrder(order)).toList()) {
      h.raw("<tr>");
      TableMarkup.text(h, Labels.measure(r.measure()));
      TableMarkup.text(h, Labels.timepoint(r.timepoint()));
      TableMarkup.text(h, Labels.humanize(r.term()));
      if (r.suppressed()) {
        TableMarkup.suppressed(h, 3);
      } else {
        int decimals = Labels.decimals(r.measure()) + 1;
        TableMarkup.value(h, ChartRows.estimateText(r.estimate(), r.ciLow(), r.ciHigh(), decimals));
        TableMarkup.value(h, r.pValue() == null ? null : NumberText.fixed(r.pValue(), 3));
        TableMarkup.value(h, r.qValue() == null ? null : NumberText.fixed(r.qValue(), 3));
      }
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  private static Comparator<PublicAdjustedEffectRow> tableOrder(ReportOrder order) {
    return Comparator.comparing(PublicAdjustedEffectRow::condition, order.conditions())
        .thenComparing(PublicAdjustedEffectRow::measure, order.measures())
        .thenComparing(PublicAdjustedEffectRow::timepoint, order.timepoints())
        .thenComparing(PublicAdjustedEffectRow::term, order.groups(OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE));
  }

  /** public/adjusted_effects beside the page, in the table's column order (null values empty). */
  static void writeCsv(ReportData data, Path dir) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    for (PublicAdjustedEffectRow r : data.adjustedEffects().stream().sorted(tableOrder(new ReportOrder(data.config()))).toList()) {
      rows.add(Arrays.asList(
          r.condition(), r.measure(), r.timepoint(), r.direction(), r.term(), r.estimate(), r.stdError(), r.ciLow(),
          r.ciHigh(), r.pValue(), r.qValue(), r.suppressed()));
    }
    PublicTablesCsv.print(dir.resolve(CSV), PublicAdjustedEffectRow.COLUMNS, rows);
  }
}
