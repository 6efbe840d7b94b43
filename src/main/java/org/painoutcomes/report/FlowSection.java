package org.painoutcomes.report;

import static org.painoutcomes.tables.FlowRow.STAGE_ATTENDED_ANY;
import static org.painoutcomes.tables.FlowRow.STAGE_BASELINE;
import static org.painoutcomes.tables.FlowRow.STAGE_ENROLLED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The participant flow: the CONSORT-style diagram, its table, and the table by site and condition. */
final class FlowSection {
  static final String ID = "participant-flow";

  private FlowSection() {}

  static void render(Html h, ReportModel model) {
    OutcomeSections.heading(h, ID, "Participant flow");
    h.element("p", null,
        "From enrollment to the follow-ups that enter the analysis, all sites and conditions. Each follow-up"
            + " timepoint is counted separately from the baseline of its measure: a participant can have a"
            + " Week 12 follow-up without a Week 6 one.");
    FlowDiagramData d = model.flowDiagram();
    h.raw("<figure id=\"" + ID + "-diagram\">\n<figcaption><strong>Participant flow, all sites and conditions.</strong> ")
        .text("Dashed boxes: suppressed counts.")
        .raw("</figcaption>\n<div class=\"panels\">\n");
    h.raw(SvgFlowDiagram.render(ID + "-title", "Participant flow, all sites and all conditions", d));
    h.raw("</div>\n</figure>\n");
    diagramTable(h, d);
    siteTable(h, model.flowTable());
    h.raw("</section>\n");
  }

  private static void diagramTable(Html h, FlowDiagramData d) {
    TableMarkup.open(h, "Participant flow, all sites and conditions: values in the diagram above",
        List.of("Stage", "Participants"));
    stageRow(h, "Enrolled", d.enrolled());
    stageRow(h, "Attended at least one session", d.attended());
    if (d.didNotAttend() != null) {
      stageRow(h, "Attended no session", CountCell.shown(d.didNotAttend()));
    }
    TableMarkup.close(h);
    List<String> headings = new ArrayList<>(List.of("Measure", "Baseline"));
    d.timepoints().forEach(t -> headings.add("Follow-up: " + Labels.timepoint(t)));
    TableMarkup.open(h, "Participants with a baseline, and with a follow-up at each timepoint", headings);
    for (FlowDiagramData.MeasureFlow m : d.measures()) {
      TableMarkup.rowStart(h, Labels.measure(m.measure()), false);
      TableMarkup.count(h, m.baseline());
      m.followups().forEach(c -> TableMarkup.count(h, c));
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  private static void stageRow(Html h, String stage, CountCell c) {
    TableMarkup.rowStart(h, stage, false);
    TableMarkup.count(h, c);
    TableMarkup.rowEnd(h);
  }

  /**
   * The counts by site and condition, split so that no table is wider than the page: one table
   * of enrollment, attendance and baselines, then one per follow-up timepoint, each headed by
   * site and condition. Lines suppressed in every column of a table are folded into one line.
   */
  private static void siteTable(Html h, FlowTableData t) {
    h.raw("<h3 id=\"" + ID + "-by-site\">").text("By site and condition").raw("</h3>\n");
    h.element("p", "class=\"note\"",
        "One table for enrollment, attendance and baselines, then one per follow-up timepoint, with one"
            + " column per measure headed by its code.");
    Map<String, List<Integer>> parts = new LinkedHashMap<>();
    for (int i = 0; i < t.columns().size(); i++) {
      FlowTableData.Column c = t.columns().get(i);
      String part = c.timepoint() == null ? "Enrollment, attendance and baseline" : groupLabel(c);
      parts.computeIfAbsent(part, k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> part : parts.entrySet()) {
      sitePart(h, t, part.getKey(), part.getValue());
    }
  }

  private static void sitePart(Html h, FlowTableData t, String title, List<Integer> columns) {
    TableMarkup.scrollStart(h, 2 + columns.size());
    h.element("caption", null, "Participants by site and primary condition: " + title);
    h.raw("<thead><tr><th scope=\"col\" class=\"text\">Site</th><th scope=\"col\" class=\"text\">Condition</th>");
    for (int i : columns) {
      FlowTableData.Column c = t.columns().get(i);
      String head = c.measure() == null ? groupLabel(c)
          : STAGE_BASELINE.equals(c.stage()) ? "Baseline " + c.measure() : c.measure();
      h.raw("<th scope=\"col\">").text(head).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    List<String> folded = new ArrayList<>();
    for (FlowTableData.Line line : t.rows()) {
      List<CountCell> cells = columns.stream().map(i -> line.cells().get(i)).toList();
      if (cells.stream().allMatch(CountCell::suppressed)) {
        folded.add(Labels.site(line.site()) + ", " + Labels.condition(line.condition()));
        continue;
      }
      TableMarkup.rowStart(h, Labels.site(line.site()), false);
      TableMarkup.text(h, Labels.condition(line.condition()));
      cells.forEach(c -> TableMarkup.count(h, c));
      TableMarkup.rowEnd(h);
    }
    if (!folded.isEmpty()) {
      h.raw("<tr class=\"folded\"><th scope=\"row\" colspan=\"2\" class=\"wrap\">")
          .text(folded.size() + (folded.size() == 1 ? " line" : " lines") + " suppressed in every column: "
              + String.join("; ", folded))
          .raw("</th>");
      TableMarkup.suppressed(h, columns.size());
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
  }

  private static String groupLabel(FlowTableData.Column c) {
    return switch (c.stage()) {
      case STAGE_ENROLLED -> "Enrolled";
      case STAGE_ATTENDED_ANY -> "Attended";
      case STAGE_BASELINE -> "Baseline";
      default -> "Follow-up: " + Labels.timepoint(c.timepoint());
    };
  }
}
