package org.painoutcomes.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Values that break a format rule of SPEC 2.1, and respellings that keep a typed value. Every bad
 * text here is ASCII (a non-ASCII character would make the record MALFORMED instead), has no
 * comma, quote or line break, and no participant id made here looks like a social security
 * number or an e-mail address.
 */
final class BadText {
  private static final String[] NOT_BOOLEAN = {"unknown", "2", "t", "NA", "-1", "present"};
  private static final String[] NOT_NUMBER = {"NA", "n/a", "7.5.1", "1e1", "NaN", "seven", "--3", "5/10", "?", "Infinity"};
  private static final String[] TRUE = {"true", "TRUE", "True", "yes", "Y", "y", "1"};
  private static final String[] FALSE = {"false", "FALSE", "no", "No", "N", "n", "0"};

  private final SplittableRandom rng;

  BadText(SplittableRandom rng) {
    this.rng = rng;
  }

  /** Not a real date in {@code yyyy-MM-dd} (SPEC 2.1: {@code 2025-02-30} is BAD_FORMAT). */
  String date(int epochDay) {
    LocalDate d = LocalDate.ofEpochDay(epochDay);
    int y = d.getYear();
    int m = d.getMonthValue();
    int dd = d.getDayOfMonth();
    return switch (rng.nextInt(7)) {
      case 0 -> y + "-02-30";
      case 1 -> String.format("%04d-%02d-32", y, m);
      case 2 -> String.format("%02d/%02d/%04d", m, dd, y);
      case 3 -> String.format("%04d%02d%02d", y, m, dd);
      case 4 -> String.format("%04d-13-%02d", y, dd);
      case 5 -> String.format("%04d/%02d/%02d", y, m, dd);
      default -> y + "-04-31";
    };
  }

  /** An identifier with a character outside {@code A-Z a-z 0-9 _ -}, or longer than allowed. */
  String identifier(String id, int maxLength) {
    int variant = rng.nextInt(5);
    if (variant == 4 || id.length() < 3) {
      StringBuilder b = new StringBuilder(id);
      while (b.length() <= maxLength) {
        b.append("_x").append(id);
      }
      return b.toString();
    }
    char bad = " .#/:".charAt(rng.nextInt(5));
    int at = 1 + rng.nextInt(id.length() - 2); // inside, so trimming cannot repair it
    return id.substring(0, at) + bad + id.substring(at + 1);
  }

  String notBoolean() {
    return NOT_BOOLEAN[rng.nextInt(NOT_BOOLEAN.length)];
  }

  String notNumber() {
    return NOT_NUMBER[rng.nextInt(NOT_NUMBER.length)];
  }

  /** Another spelling of the same boolean (SPEC 2.1: true/false, yes/no, y/n, 1/0, any case). */
  String respellBoolean(String text) {
    boolean value = text.equalsIgnoreCase("true") || text.equalsIgnoreCase("yes")
        || text.equalsIgnoreCase("y") || text.equals("1");
    String[] options = value ? TRUE : FALSE;
    return options[rng.nextInt(options.length)];
  }

  /** Another spelling of the same number: {@code 7} as {@code 7.0}, {@code 7.}, {@code +7}, {@code 07}. */
  String respellNumber(String text) {
    boolean hasPoint = text.indexOf('.') >= 0;
    return switch (rng.nextInt(4)) {
      case 0 -> hasPoint ? text + "0" : text + ".0";
      case 1 -> hasPoint ? text + "00" : text + ".";
      case 2 -> "+" + text;
      default -> "0" + text;
    };
  }

  /** One of the options. */
  String oneOf(String... options) {
    return options[rng.nextInt(options.length)];
  }

  int nextInt(int bound) {
    return rng.nextInt(bound);
  }
}
