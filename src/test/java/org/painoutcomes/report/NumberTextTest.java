package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumberTextTest {

  @Test
  void fixedRoundsUsesATrueMinusAndNeverPrintsNegativeZero() {
    // Java rounds the shortest decimal form of the double half-up: 1.255 prints 1.26 on every machine
    assertThat(NumberText.fixed(1.255, 2)).isEqualTo("1.26");
    assertThat(NumberText.fixed(2.5, 0)).isEqualTo("3");
    assertThat(NumberText.fixed(-1.5, 2)).isEqualTo("\u22121.50");
    assertThat(NumberText.fixed(-0.0, 2)).isEqualTo("0.00");
    assertThat(NumberText.fixed(-0.004, 2)).as("rounds to zero: no sign").isEqualTo("0.00");
  }

  @Test
  void formatsDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(NumberText.fixed(1234.5, 1)).isEqualTo("1234.5");
      assertThat(NumberText.count(1234567)).isEqualTo("1,234,567");
      assertThat(NumberText.percent(0.3456, 1)).isEqualTo("34.6%");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void coordinatesAndTimes() {
    assertThat(NumberText.coord(12.0)).isEqualTo("12");
    assertThat(NumberText.coord(12.25)).isEqualTo("12.3");
    assertThat(NumberText.coord(-0.01)).isEqualTo("0");
    assertThat(NumberText.dateTime(Instant.parse("2026-03-02T23:59:59Z"))).isEqualTo("2026-03-02 23:59 UTC");
    assertThat(NumberText.plain(30.0)).isEqualTo("30");
    assertThat(NumberText.plain(2.5)).isEqualTo("2.5");
  }
}
