package org.painoutcomes.report;

import static org.painoutcomes.summarize.FlowRow.STAGE_ATTENDED_ANY;
import static org.painoutcomes.summarize.FlowRow.STAGE_BASELINE;
import static org.painoutcomes.summarize.FlowRow.STAGE_ENROLLED;

import java.util.ArrayList;
import java.util.List;

/** The participant flow: the CONSORT-style diagram, its table, and the table by site and condition. */
final class FlowSection {
  static final String ID = "participant-flow";

  private FlowSection() {}

  static void render(Html h, ReportModel model) {
    OutcomeSections.heading(h, ID, "Participant flow");
    h.element("p", null,
        "From enrolment to the follow-ups that enter the analysis, all sites and conditions. Each follow-up"
            + " timepoint is counted separately from the baseline of its measure: a participant can have a"
            + " Week 12 follow-up without a Week 6 one.");
    FlowDiagramData d = model.flowDiagram();
    h.raw("<figure id=\"" + ID + "-diagram\">\n<figcaption><strong>Participant flow, all sites and conditions.</strong> ")
        .text("Dashed boxes: suppressed counts.")
        .raw("</figcaption>\n<div class=\"fig-scroll\">\n");
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

  private static void siteTable(Html h, FlowTableData t) {
    h.raw("<h3 id=\"" + ID + "-by-site\">").text("By site and condition").raw("</h3>\n");
    h.raw("<div class=\"table-scroll\"><table>\n");
    h.element("caption", null, "Participants at each stage, by site and primary condition");
    // two header rows: the stage (and timepoint) over its measures
    h.raw("<thead><tr><th scope=\"col\" rowspan=\"2\" class=\"text\">Site</th>"
        + "<th scope=\"col\" rowspan=\"2\" class=\"text\">Condition</th>");
    List<String> groups = new ArrayList<>();
    List<Integer> spans = new ArrayList<>();
    for (FlowTableData.Column c : t.columns()) {
      String g = groupLabel(c);
      if (!groups.isEmpty() && groups.get(groups.size() - 1).equals(g)) {
        spans.set(spans.size() - 1, spans.get(spans.size() - 1) + 1);
      } else {
        groups.add(g);
        spans.add(1);
      }
    }
    for (int i = 0; i < groups.size(); i++) {
      h.raw("<th scope=\"colgroup\" colspan=\"" + spans.get(i) + "\" class=\"group\">").text(groups.get(i)).raw("</th>");
    }
    h.raw("</tr>\n<tr>");
    for (FlowTableData.Column c : t.columns()) {
      h.raw("<th scope=\"col\">").text(c.measure() == null ? "" : c.measure()).raw("</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for (FlowTableData.Line line : t.rows()) {
      TableMarkup.rowStart(h, Labels.site(line.site()), false);
      TableMarkup.text(h, Labels.condition(line.condition()));
      line.cells().forEach(c -> TableMarkup.count(h, c));
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
    h.element("p", "class=\"note\"",
        "Under Baseline and each Follow-up, one column per measure, headed by its code.");
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
