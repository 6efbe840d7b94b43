package org.painoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The value shapes of SPEC 2.1 are checked by hand for speed; here each is held to the regular
 * expression the contract writes, on edge cases and on many random strings over the characters
 * that matter.
 */
class ValueParsersShapeTest {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
  private static final Pattern SSN = Pattern.compile("[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4}");

  @Test
  void edgeCasesDecideAsTheContractsPatterns() {
    assertThat(ValueParsers.isNumberText("7.")).isTrue();
    assertThat(ValueParsers.isNumberText("-.5")).isTrue();
    assertThat(ValueParsers.isNumberText("+0007.000")).isTrue();
    assertThat(ValueParsers.isNumberText(".")).isFalse();
    assertThat(ValueParsers.isNumberText("+")).isFalse();
    assertThat(ValueParsers.isNumberText("")).isFalse();
    assertThat(ValueParsers.isNumberText("1.2.3")).isFalse();
    assertThat(ValueParsers.isNumberText("1e3")).isFalse();
    assertThat(ValueParsers.isNumberText("٣")).as("an Arabic-Indic digit is not [0-9]").isFalse();
    assertThat(ValueParsers.isIdentifier("P-000_12", 64)).isTrue();
    assertThat(ValueParsers.isIdentifier("P 1", 64)).isFalse();
    assertThat(ValueParsers.isIdentifier("", 64)).isFalse();
    assertThat(ValueParsers.isIdentifier("P12345", 5)).as("longer than the maximum").isFalse();
    assertThat(date("2024-02-29")).hasToString("2024-02-29");
    assertThat(date("2023-02-29")).as("not a calendar date").isNull();
    assertThat(date("2024-2-29")).isNull();
    assertThat(date("2024/02/29")).isNull();
    assertThat(ValueParsers.looksLikeDirectIdentifier("123-45-6789")).isTrue();
    assertThat(ValueParsers.looksLikeDirectIdentifier("123456789")).isTrue();
    assertThat(ValueParsers.looksLikeDirectIdentifier("12345678")).isFalse();
    assertThat(ValueParsers.looksLikeDirectIdentifier("123-456-789")).isFalse();
    assertThat(ValueParsers.looksLikeDirectIdentifier("a@b")).isTrue();
  }

  @Test
  void everyDateOfTheContractsYearsParsesToItself() {
    for (LocalDate d = LocalDate.of(1, 1, 1); !d.isAfter(LocalDate.of(9999, 12, 31)); d = d.plusDays(1)) {
      String text = d.toString(); // yyyy-MM-dd for years 0001 to 9999
      if (!d.equals(date(text))) {
        throw new AssertionError("date " + text + " parsed to " + date(text));
      }
    }
    assertThat(date("0000-01-01")).as("year 0").isNull();
    assertThat(date("2025-00-10")).isNull();
    assertThat(date("2025-13-01")).isNull();
    assertThat(date("2025-04-31")).isNull();
    assertThat(date("2025-04-00")).isNull();
    assertThat(date("2100-02-29")).as("not a leap year").isNull();
    assertThat(date("2000-02-29")).hasToString("2000-02-29");
  }

  @Test
  void everyYearMonthAndDayOfTwoDigitsIsADateExactlyWhenTheCalendarHasIt() {
    char[] text = "0000-00-00".toCharArray();
    for (int year = 0; year <= 9999; year++) {
      for (int month = 0; month <= 99; month += month < 13 ? 1 : 43) { // 0 to 13, then 56 and 99
        for (int day = 0; day <= 32; day++) {
          put(text, 0, year, 4);
          put(text, 5, month, 2);
          put(text, 8, day, 2);
          // java.time's calendar, asked without exceptions (thrown 2.6 million times, they took
          // most of this test's time); year 0 is not in the contract's range.
          boolean real = year > 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth();
          long got = ValueParsers.epochDay(new String(text));
          if (real ? got != LocalDate.of(year, month, day).toEpochDay() : got != ValueParsers.NOT_A_DATE) {
            throw new AssertionError(new String(text) + " gave " + got);
          }
        }
      }
    }
  }

  /** Writes {@code value} as {@code width} decimal digits at {@code at}. */
  private static void put(char[] text, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      text[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  @Test
  void randomStringsDecideAsTheContractsPatterns() {
    Random random = new Random(20261126);
    int numbers = 0;
    int identifiers = 0;
    int ssns = 0;
    for (String v : randomStrings(random, "0123456789+-.e ", 12, 200_000)) {
      boolean expected = NUMBER.matcher(v).matches();
      assertThat(ValueParsers.isNumberText(v)).as("number %s", v).isEqualTo(expected);
      numbers += expected ? 1 : 0;
    }
    for (String v : randomStrings(random, "09aZ_- .@é", 6, 100_000)) {
      boolean expected = IDENTIFIER.matcher(v).matches();
      assertThat(ValueParsers.isIdentifier(v, 64)).as("identifier %s", v).isEqualTo(expected);
      identifiers += expected ? 1 : 0;
    }
    for (String v : randomStrings(random, "0129-", 11, 300_000)) {
      boolean expected = SSN.matcher(v).matches();
      assertThat(ValueParsers.looksLikeDirectIdentifier(v)).as("ssn %s", v).isEqualTo(expected);
      ssns += expected ? 1 : 0;
      if (!DATE.matcher(v).matches()) {
        assertThat(date(v)).as("date %s", v).isNull();
      }
    }
    // Both answers occur often enough to matter (seeded, so these are the same every run).
    assertThat(numbers).isBetween(1_000, 199_000);
    assertThat(identifiers).isBetween(1_000, 99_000);
    assertThat(ssns).isBetween(1_000, 299_000);
  }

  /** Strings of up to maxLength characters drawn from the alphabet; every one of them reaches its shape at some length. */
  private static List<String> randomStrings(Random random, String alphabet, int maxLength, int count) {
    List<String> out = new ArrayList<>(count);
    for (int n = 0; n < count; n++) {
      int length = random.nextInt(maxLength + 1);
      StringBuilder b = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      out.add(b.toString());
    }
    return out;
  }

  /** The date {@link ValueParsers#epochDay} reads, or null when it reads none. */
  private static LocalDate date(String text) {
    long day = ValueParsers.epochDay(text);
    return day == ValueParsers.NOT_A_DATE ? null : LocalDate.ofEpochDay(day);
  }
}
