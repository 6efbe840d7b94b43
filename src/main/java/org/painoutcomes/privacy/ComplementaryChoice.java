package org.painoutcomes.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;

/**
 * The complementary cell of one partition (SPEC 7.2 rule 3, used by 7.3 rule 3 too): where
 * exactly one row of the partition, total or member, is hidden, the one more row to hide.
 */
final class ComplementaryChoice {

  /** No row is to be hidden. */
  static final int NONE = -1;

  private ComplementaryChoice() {}

  /**
   * The row to hide, or {@link #NONE}: nothing when the partition does not have exactly one row
   * hidden; else the member not hidden with the smallest count above 0, ties to the first in
   * {@code tieOrder}; else the total if it is not hidden and its count is above 0.
   *
   * @param hidden whether a row's count is hidden, as the tables stood at the start of the pass
   * @param count the row's count (n, responder_n or participants)
   */
  static <R> int choose(
      Partition p, IntPredicate hidden, IntToLongFunction count, List<R> rows, Comparator<R> tieOrder) {
    return choose(p, hidden, row -> true, count, rows, tieOrder);
  }

  /** As above, with {@code eligible} telling which rows may be chosen at all. */
  static <R> int choose(
      Partition p,
      IntPredicate hidden,
      IntPredicate eligible,
      IntToLongFunction count,
      List<R> rows,
      Comparator<R> tieOrder) {
    int hiddenRows = hidden.test(p.total()) ? 1 : 0;
    for (int m : p.members()) {
      hiddenRows += hidden.test(m) ? 1 : 0;
    }
    if (hiddenRows != 1) {
      return NONE;
    }
    int best = NONE;
    for (int m : p.members()) {
      if (hidden.test(m) || !eligible.test(m) || count.applyAsLong(m) <= 0) {
        continue;
      }
      if (best == NONE) {
        best = m;
        continue;
      }
      int byCount = Long.compare(count.applyAsLong(m), count.applyAsLong(best));
      if (byCount < 0 || (byCount == 0 && tieOrder.compare(rows.get(m), rows.get(best)) < 0)) {
        best = m;
      }
    }
    if (best != NONE) {
      return best;
    }
    // SPEC 7.2 rule 3: the total only if no member qualifies and its count is above 0.
    int total = p.total();
    return !hidden.test(total) && eligible.test(total) && count.applyAsLong(total) > 0 ? total : NONE;
  }
}
