package org.painoutcomes.report;

import java.time.YearMonth;
import java.util.Map;

/**
 * The period the data cover, as the report may state it: the first and the last calendar month
 * in which at least {@code threshold} participants had their index date (first attended
 * session, SPEC 4). A month with 1 to threshold - 1 of them is never named, so the period names
 * no month that a few people alone could be traced to, and shows no count and no day. Months
 * before the first or after the last named one may hold a few participants each; the page says
 * so. Null (the page says it cannot tell) when no month reaches the threshold.
 *
 * @param first the first month with at least threshold index dates
 * @param last the last such month (equal to first when only one month qualifies)
 */
public record StudyPeriod(YearMonth first, YearMonth last) {

  /**
   * @param participantsByMonth restricted counts of index dates per month (never kept here)
   * @param threshold the suppression threshold (SPEC 7.2)
   * @return the period, or null when no month has at least threshold index dates
   */
  public static StudyPeriod fromMonthCounts(Map<YearMonth, Long> participantsByMonth, int threshold) {
    YearMonth first = null;
    YearMonth last = null;
    for (Map.Entry<YearMonth, Long> e : participantsByMonth.entrySet()) {
      if (e.getValue() >= threshold) {
        first = first == null || e.getKey().isBefore(first) ? e.getKey() : first;
        last = last == null || e.getKey().isAfter(last) ? e.getKey() : last;
      }
    }
    return first == null ? null : new StudyPeriod(first, last);
  }
}
