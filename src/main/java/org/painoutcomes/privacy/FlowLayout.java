package org.painoutcomes.privacy;

import static org.painoutcomes.tables.FlowRow.STAGE_ATTENDED_ANY;
import static org.painoutcomes.tables.FlowRow.STAGE_BASELINE;
import static org.painoutcomes.tables.FlowRow.STAGE_ENROLLED;
import static org.painoutcomes.tables.FlowRow.STAGE_FOLLOWUP;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.painoutcomes.tables.FlowRow;

/**
 * Which participant_flow rows relate to which (SPEC 7.3 rules 2 and 3), worked out once from the
 * rows' labels: the lines of the chain, the site and condition partitions, and the tie order.
 */
final class FlowLayout {

  /** The identity of a participant_flow row. */
  record Key(String site, String condition, String stage, String measure, String timepoint) {
    static Key of(FlowRow r) {
      return new Key(r.site(), r.condition(), r.stage(), r.measure(), r.timepoint());
    }
  }

  /** SPEC 7.3 rule 3: ties by site, then condition, by code point. */
  static final Comparator<FlowRow> TIE_ORDER =
      Comparator.comparing(FlowRow::site).thenComparing(FlowRow::condition);

  final List<Partition> partitions = new ArrayList<>();
  /** Each line as row indices from enrolled onwards; a line missing a stage row skips it. */
  final List<int[]> lines = new ArrayList<>();
  private final Map<Key, Integer> index = new HashMap<>();

  FlowLayout(List<FlowRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      FlowRow r = rows.get(i);
      if (r.participants() == null) {
        throw new IllegalArgumentException(
            "participant_flow row " + i + " has no count; suppression needs the restricted table");
      }
      if (index.put(Key.of(r), i) != null) {
        throw new IllegalArgumentException(
            "participant_flow has two rows for one site, condition, stage, measure and timepoint");
      }
    }
    // SPEC 7.3 rule 3: sites under site ALL (same condition, stage, measure, timepoint) ...
    addPartitions(rows, true);
    // ... and conditions under condition ALL (same site, stage, measure, timepoint).
    addPartitions(rows, false);
    addLines(rows);
  }

  /** The row of this identity, or null when the table has none. */
  Integer indexOf(Key key) {
    return index.get(key);
  }

  private void addPartitions(List<FlowRow> rows, boolean overSites) {
    Map<Key, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Key k = Key.of(rows.get(i));
      String label = overSites ? k.site() : k.condition();
      if (!ALL.equals(label)) {
        Key total =
            overSites
                ? new Key(ALL, k.condition(), k.stage(), k.measure(), k.timepoint())
                : new Key(k.site(), ALL, k.stage(), k.measure(), k.timepoint());
        members.computeIfAbsent(total, x -> new ArrayList<>()).add(i);
      }
    }
    members.forEach(
        (totalKey, m) -> {
          Integer total = index.get(totalKey);
          if (total == null) {
            throw new IllegalArgumentException(
                "participant_flow has member rows without their ALL row; it is not a SPEC 7.3 table");
          }
          partitions.add(new Partition(total, m.stream().mapToInt(Integer::intValue).toArray()));
        });
  }

  // SPEC 7.3: enrolled -> attended_any -> baseline of a measure -> followup of that measure at
  // one timepoint; the timepoints are separate lines. A measure without followup rows still
  // has its line up to baseline.
  private void addLines(List<FlowRow> rows) {
    Map<List<String>, List<Integer>> bySiteCondition = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      FlowRow r = rows.get(i);
      bySiteCondition.computeIfAbsent(List.of(r.site(), r.condition()), x -> new ArrayList<>()).add(i);
    }
    for (List<Integer> group : bySiteCondition.values()) {
      Integer enrolled = null;
      Integer attended = null;
      Map<String, Integer> baseline = new TreeMap<>();
      Map<String, List<Integer>> followups = new TreeMap<>();
      for (int i : group) {
        FlowRow r = rows.get(i);
        switch (r.stage()) {
          case STAGE_ENROLLED -> enrolled = i;
          case STAGE_ATTENDED_ANY -> attended = i;
          case STAGE_BASELINE -> baseline.put(r.measure(), i);
          case STAGE_FOLLOWUP -> followups.computeIfAbsent(r.measure(), x -> new ArrayList<>()).add(i);
          default -> throw new IllegalArgumentException("participant_flow has an unknown stage");
        }
      }
      java.util.Set<String> measures = new java.util.TreeSet<>(baseline.keySet());
      measures.addAll(followups.keySet());
      if (measures.isEmpty()) {
        lines.add(line(enrolled, attended, null, null));
      }
      for (String measure : measures) {
        List<Integer> ends = followups.getOrDefault(measure, List.of());
        if (ends.isEmpty()) {
          lines.add(line(enrolled, attended, baseline.get(measure), null));
        }
        for (int end : ends) {
          lines.add(line(enrolled, attended, baseline.get(measure), end));
        }
      }
    }
  }

  private static int[] line(Integer... stages) {
    return java.util.Arrays.stream(stages)
        .filter(java.util.Objects::nonNull)
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
