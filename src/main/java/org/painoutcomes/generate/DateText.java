package org.painoutcomes.generate;

import java.time.LocalDate;

/**
 * Dates as epoch days and their ISO text ({@code yyyy-MM-dd}, SPEC 2.1). The text of the years
 * the generator uses is made once, since tens of millions of rows each carry a date.
 */
final class DateText {
  /** First day of the cached range. */
  private static final int FIRST = (int) LocalDate.of(2018, 1, 1).toEpochDay();
  private static final int LAST = (int) LocalDate.of(2031, 12, 31).toEpochDay();
  private static final String[] CACHE = new String[LAST - FIRST + 1];

  static {
    for (int d = FIRST; d <= LAST; d++) {
      CACHE[d - FIRST] = LocalDate.ofEpochDay(d).toString();
    }
  }

  /** The ISO text of an epoch day. */
  static String of(int epochDay) {
    if (epochDay >= FIRST && epochDay <= LAST) {
      return CACHE[epochDay - FIRST];
    }
    return LocalDate.ofEpochDay(epochDay).toString();
  }

  /** The epoch day of a date. */
  static int day(int year, int month, int dayOfMonth) {
    return (int) LocalDate.of(year, month, dayOfMonth).toEpochDay();
  }

  private DateText() {}
}
