package org.painoutcomes.privacy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import org.painoutcomes.tables.FlowRow;

/**
 * The drops on participant_flow's lines for {@link DisclosureAudit} (SPEC 7.3: enrolled ->
 * attended_any -> baseline of a measure -> followup of that measure at one timepoint). Every two
 * known counts on a line are compared, not only neighbours: their difference counts people too.
 */
final class FlowLines {

  private FlowLines() {}

  /** Adds a violation per small drop; returns how many pairs of counts were compared. */
  static long checkDrops(List<FlowRow> rows, CountKnowledge knowledge, LongPredicate small, List<String> violations) {
    Map<String, List<FlowRow>> bySiteCondition = new LinkedHashMap<>();
    for (FlowRow r : rows) {
      bySiteCondition.computeIfAbsent(r.site() + "/" + r.condition(), k -> new ArrayList<>()).add(r);
    }
    Set<String> compared = new HashSet<>();
    long pairs = 0;
    for (List<FlowRow> group : bySiteCondition.values()) {
      for (List<String> line : lines(group)) {
        for (int i = 0; i < line.size(); i++) {
          for (int j = i + 1; j < line.size(); j++) {
            if (!compared.add(line.get(i) + ">" + line.get(j))) {
              continue;
            }
            pairs++;
            Long before = knowledge.value(line.get(i));
            Long after = knowledge.value(line.get(j));
            if (before != null && after != null && small.test(before - after)) {
              violations.add(line.get(i) + " to " + line.get(j) + ": drop of " + (before - after));
            }
          }
        }
      }
    }
    return pairs;
  }

  private static List<List<String>> lines(List<FlowRow> group) {
    List<String> head = new ArrayList<>();
    for (String stage : List.of(FlowRow.STAGE_ENROLLED, FlowRow.STAGE_ATTENDED_ANY)) {
      group.stream().filter(r -> stage.equals(r.stage())).forEach(r -> head.add(PublicRowLabels.of(r)));
    }
    List<List<String>> lines = new ArrayList<>();
    lines.add(head);
    for (FlowRow end : group) {
      boolean baseline = FlowRow.STAGE_BASELINE.equals(end.stage());
      if (!baseline && !FlowRow.STAGE_FOLLOWUP.equals(end.stage())) {
        continue;
      }
      List<String> line = new ArrayList<>(head);
      if (!baseline) {
        // The baseline row of the followup's measure, where the table has it.
        group.stream()
            .filter(r -> FlowRow.STAGE_BASELINE.equals(r.stage()) && end.measure().equals(r.measure()))
            .forEach(r -> line.add(PublicRowLabels.of(r)));
      }
      line.add(PublicRowLabels.of(end));
      lines.add(line);
    }
    return lines;
  }
}
