package org.painoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Numbers of hostile length (issue "Reliability"): BigDecimal parses in quadratic time, so a 10 MB
 * numeric field once held a task for over an hour. {@link ValueParsers#number} must answer fast
 * and still decide every contract rule (range, wholeness) as the exact value would.
 */
class ValueParsersLongNumberTest {
  private static final int TEN_MB = 10 * 1024 * 1024;

  @Test
  @Timeout(30)
  void tenMegabyteNumbersParseFastAndKeepTheirValue() {
    // Leading zeros and trailing fraction zeros do not change a value: 7, exactly (SPEC 2.1).
    assertThat(ValueParsers.number("0".repeat(TEN_MB) + "7")).isEqualByComparingTo("7");
    assertThat(ValueParsers.canonical(ValueParsers.number("+0007." + "0".repeat(TEN_MB)))).isEqualTo("7");
    // A 10-million-digit integer is above every range of the contract (at most 480).
    assertThat(ValueParsers.number("9".repeat(TEN_MB))).isGreaterThan(new BigDecimal("1E+99"));
    assertThat(ValueParsers.number("-" + "9".repeat(TEN_MB))).isLessThan(BigDecimal.ZERO);
    // 45.111... is inside PROMIS_PI's 20.0-90.0 and not whole; its double is the one nearest 45.111...
    BigDecimal t = ValueParsers.number("45." + "1".repeat(TEN_MB));
    assertThat(t).isStrictlyBetween(new BigDecimal("45.1"), new BigDecimal("45.2"));
    assertThat(ValueParsers.isWhole(t)).isFalse();
    assertThat(t.doubleValue()).isEqualTo(45.111111111111114);
  }

  @Test
  void aCutFractionStillComparesWithTheRangeEndsExactly() {
    String far = "0".repeat(200); // a digit 201 places after the point
    assertThat(ValueParsers.number("90." + far + "1")).as("just above 90.0").isGreaterThan(new BigDecimal("90.0"));
    assertThat(ValueParsers.number("19." + "9".repeat(300))).as("just below 20.0").isLessThan(new BigDecimal("20.0"));
    assertThat(ValueParsers.isWhole(ValueParsers.number("3." + far + "1"))).as("3 plus a tiny fraction").isFalse();
    assertThat(ValueParsers.isWhole(ValueParsers.number("3." + far))).as("3.000...").isTrue();
    assertThat(ValueParsers.number("0." + far + "5")).as("tiny but not zero").isPositive();
  }

  @Test
  void shortNumbersAreUntouched() {
    String hundred = "1".repeat(ValueParsers.MAX_EXACT_DIGITS);
    assertThat(ValueParsers.number(hundred)).isEqualTo(new BigDecimal(hundred));
    assertThat(ValueParsers.bounded("-00" + hundred + ".500")).isEqualTo("-" + hundred + ".5");
    assertThat(ValueParsers.bounded(".5" + "0".repeat(200))).isEqualTo("0.5");
    assertThat(ValueParsers.number("7.")).isEqualByComparingTo("7");
  }

  @Test
  void parsingStaysLinear() {
    // Twice the digits may not take much more than twice the time (quadratic would be 4x).
    long small = time("5." + "3".repeat(TEN_MB / 2));
    long large = time("5." + "3".repeat(TEN_MB));
    assertThat(Duration.ofNanos(large)).isLessThan(Duration.ofNanos(Math.max(small, 50_000_000L) * 6));
  }

  private static long time(String v) {
    long t = System.nanoTime();
    ValueParsers.number(v);
    return System.nanoTime() - t;
  }
}
