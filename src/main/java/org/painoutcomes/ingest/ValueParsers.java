package org.painoutcomes.ingest;

import java.math.BigDecimal;
import java.util.Locale;

/** Parses the contract's value types exactly as SPEC 2.1 "Values" writes them. */
public final class ValueParsers {
  // The patterns below are checked by hand rather than by java.util.regex: they run on every
  // field of every record, where the matchers were a measurable part of ingestion's CPU
  // (docs/PERFORMANCE.md change 13).

  /** Whether the text is [A-Za-z0-9_-]+ of at most {@code maxLength} characters. */
  public static boolean isIdentifier(String v, int maxLength) {
    if (v.isEmpty() || v.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (!(digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** {@link #epochDay}'s answer for a text that is not a date. */
  static final long NOT_A_DATE = Long.MIN_VALUE;

  /**
   * The date as days since 1970-01-01, or {@link #NOT_A_DATE} if the text is not a real calendar
   * date in year 0001 to 9999. Counted from the digits in place, without a LocalDate: every
   * outcome and attendance row has a date, checked once by its rule and once more as it is typed
   * (docs/PERFORMANCE.md, changes 40 and 44).
   */
  static long epochDay(String v) {
    if (!matches(v, "dddd-dd-dd")) { // [0-9]{4}-[0-9]{2}-[0-9]{2}
      return NOT_A_DATE;
    }
    int year = digits(v, 0, 4);
    int month = digits(v, 5, 7);
    int day = digits(v, 8, 10);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return NOT_A_DATE;
    }
    // Days of the proleptic Gregorian calendar, counted in years that start on 1 March (so that
    // a leap day ends its year) and in 400-year eras of 146,097 days; year >= 1, so no era is negative.
    int y = month <= 2 ? year - 1 : year;
    int era = y / 400;
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468; // 719,468: days from 0000-03-01 to 1970-01-01
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  /** The value of the ASCII digits {@code v[from, to)} (already checked to be digits). */
  private static int digits(String v, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return n;
  }

  /** The boolean, or null if the text is none of true/false, yes/no, y/n, 1/0 (any case). */
  public static Boolean bool(String v) {
    switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "1" -> {
        return Boolean.TRUE;
      }
      case "false", "no", "n", "0" -> {
        return Boolean.FALSE;
      }
      default -> {
        return null;
      }
    }
  }

  /**
   * Digits of a number's integer part, and of its fraction, kept exactly (see {@link #number}).
   * BigDecimal parses in time quadratic in the digits, so a very long value would hold a task for
   * hours (docs/RELIABILITY.md 7).
   */
  static final int MAX_EXACT_DIGITS = 100;

  /**
   * The decimal value written, or null if the text is not a number of the contract's form. Exact
   * up to {@link #MAX_EXACT_DIGITS} significant digits on each side of the point (leading zeros
   * and trailing fraction zeros do not count); beyond that, every contract rule still decides as
   * on the exact value: a longer integer part keeps its magnitude (out of every range), a longer
   * fraction is cut and ends in a 1 (still not whole, still above the cut, so compared with
   * range ends of one decimal exactly). Only DUPLICATE and CONFLICT, on two accepted values equal
   * in their first 100 fraction digits, would see them as equal.
   */
  public static BigDecimal number(String v) {
    if (!isNumberText(v)) {
      return null;
    }
    long whole = plainWhole(v);
    if (whole >= 0) {
      // The same value and scale (0) as parsing the text, without BigDecimal's parser: a value is
      // parsed once by its rules and once as it is typed, on every outcome and attendance row.
      return BigDecimal.valueOf(whole);
    }
    // BigDecimal accepts "7.", ".5" and a leading sign, as the contract's pattern does.
    return new BigDecimal(v.length() <= MAX_EXACT_DIGITS ? v : bounded(v));
  }

  /**
   * The value of a text that is its own canonical text and whose double is exact: 1 to 15 ASCII
   * digits without a leading zero, or "0". -1 for any other text (which takes {@link #number} and
   * {@link #canonical}).
   */
  static long canonicalWhole(String v) {
    long whole = v.length() <= 15 ? plainWhole(v) : -1;
    return whole >= 0 && (v.charAt(0) != '0' || v.length() == 1) ? whole : -1;
  }

  /** The value of a text of 1 to 18 ASCII digits (no sign, no point), or -1 for any other text. */
  static long plainWhole(String v) {
    int n = v.length();
    if (n == 0 || n > 18) {
      return -1;
    }
    long value = 0;
    for (int i = 0; i < n; i++) {
      char c = v.charAt(i);
      if (!digit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** A number's text (of the contract's form) with at most MAX_EXACT_DIGITS digits on each side of the point. */
  static String bounded(String v) {
    int start = v.charAt(0) == '+' || v.charAt(0) == '-' ? 1 : 0;
    int dot = v.indexOf('.');
    int intEnd = dot < 0 ? v.length() : dot;
    int intStart = start;
    while (intStart < intEnd && v.charAt(intStart) == '0') {
      intStart++;
    }
    int fracEnd = v.length();
    while (dot >= 0 && fracEnd > dot + 1 && v.charAt(fracEnd - 1) == '0') {
      fracEnd--;
    }
    String sign = v.substring(0, start);
    String whole = v.substring(intStart, intEnd);
    String fraction = dot < 0 ? "" : v.substring(dot + 1, fracEnd);
    if (whole.length() > MAX_EXACT_DIGITS) {
      return sign + whole.substring(0, MAX_EXACT_DIGITS) + "E+" + (whole.length() - MAX_EXACT_DIGITS);
    }
    if (fraction.length() > MAX_EXACT_DIGITS) {
      // the digits cut hold a non-zero one (trailing zeros are gone): a final 1 stands for them
      fraction = fraction.substring(0, MAX_EXACT_DIGITS) + "1";
    }
    return sign + (whole.isEmpty() ? "0" : whole) + (fraction.isEmpty() ? "" : "." + fraction);
  }

  public static boolean isWhole(BigDecimal d) {
    return d.scale() <= 0 || d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  /** The canonical text of a decimal, equal for equal values ({@code 7} and {@code 7.0}). */
  public static String canonical(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** Whether a participant_id looks like a social security number or an e-mail address (SPEC 2.1). */
  public static boolean looksLikeDirectIdentifier(String participantId) {
    return participantId != null
        && (participantId.indexOf('@') >= 0 || matches(participantId, "ddddddddd") || matches(participantId, "ddd-dd-dddd"));
  }

  /** Whether the text is {@code [+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)}, the contract's form of a number. */
  static boolean isNumberText(String v) {
    int i = v.isEmpty() || (v.charAt(0) != '+' && v.charAt(0) != '-') ? 0 : 1;
    int digits = 0;
    while (i < v.length() && digit(v.charAt(i))) {
      i++;
      digits++;
    }
    if (i < v.length() && v.charAt(i) == '.') {
      i++;
      while (i < v.length() && digit(v.charAt(i))) {
        i++;
        digits++;
      }
    }
    return digits > 0 && i == v.length();
  }

  /** Whether the text has the shape of a template where 'd' is an ASCII digit and any other character itself. */
  private static boolean matches(String v, String template) {
    if (v.length() != template.length()) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char t = template.charAt(i);
      if (t == 'd' ? !digit(v.charAt(i)) : v.charAt(i) != t) {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }

  private ValueParsers() {}
}
