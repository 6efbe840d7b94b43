package org.painoutcomes.report;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.painoutcomes.contract.Direction;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;

/**
 * public/outcome_change indexed by its key, and turned into chart rows. Reads suppression only
 * from the public row: a hidden n hides the whole row, hidden responder counts hide the rate.
 */
final class OutcomeRows {
  private record Key(String grouping, String group, String condition, String measure, String timepoint) {}

  private final Map<Key, PublicOutcomeChangeRow> byKey = new HashMap<>();
  private final List<PublicOutcomeChangeRow> rows;

  OutcomeRows(List<PublicOutcomeChangeRow> rows) {
    this.rows = rows;
    for (PublicOutcomeChangeRow p : rows) {
      OutcomeChangeRow r = p.row();
      byKey.putIfAbsent(new Key(r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint()), p);
    }
  }

  /** The row of this key, or null when the public table has none (no change records). */
  PublicOutcomeChangeRow find(String grouping, String group, String condition, String measure, String timepoint) {
    return byKey.get(new Key(grouping, group, condition, measure, timepoint));
  }

  /** The groups (not ALL) of a grouping at one condition that have a row at any of the timepoints, in order. */
  List<String> groupsOf(
      String grouping, String condition, String measure, List<String> timepoints, Comparator<String> order) {
    return labelsOf(
        measure, timepoints, r -> grouping.equals(r.grouping()) && condition.equals(r.condition()),
        OutcomeChangeRow::group, order);
  }

  /** The conditions (not ALL) of one group that have a row at any of the timepoints, in order. */
  List<String> conditionsOf(
      String grouping, String group, String measure, List<String> timepoints, Comparator<String> order) {
    return labelsOf(
        measure, timepoints, r -> grouping.equals(r.grouping()) && group.equals(r.group()),
        OutcomeChangeRow::condition, order);
  }

  /** The labels (not ALL) in one column of the rows of a measure that pass {@code in}, in order. */
  private List<String> labelsOf(
      String measure, List<String> timepoints, Predicate<OutcomeChangeRow> in, Function<OutcomeChangeRow, String> column,
      Comparator<String> order) {
    return cell(measure, timepoints)
        .filter(in)
        .map(column)
        .filter(v -> !OutcomeChangeRow.ALL.equals(v))
        .distinct()
        .sorted(order)
        .toList();
  }

  private Stream<OutcomeChangeRow> cell(String measure, List<String> timepoints) {
    return rows.stream()
        .map(PublicOutcomeChangeRow::row)
        .filter(r -> measure.equals(r.measure()) && timepoints.contains(r.timepoint()));
  }

  /** Every measure (or timepoint) that has a row. */
  Stream<String> values(Function<OutcomeChangeRow, String> column) {
    return rows.stream().map(PublicOutcomeChangeRow::row).map(column).filter(Objects::nonNull);
  }

  /** The timepoints at which a measure has any row, in the given order. */
  List<String> timepointsOf(String measure, List<String> timepoints) {
    return timepoints.stream()
        .filter(t -> rows.stream().anyMatch(p -> measure.equals(p.row().measure()) && t.equals(p.row().timepoint())))
        .toList();
  }

  /**
   * The improvement row of a public row (SPEC 6: improvement = -change where lower is better); an
   * absent row (all values null, not suppressed) where the public table has none.
   */
  static ForestRow improvement(String section, String label, PublicOutcomeChangeRow p) {
    if (p == null) {
      return new ForestRow(section, label, null, null, null, null, false);
    }
    OutcomeChangeRow r = p.row();
    if (PublicOutcomeChangeRow.SUPPRESSED_N.equals(p.suppressed()) || r.n() == null) {
      return new ForestRow(section, label, null, null, null, null, true);
    }
    if (direction(r) == Direction.LOWER_IS_BETTER) {
      // turning the sign swaps the ends of the interval
      return new ForestRow(
          section, label, r.n(), negate(r.changeMean()), negate(r.changeCiHigh()), negate(r.changeCiLow()), false);
    }
    return new ForestRow(section, label, r.n(), r.changeMean(), r.changeCiLow(), r.changeCiHigh(), false);
  }

  /** The responder row of a public row; hidden when its n or its responder counts are; absent for no row. */
  static RateRow responders(String section, String label, PublicOutcomeChangeRow p) {
    if (p == null) {
      return new RateRow(section, label, null, null, null, null, null, false);
    }
    OutcomeChangeRow r = p.row();
    if (p.suppressed() != null || r.n() == null || r.responderN() == null || r.responders() == null) {
      return new RateRow(section, label, null, null, null, null, null, true);
    }
    return new RateRow(
        section, label, r.responderN(), r.responders(), r.responderRate(), r.responderCiLow(), r.responderCiHigh(),
        false);
  }

  /** The row's direction column; the instrument's where the column is empty. */
  static Direction direction(OutcomeChangeRow r) {
    for (Direction d : Direction.values()) {
      if (d.label().equals(r.direction())) {
        return d;
      }
    }
    Instrument i = Instrument.byCode(r.measure());
    return i == null ? Direction.LOWER_IS_BETTER : i.direction();
  }

  /** The direction of a measure by its instrument (for labels of charts with no shown row). */
  static Direction direction(String measure) {
    Instrument i = Instrument.byCode(measure);
    return i == null ? Direction.LOWER_IS_BETTER : i.direction();
  }

  private static Double negate(Double v) {
    // 0.0 stays 0.0: a turned zero must not print as -0
    return v == null ? null : (v == 0 ? 0.0 : -v);
  }
}
