package org.painoutcomes.ingest;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Parses the contract's value types exactly as SPEC 2.1 "Values" writes them. */
public final class ValueParsers {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
  private static final Pattern SSN = Pattern.compile("[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4}");

  public static boolean isIdentifier(String v, int maxLength) {
    return v.length() <= maxLength && IDENTIFIER.matcher(v).matches();
  }

  /** The date, or null if the text is not a real calendar date in year 0001 to 9999. */
  public static LocalDate date(String v) {
    if (!DATE.matcher(v).matches()) {
      return null;
    }
    int year = Integer.parseInt(v.substring(0, 4));
    if (year < 1) {
      return null;
    }
    try {
      return LocalDate.of(year, Integer.parseInt(v.substring(5, 7)), Integer.parseInt(v.substring(8, 10)));
    } catch (DateTimeException e) {
      return null;
    }
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

  /** The exact decimal value written, or null if the text is not a number of the contract's form. */
  public static BigDecimal number(String v) {
    if (!NUMBER.matcher(v).matches()) {
      return null;
    }
    // BigDecimal accepts "7.", ".5" and a leading sign, as the contract's pattern does.
    return new BigDecimal(v);
  }

  public static boolean isWhole(BigDecimal d) {
    return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
  }

  /** The canonical text of a decimal, equal for equal values ({@code 7} and {@code 7.0}). */
  public static String canonical(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  /** Whether a participant_id looks like a social security number or an e-mail address (SPEC 2.1). */
  public static boolean looksLikeDirectIdentifier(String participantId) {
    return participantId != null && (participantId.indexOf('@') >= 0 || SSN.matcher(participantId).matches());
  }

  private ValueParsers() {}
}
