package org.painoutcomes.report;

import static org.painoutcomes.tables.FlowRow.STAGE_ATTENDED_ANY;
import static org.painoutcomes.tables.FlowRow.STAGE_BASELINE;
import static org.painoutcomes.tables.FlowRow.STAGE_ENROLLED;
import static org.painoutcomes.tables.FlowRow.STAGE_FOLLOWUP;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.privacy.PublicFlowRow;

/** The flow diagram and the flow table, from public/participant_flow (SPEC 7.3). */
final class FlowModels {
  private record Key(String site, String condition, String stage, String measure, String timepoint) {}

  private final Map<Key, CountCell> cells = new HashMap<>();
  private final List<FlowRow> rows;
  private final ReportOrder order;

  FlowModels(List<PublicFlowRow> flow, ReportOrder order) {
    this.order = order;
    this.rows = flow.stream().map(PublicFlowRow::row).toList();
    for (PublicFlowRow p : flow) {
      FlowRow r = p.row();
      // a suppressed count, or one with no value, is hidden: never read as 0
      CountCell c = p.suppressed() || r.participants() == null ? CountCell.hidden() : CountCell.shown(r.participants());
      cells.putIfAbsent(new Key(r.site(), r.condition(), r.stage(), r.measure(), r.timepoint()), c);
    }
  }

  /** The count of a stage, or {@link CountCell#ABSENT} where the table has no such row. */
  CountCell count(String site, String condition, String stage, String measure, String timepoint) {
    return cells.getOrDefault(new Key(site, condition, stage, measure, timepoint), CountCell.ABSENT);
  }

  /** Participants analysed for a measure at a timepoint: the follow-up count at site ALL, condition ALL. */
  CountCell analysed(String measure, String timepoint) {
    return count(ALL, ALL, STAGE_FOLLOWUP, measure, timepoint);
  }

  /** Measures that appear in the flow table, in report order. */
  List<String> measures() {
    return rows.stream().map(FlowRow::measure).filter(Objects::nonNull).distinct().sorted(order.measures()).toList();
  }

  /** Timepoints that appear in the flow table, in report order. */
  List<String> timepoints() {
    return rows.stream().map(FlowRow::timepoint).filter(Objects::nonNull).distinct().sorted(order.timepoints()).toList();
  }

  FlowDiagramData diagram(List<String> measures, List<String> timepoints) {
    CountCell enrolled = count(ALL, ALL, STAGE_ENROLLED, null, null);
    CountCell attended = count(ALL, ALL, STAGE_ATTENDED_ANY, null, null);
    // SPEC 7.3 rule 2: a drop between two shown adjacent counts on a line is 0 or >= threshold
    Long drop = enrolled.isShown() && attended.isShown() ? enrolled.value() - attended.value() : null;
    List<FlowDiagramData.MeasureFlow> lines = new ArrayList<>();
    for (String m : measures) {
      List<CountCell> followups = timepoints.stream().map(t -> count(ALL, ALL, STAGE_FOLLOWUP, m, t)).toList();
      lines.add(new FlowDiagramData.MeasureFlow(m, count(ALL, ALL, STAGE_BASELINE, m, null), followups));
    }
    return new FlowDiagramData(enrolled, attended, drop, timepoints, lines);
  }

  FlowTableData table(List<String> measures, List<String> timepoints) {
    List<FlowTableData.Column> columns = new ArrayList<>();
    columns.add(new FlowTableData.Column(STAGE_ENROLLED, null, null));
    columns.add(new FlowTableData.Column(STAGE_ATTENDED_ANY, null, null));
    measures.forEach(m -> columns.add(new FlowTableData.Column(STAGE_BASELINE, m, null)));
    for (String t : timepoints) {
      measures.forEach(m -> columns.add(new FlowTableData.Column(STAGE_FOLLOWUP, m, t)));
    }
    List<Key> pairs =
        rows.stream()
            .map(r -> new Key(r.site(), r.condition(), null, null, null))
            .distinct()
            .sorted((a, b) -> {
              int s = order.sites().compare(a.site(), b.site());
              return s != 0 ? s : order.conditions().compare(a.condition(), b.condition());
            })
            .toList();
    List<FlowTableData.Line> lines = new ArrayList<>();
    for (Key p : pairs) {
      List<CountCell> counts =
          columns.stream().map(c -> count(p.site(), p.condition(), c.stage(), c.measure(), c.timepoint())).toList();
      lines.add(new FlowTableData.Line(p.site(), p.condition(), counts));
    }
    return new FlowTableData(columns, lines);
  }
}
