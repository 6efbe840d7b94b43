package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painoutcomes.tables.AdjustedEffectRow;

/** SPEC 7.5 public/adjusted_effects: who is hidden, and q-values over the shown rows only. */
class AdjustedEffectsSuppressionTest {

  private static AdjustedEffectRow row(String term, long n, long withSessions, Double p, Double q) {
    return new AdjustedEffectRow(
        "ALL", "NRS", "WEEK_12", "lower_is_better", term, 0.1, 0.05, 0.0, 0.2, p, q, n, withSessions, 30, 20);
  }

  @Test
  void fewerThanElevenWithOrWithoutSessionsIsSuppressed() {
    List<AdjustedEffectRow> rows =
        List.of(
            row("acupuncture", 100, 1, 0.2, 0.2), row("massage", 100, 10, 0.2, 0.2), row("yoga", 100, 11, 0.2, 0.2),
            row("qigong", 100, 90, 0.2, 0.2), row("tai_chi", 100, 89, 0.2, 0.2), row("stretching", 100, 99, 0.2, 0.2),
            row("music_therapy", 100, 100, 0.2, 0.2));
    List<PublicAdjustedEffectRow> published = AdjustedEffectsSuppression.publish(rows, 11);
    assertThat(published.stream().map(PublicAdjustedEffectRow::suppressed).toList())
        .as("with 1, 10 | 11 | without 10 | 11 | without 1 | without 0 (everyone: no one on that side)")
        .containsExactly(true, true, false, true, false, true, false);
    PublicAdjustedEffectRow hidden = published.get(0);
    assertThat(java.util.Arrays.asList(
            hidden.estimate(), hidden.stdError(), hidden.ciLow(), hidden.ciHigh(), hidden.pValue(), hidden.qValue()))
        .as("every statistic of a suppressed row")
        .containsOnlyNulls();
    assertThat(published.get(2).estimate()).as("shown").isEqualTo(0.1);
  }

  @Test
  void aSuppressedRowsSmallPDoesNotMoveAShownRowsQ() {
    // Restricted q over all three (m = 3): p 0.001, 0.02, 0.03 -> q 0.003, 0.03, 0.03.
    List<AdjustedEffectRow> rows =
        List.of(
            row("acupuncture", 100, 5, 0.001, 0.003), row("yoga", 100, 40, 0.02, 0.03),
            row("massage", 100, 50, 0.03, 0.03));
    List<PublicAdjustedEffectRow> published = AdjustedEffectsSuppression.publish(rows, 11);
    assertThat(published.get(0).suppressed()).isTrue();
    // Over the shown two (m = 2): 0.02 -> min(2 * 0.02 / 1, 2 * 0.03 / 2) = 0.03; 0.03 -> 0.03.
    assertThat(published.get(1).qValue()).isCloseTo(0.03, within(1e-15));
    assertThat(published.get(2).qValue()).isCloseTo(0.03, within(1e-15));
    // A case where the hidden p would have lowered it: yoga p 0.01 with m = 3 gives 0.015, m = 2 gives 0.02.
    List<PublicAdjustedEffectRow> second =
        AdjustedEffectsSuppression.publish(
            List.of(row("acupuncture", 100, 5, 0.001, 0.003), row("yoga", 100, 40, 0.01, 0.015),
                row("massage", 100, 50, 0.5, 0.5)), 11);
    assertThat(second.get(1).qValue()).as("2 * 0.01 / 1, not 3 * 0.01 / 2").isCloseTo(0.02, within(1e-15));
    assertThat(second.get(2).qValue()).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void theAuditRefusesAShownSmallRowAndAStatisticInASuppressedRow() {
    List<AdjustedEffectRow> rows = List.of(row("yoga", 100, 4, 0.2, 0.2));
    PublicAdjustedEffectRow shown =
        new PublicRows.AdjustedEffect("ALL", "NRS", "WEEK_12", "lower_is_better", "yoga", 0.1, 0.05, 0.0, 0.2, 0.2, 0.2, false);
    assertThat(AdjustedEffectsAudit.audit(rows, List.of(shown), 11)).as("shown though 4 with sessions").hasSize(1);
    PublicAdjustedEffectRow leaky =
        new PublicRows.AdjustedEffect("ALL", "NRS", "WEEK_12", "lower_is_better", "yoga", null, null, null, null, 0.2, null, true);
    assertThat(AdjustedEffectsAudit.audit(rows, List.of(leaky), 11)).as("p left in a suppressed row")
        .singleElement().asString().contains("holds a statistic").doesNotContain("0.2");
    assertThat(AdjustedEffectsAudit.audit(rows, AdjustedEffectsSuppression.suppress(rows, 11), 11)).isEmpty();
    assertThat(PublicAdjustedEffectRow.COLUMNS).as("no count in the public table")
        .doesNotContain("n", "with_sessions", "clusters", "parameters");
  }
}
