package org.painoutcomes.report;

import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.painoutcomes.privacy.PublicRowsForTests;

/**
 * The summary's sentences on {@link HandMadeReportData}, worked out by hand from its rows: PEG
 * at Week 6 is the focus (its all-participants row is shown there, suppressed at Week 12).
 */
class SummaryTextTest {
  private static final ReportData DATA = HandMadeReportData.build();
  private static final SummaryText TEXT = new SummaryText(DATA, ReportModelBuilder.build(DATA));

  @Test
  void everySentenceFromTheHandMadeTables() {
    assertThat(TEXT.sentences(List.of())).extracting(SummaryText.Sentence::text).containsExactly(
        "The period the data cover cannot be stated: no month had 11 or more people start, and a month with fewer"
            + " is never named.",
        // attended_any is suppressed; analysed: PEG Week 6 40, PROMIS_PF Week 6 0, Week 12 30 (PEG Week 12 hidden)
        "60 people were enrolled, the number who attended a session is suppressed, and 0 to 40 were analysed,"
            + " depending on the measure and timepoint (a baseline and a follow-up).",
        "PEG: 50.00 at baseline, 48.50 at Week 6 on average (40 people), an improvement of 1.50 points"
            + " (95% CI 0.90 to 2.10).",
        "PROMIS Physical Function: 50.0 at baseline, 54.5 at Week 12 on average (30 people), an improvement of"
            + " 4.5 T-score points (95% CI 2.5 to 6.5).",
        "The data cannot compare conditions (PEG, Week 6): fewer than two have a shown result; 1 of 2 is"
            + " suppressed.",
        "Of 2 primary modalities with a shown result (PEG, Week 6), yoga improved most (2.00 points) and"
            + " multimodal (tie) least (0.00); 1 of 3 is suppressed; their 95% intervals do not overlap. These are"
            + " unadjusted: the groups differ in who is in them.",
        "People who attended 10+ sessions improved 2.20 points on average against 1.00 for 4-6 sessions (PEG,"
            + " Week 6), a larger improvement with more sessions; the two intervals overlap, so the data cannot"
            + " tell them apart.");
  }

  @Test
  void eachComparisonNamesTheFigureItRestsOn() {
    assertThat(TEXT.sentences(List.of())).extracting(SummaryText.Sentence::anchor).containsExactly(
        null, FlowSection.ID, HeadlineSection.ID, HeadlineSection.ID, "change-by-group-peg-figure",
        "change-by-group-peg-figure", "dose-response-peg-figure");
  }

  @Test
  void anIntervalAcrossZeroIsSaidToLeaveTheQuestionOpen() {
    assertThat(SummaryText.verdict(new ForestRow("", "", 20L, 0.4, -0.1, 0.9, false), 2, "points"))
        .isEqualTo("a mean improvement of 0.40 points whose interval (95% CI \u22120.10 to 0.90) includes zero,"
            + " so the data cannot say whether it changed");
    assertThat(SummaryText.verdict(new ForestRow("", "", 20L, -0.6, -1.0, -0.2, false), 1, "points"))
        .isEqualTo("a worsening: improvement \u22120.6 points (95% CI \u22121.0 to \u22120.2)");
  }

  @Test
  void thePeriodNamesOnlyMonthsWithAtLeastTheThresholdOfStarts() {
    Map<YearMonth, Long> months = Map.of(YearMonth.of(2024, 1), 3L, YearMonth.of(2024, 2), 11L,
        YearMonth.of(2024, 5), 40L, YearMonth.of(2025, 3), 12L, YearMonth.of(2025, 4), 10L);
    StudyPeriod p = StudyPeriod.fromMonthCounts(months, 11);
    assertThat(p).isEqualTo(new StudyPeriod(YearMonth.of(2024, 2), YearMonth.of(2025, 3)));
    assertThat(SummaryText.period(p, 11).text()).isEqualTo("Participants started the program (first session"
        + " attended) between February 2024 and March 2025 (the first and last months in which at least 11 people"
        + " started; a few may have started just outside them).");
    assertThat(StudyPeriod.fromMonthCounts(Map.of(YearMonth.of(2024, 1), 10L), 11)).as("no month reaches 11").isNull();
    assertThat(SummaryText.period(new StudyPeriod(YearMonth.of(2024, 5), YearMonth.of(2024, 5)), 11).text())
        .startsWith("Participants started the program (first session attended) in May 2024 (");
  }

  @Test
  void theAdjustedEffectsHookGivesNoSentenceWithoutRowsAndNamesTheLargestClearOne() {
    SummaryText.Focus focus = TEXT.focus();
    assertThat(focus).isEqualTo(new SummaryText.Focus("PEG", "WEEK_6"));
    assertThat(SummaryText.adjustedEffects(List.of(), focus)).as("table absent: no sentence").isNull();
    List<PublicAdjustedEffectRow> rows = List.of(
        PublicRowsForTests.adjusted("ALL", "PEG", "WEEK_6", "lower_is_better", "yoga", 0.12, null, 0.05, 0.19, null, null, false),
        PublicRowsForTests.adjusted("ALL", "PEG", "WEEK_6", "lower_is_better", "tai_chi", 0.30, null, -0.10, 0.70, null, null, false),
        PublicRowsForTests.adjusted("ALL", "PEG", "WEEK_6", "lower_is_better", "acupuncture", null, null, null, null, null, null, true),
        PublicRowsForTests.adjusted("low_back_pain", "PEG", "WEEK_6", "lower_is_better", "massage", 0.9, null, 0.5, 1.3, null, null, false));
    assertThat(SummaryText.adjustedEffects(rows, focus).text()).isEqualTo("Adjusted for condition, baseline level,"
        + " age, sex and site, each extra session of yoga went with 0.12 points more improvement (95% CI 0.05 to"
        + " 0.19) (PEG, Week 6), the largest clear association; an association, not proof of an effect.");
    assertThat(SummaryText.adjustedEffects(rows.subList(1, 3), focus).text())
        .contains("no modality's extra sessions go with a clearly larger improvement");
    assertThat(SummaryText.adjustedEffects(rows.subList(2, 3), focus).text()).contains("every estimate is suppressed");
    assertThat(TEXT.sentences(rows)).as("the sentence sits after the modalities'").hasSize(8)
        .element(6).extracting(SummaryText.Sentence::anchor).isEqualTo("adjusted-effects");
  }
}
