package org.painoutcomes.privacy;

import static org.painoutcomes.tables.OutcomeChangeRow.ALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_ATTENDANCE_BAND;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_OVERALL;
import static org.painoutcomes.tables.OutcomeChangeRow.GROUPING_PRIMARY_MODALITY;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * Which outcome_change rows relate to which (SPEC 7.2 rules 3 and 4), worked out once from the
 * rows' labels: the partitions, the subset pairs, and the order that breaks ties.
 */
final class OutcomeChangeLayout {

  /** The identity of an outcome_change row (SPEC 7.1: one row per these five). */
  record Key(String grouping, String group, String condition, String measure, String timepoint) {
    static Key of(OutcomeChangeRow r) {
      return new Key(r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint());
    }

    Key withCondition(String c) {
      return new Key(grouping, group, c, measure, timepoint);
    }

    Key overall() {
      return new Key(GROUPING_OVERALL, ALL, condition, measure, timepoint);
    }
  }

  /** SPEC 7.2 rule 3: ties go to the first by group, then condition, by code point. */
  static final Comparator<OutcomeChangeRow> TIE_ORDER =
      Comparator.comparing(OutcomeChangeRow::group).thenComparing(OutcomeChangeRow::condition);

  final List<Partition> partitions = new ArrayList<>();
  /** Pairs {modality_exposure row, overall row of the same condition, measure, timepoint}. */
  final List<int[]> subsetPairs = new ArrayList<>();
  private final Map<Key, Integer> index = new HashMap<>();

  OutcomeChangeLayout(List<OutcomeChangeRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      OutcomeChangeRow r = rows.get(i);
      if (r.n() == null || r.responderN() == null || r.responders() == null) {
        throw new IllegalArgumentException(
            "outcome_change row " + i + " has a null count; suppression needs the restricted table");
      }
      if (index.put(Key.of(r), i) != null) {
        throw new IllegalArgumentException(
            "outcome_change has two rows for one grouping, group, condition, measure and timepoint");
      }
    }
    addConditionPartitions(rows);
    addModalityPartitions(rows, GROUPING_PRIMARY_MODALITY);
    addModalityPartitions(rows, GROUPING_ATTENDANCE_BAND);
    for (int i = 0; i < rows.size(); i++) {
      Key k = Key.of(rows.get(i));
      Integer overall = index.get(k.overall());
      if (GROUPING_MODALITY_EXPOSURE.equals(k.grouping()) && overall != null) {
        subsetPairs.add(new int[] {i, overall});
      }
    }
  }

  /** The row of this identity, or null when the table has none. */
  Integer indexOf(Key key) {
    return index.get(key);
  }

  // SPEC 7.2 rule 3: for each grouping, group, measure and timepoint, condition ALL over the conditions.
  private void addConditionPartitions(List<OutcomeChangeRow> rows) {
    Map<Key, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Key k = Key.of(rows.get(i));
      if (!ALL.equals(k.condition())) {
        members.computeIfAbsent(k.withCondition(ALL), x -> new ArrayList<>()).add(i);
      }
    }
    members.forEach((totalKey, m) -> add(index.get(totalKey), m));
  }

  // SPEC 7.2 rule 3: for each condition, measure and timepoint, the overall row over the grouping's groups.
  private void addModalityPartitions(List<OutcomeChangeRow> rows, String grouping) {
    Map<Key, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Key k = Key.of(rows.get(i));
      if (grouping.equals(k.grouping())) {
        members.computeIfAbsent(k.overall(), x -> new ArrayList<>()).add(i);
      }
    }
    members.forEach((totalKey, m) -> add(index.get(totalKey), m));
  }

  // A total row always exists under SPEC 7.1 (it holds every member's records); without it the
  // members could not be protected, so the table is refused rather than guessed at.
  private void add(Integer total, List<Integer> members) {
    if (total == null) {
      throw new IllegalArgumentException(
          "outcome_change has member rows without their total row; it is not a SPEC 7.1 table");
    }
    partitions.add(new Partition(total, members.stream().mapToInt(Integer::intValue).toArray()));
  }
}
