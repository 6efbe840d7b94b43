package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import org.painoutcomes.privacy.PublicRowsForTests;

/** The "what works for whom" section and its CSV on hand-made public rows (SPEC 7.5). */
class AdjustedEffectsSectionTest {

  private static PublicAdjustedEffectRow row(String condition, String measure, String term, Double est, Double low, Double high, Double q) {
    boolean hidden = est == null;
    return PublicRowsForTests.adjusted(condition, measure, "WEEK_12", "lower_is_better", term, est, hidden ? null : 0.05, low,
        high, hidden ? null : q, q, hidden);
  }

  private static final List<PublicAdjustedEffectRow> ROWS =
      List.of(
          // above zero, q 0.01: named
          row("low_back_pain", "NRS", "acupuncture", 0.2, 0.1, 0.3, 0.01),
          // above zero but q 0.06: not named
          row("low_back_pain", "NRS", "yoga", 0.15, 0.01, 0.29, 0.06),
          // q small but the interval reaches below zero: not named
          row("low_back_pain", "NRS", "massage", 0.1, -0.01, 0.21, 0.04),
          row("low_back_pain", "NRS", "music_therapy", null, null, null, null),
          row("ALL", "NRS", "acupuncture", 0.05, -0.1, 0.2, 0.5));

  private static ReportData data() {
    ReportData base = HandMadeReportData.build();
    return new ReportData(base.run(), base.config(), base.outcomeChange(), base.flow(), base.quality(), base.period(), ROWS);
  }

  @Test
  void theSentenceNamesOnlyIntervalsAboveZeroWithQBelowTheLevel() {
    ReportOrder order = new ReportOrder(ConfigLoader.defaultConfig());
    assertThat(AdjustedEffectsSection.finding("Low back pain", ROWS.subList(0, 4), order))
        .isEqualTo("Low back pain, Week 12: more sessions go with more improvement (95% interval above zero, q below 0.05) for acupuncture (NRS).");
    assertThat(AdjustedEffectsSection.finding("All conditions", ROWS.subList(4, 5), order))
        .isEqualTo("All conditions, Week 12: no modality's 95% interval lies above zero with a q-value below 0.05.");
  }

  @Test
  void thePageShowsTheSectionAfterTheKeyResultsWithItsCaveatAndMarksSuppressedRows() {
    ReportData data = data();
    String page = ReportPage.render(data, ReportModelBuilder.build(data));
    int keyResults = page.indexOf("id=\"" + HeadlineSection.ID + "\"");
    int section = page.indexOf("id=\"" + AdjustedEffectsSection.ID + "\"");
    assertThat(section).as("after the key results").isGreaterThan(keyResults).isPositive();
    assertThat(page).contains("adjusted associations, not randomized comparisons");
    assertThat(page.indexOf("id=\"adjusted-effects-all\"")).as("all participants first")
        .isLessThan(page.indexOf("id=\"adjusted-effects-low-back-pain\""));
    String lowBackPainPlot = page.substring(page.indexOf("adjusted-effects-low-back-pain-nrs-figure"));
    assertThat(lowBackPainPlot.substring(0, lowBackPainPlot.indexOf("</svg>")))
        .as("the music therapy row is the word, never a mark").contains(">music therapy<", ">suppressed<");
  }

  @Test
  void theCsvHoldsThePublicColumnsWithSuppressedValuesEmpty(@TempDir Path dir) throws Exception {
    AdjustedEffectsSection.writeCsv(data(), dir);
    List<String> lines = Files.readAllLines(dir.resolve("adjusted_effects.csv"), StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("condition,measure,timepoint,direction,term,estimate,std_error,ci_low,ci_high,p_value,q_value,suppressed");
    assertThat(lines).hasSize(6);
    assertThat(lines.get(1)).as("ALL first").startsWith("ALL,NRS,WEEK_12,lower_is_better,acupuncture,0.05,");
    assertThat(lines).contains("low_back_pain,NRS,WEEK_12,lower_is_better,music_therapy,,,,,,,true");
  }
}
