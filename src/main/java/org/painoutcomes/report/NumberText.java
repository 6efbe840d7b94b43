package org.painoutcomes.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every number and time the page shows, formatted the same way on every machine (Locale.ROOT,
 * UTC, half-up rounding of the double's shortest decimal form as {@link java.util.Formatter} does,
 * a true minus sign, no negative zero).
 */
final class NumberText {
  private static final String MINUS = "\u2212";
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** {@code v} with {@code decimals} decimals, e.g. {@code −1.25}. */
  static String fixed(double v, int decimals) {
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    if (s.startsWith("-")) {
      // a value that rounds to zero is shown as 0, not -0
      boolean zero = s.chars().skip(1).allMatch(c -> c == '0' || c == '.');
      return zero ? s.substring(1) : MINUS + s.substring(1);
    }
    return s;
  }

  /** An interval: {@code 0.66 to 1.80}. */
  static String interval(double low, double high, int decimals) {
    return fixed(low, decimals) + " to " + fixed(high, decimals);
  }

  /** A proportion as a percentage: {@code 0.342} is {@code 34%} with 0 decimals. */
  static String percent(double proportion, int decimals) {
    return fixed(100 * proportion, decimals) + "%";
  }

  /** A count of people or rows: {@code 1,234}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A number as written in configuration: {@code 30}, {@code 2.5}. */
  static String plain(double v) {
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  /** An SVG coordinate: one decimal at most, {@code 12} or {@code 12.5}. */
  static String coord(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    return s.equals("-0") ? "0" : s;
  }

  /** A byte size: {@code 12,345 bytes}. */
  static String bytes(long n) {
    return count(n) + " bytes";
  }

  static String dateTime(Instant t) {
    return t == null ? "" : DATE_TIME.format(t);
  }

  static String date(Instant t) {
    return t == null ? "" : DATE.format(t);
  }

  private NumberText() {}
}
