package org.painoutcomes.privacy;

import java.util.Comparator;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.function.LongPredicate;

/**
 * The complementary cell of one partition (SPEC 7.2 rule 3, used by 7.3 rule 3 too): where
 * exactly one row of the partition, total or member, is hidden, or where the total shows and its
 * hidden members add up to a small count, the one more row to hide.
 */
final class ComplementaryChoice {

  /** No row is to be hidden. */
  static final int NONE = -1;

  private ComplementaryChoice() {}

  /**
   * How the candidates of a partition are ranked: by {@code count} (n, responder_n or
   * participants; the smallest above 0 first), ties to the first of {@code rows} in {@code
   * tieOrder}.
   */
  record Ranking<R>(IntToLongFunction count, List<R> rows, Comparator<R> tieOrder) {}

  /**
   * The row to hide, or {@link #NONE}, by SPEC 7.2 rule 3 as amended in contract version 2: a row
   * is chosen when exactly one row of the partition is hidden, or when the total is not hidden
   * and, for any of {@code revealed}, the hidden members' counts add up to a small count (the
   * total minus the shown members would give those people together).
   *
   * @param hidden whether a row's counts are hidden, as the tables stood at the start of the pass
   * @param ranking how the candidates are ranked
   * @param revealed the counts whose sum over the hidden members the shown total gives away (for
   *     n and participants the count itself; for the responder counts responders,
   *     non-responders and not evaluable)
   * @param small whether a count is from 1 to threshold - 1
   */
  static <R> int choose(
      Partition p, IntPredicate hidden, Ranking<R> ranking, List<IntToLongFunction> revealed, LongPredicate small) {
    return exactlyOneHidden(p, hidden) || hiddenMembersAddUpToSmall(p, hidden, revealed, small)
        ? pick(p, hidden, row -> true, ranking)
        : NONE;
  }

  /**
   * The row to hide where exactly one row of the partition is hidden (the rule of contract
   * version 1, kept for the public data-quality summary), with {@code eligible} telling which rows
   * may be chosen at all.
   */
  static <R> int choose(Partition p, IntPredicate hidden, IntPredicate eligible, Ranking<R> ranking) {
    return exactlyOneHidden(p, hidden) ? pick(p, hidden, eligible, ranking) : NONE;
  }

  private static boolean exactlyOneHidden(Partition p, IntPredicate hidden) {
    int hiddenRows = hidden.test(p.total()) ? 1 : 0;
    for (int m : p.members()) {
      hiddenRows += hidden.test(m) ? 1 : 0;
    }
    return hiddenRows == 1;
  }

  private static boolean hiddenMembersAddUpToSmall(
      Partition p, IntPredicate hidden, List<IntToLongFunction> revealed, LongPredicate small) {
    if (hidden.test(p.total())) {
      return false;
    }
    for (IntToLongFunction q : revealed) {
      long sum = 0;
      for (int m : p.members()) {
        sum += hidden.test(m) ? q.applyAsLong(m) : 0;
      }
      if (small.test(sum)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The member not hidden with the smallest count above 0 (ties by the ranking); else the total if it is not hidden and its count is above 0; else {@link #NONE}.
   */
  private static <R> int pick(Partition p, IntPredicate hidden, IntPredicate eligible, Ranking<R> ranking) {
    IntToLongFunction count = ranking.count();
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
      if (byCount < 0 || (byCount == 0 && ranking.tieOrder().compare(ranking.rows().get(m), ranking.rows().get(best)) < 0)) {
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
