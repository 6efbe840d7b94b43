package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shortens the rows of a figure (panels aligned row for row) before it is drawn: within each
 * section, the groups suppressed at every timepoint become one line saying how many they are and
 * which (where two or more), and the groups with no row at any timepoint (nobody in them),
 * configured groups the public table has no row for included, one line with "—", so no group
 * vanishes without a word. A group suppressed at some timepoints and not at others keeps its own
 * line. The all-participants row is never folded. The model keeps its rows; only the page is
 * shortened.
 */
final class CollapsedRows {
  /** Makes the folded line of a section: suppressed (the marker) or absent (a dash). */
  interface Line<T> {
    T make(String section, String label, boolean suppressed);
  }

  private CollapsedRows() {}

  /**
   * @param configured per section heading, every group the configuration names, as labelled
   */
  static <T extends ChartRow> List<List<T>> collapse(
      List<List<T>> panels, Line<T> line, Map<String, List<String>> configured) {
    List<T> first = panels.get(0);
    Map<String, List<Integer>> sections = new LinkedHashMap<>();
    for (int i = 0; i < first.size(); i++) {
      sections.computeIfAbsent(first.get(i).section(), s -> new ArrayList<>()).add(i);
    }
    List<List<T>> out = new ArrayList<>();
    panels.forEach(p -> out.add(new ArrayList<>()));
    for (Map.Entry<String, List<Integer>> e : sections.entrySet()) {
      List<Integer> hidden = new ArrayList<>();
      List<Integer> empty = new ArrayList<>();
      for (int i : e.getValue()) {
        boolean all = OutcomeChartModels.SECTION_ALL.equals(e.getKey());
        if (!all && panels.stream().allMatch(p -> p.get(i).suppressed())) {
          hidden.add(i);
        } else if (!all && panels.stream().allMatch(p -> p.get(i).absent())) {
          empty.add(i);
        }
      }
      boolean foldHidden = hidden.size() >= 2;
      for (int i : e.getValue()) {
        if ((foldHidden && hidden.contains(i)) || empty.contains(i)) {
          continue;
        }
        for (int k = 0; k < panels.size(); k++) {
          out.get(k).add(panels.get(k).get(i));
        }
      }
      if (foldHidden) {
        String label = hidden.size() + " groups suppressed at every timepoint: " + labels(first, hidden);
        out.forEach(p -> p.add(line.make(e.getKey(), label, true)));
      }
      List<String> none = new ArrayList<>(empty.stream().map(i -> first.get(i).label()).toList());
      List<String> present = e.getValue().stream().map(i -> first.get(i).label()).toList();
      configured.getOrDefault(e.getKey(), List.of()).stream().filter(g -> !present.contains(g)).forEach(none::add);
      if (!none.isEmpty()) {
        String label = (none.size() == 1 ? "No one in " : none.size() + " groups with no one in them: ")
            + String.join(", ", none);
        out.forEach(p -> p.add(line.make(e.getKey(), label, false)));
      }
    }
    return out;
  }

  static List<List<ForestRow>> improvement(List<List<ForestRow>> panels, Map<String, List<String>> configured) {
    return collapse(panels, (section, label, suppressed) ->
        new ForestRow(section, label, null, null, null, null, suppressed), configured);
  }

  static List<List<RateRow>> rates(List<List<RateRow>> panels, Map<String, List<String>> configured) {
    return collapse(panels, (section, label, suppressed) ->
        new RateRow(section, label, null, null, null, null, null, suppressed), configured);
  }

  private static <T extends ChartRow> String labels(List<T> rows, List<Integer> indices) {
    return String.join(", ", indices.stream().map(i -> rows.get(i).label()).toList());
  }
}
