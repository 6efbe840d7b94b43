package org.painoutcomes.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract read as a catalogue (SPEC 2.2 to 2.5, 7.4): the rules each source declares, with the
 * ids the manifest lists and the reason codes of SPEC 2.5's table, in the order they are checked.
 */
class ContractCatalogueTest {

  private static List<String> rules(Source source) {
    return source.rowRules().stream().map(r -> r.id() + " " + r.reason()).toList();
  }

  @Test
  void enrollmentRulesInCheckingOrder() {
    assertThat(rules(Source.ENROLLMENT))
        .containsExactly(
            "enrollment.participant_id.required MISSING_REQUIRED",
            "enrollment.site.required MISSING_REQUIRED",
            "enrollment.enrollment_date.required MISSING_REQUIRED",
            "enrollment.age_band.required MISSING_REQUIRED",
            "enrollment.sex.required MISSING_REQUIRED",
            "enrollment.primary_condition.required MISSING_REQUIRED",
            "enrollment.participant_id.format BAD_FORMAT",
            "enrollment.site.format BAD_FORMAT",
            "enrollment.cohort_id.format BAD_FORMAT",
            "enrollment.enrollment_date.format BAD_FORMAT",
            "enrollment.exit_date.format BAD_FORMAT",
            "enrollment.opioid_use_at_baseline.format BAD_FORMAT",
            "enrollment.exit_reason.allowed BAD_VALUE",
            "enrollment.age_band.allowed BAD_VALUE",
            "enrollment.sex.allowed BAD_VALUE",
            "enrollment.primary_condition.allowed BAD_VALUE",
            "enrollment.exit_date.not_before_enrollment BAD_DATE_ORDER");
    assertThat(Source.ENROLLMENT.crossRowRules()).containsExactly(CrossRowRule.DUPLICATE, CrossRowRule.CONFLICT);
  }

  @Test
  void attendanceRulesInCheckingOrder() {
    assertThat(rules(Source.ATTENDANCE))
        .containsExactly(
            "attendance.participant_id.required MISSING_REQUIRED",
            "attendance.session_id.required MISSING_REQUIRED",
            "attendance.session_date.required MISSING_REQUIRED",
            "attendance.modality.required MISSING_REQUIRED",
            "attendance.attended.required MISSING_REQUIRED",
            "attendance.participant_id.format BAD_FORMAT",
            "attendance.session_id.format BAD_FORMAT",
            "attendance.session_date.format BAD_FORMAT",
            "attendance.attended.format BAD_FORMAT",
            "attendance.minutes.format BAD_FORMAT",
            "attendance.modality.allowed BAD_VALUE",
            "attendance.visit_type.allowed BAD_VALUE",
            "attendance.minutes.range OUT_OF_RANGE");
    assertThat(Source.ATTENDANCE.crossRowRules().stream().map(r -> r.id(Source.ATTENDANCE) + " " + r.reason() + " " + r.column()))
        .containsExactly(
            "attendance.known_participant UNKNOWN_PARTICIPANT participant_id",
            "attendance.session_date.not_before_enrollment BAD_DATE_ORDER session_date",
            "attendance.duplicate DUPLICATE null",
            "attendance.conflict CONFLICT null");
  }

  @Test
  void outcomeRulesInCheckingOrder() {
    assertThat(rules(Source.OUTCOMES))
        .containsExactly(
            "outcomes.participant_id.required MISSING_REQUIRED",
            "outcomes.assessment_date.required MISSING_REQUIRED",
            "outcomes.instrument.required MISSING_REQUIRED",
            "outcomes.item.required MISSING_REQUIRED",
            "outcomes.value.required MISSING_REQUIRED",
            "outcomes.participant_id.format BAD_FORMAT",
            "outcomes.assessment_date.format BAD_FORMAT",
            "outcomes.value.format BAD_FORMAT",
            "outcomes.instrument.allowed BAD_VALUE",
            "outcomes.item.belongs_to_instrument BAD_VALUE",
            "outcomes.value.range OUT_OF_RANGE");
  }

  @Test
  void domainsAreTheContractTables() {
    assertThat(Source.ENROLLMENT.column("participant_id").maxLength()).isEqualTo(64);
    assertThat(Source.ENROLLMENT.column("site").maxLength()).isEqualTo(32);
    assertThat(Source.ENROLLMENT.column("sex").domain()).isEqualTo(new Domain.Values(List.of("F", "M", "X", "U"), null));
    Domain.Range minutes = Source.ATTENDANCE.column("minutes").range();
    assertThat(minutes.min()).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(minutes.max()).isEqualByComparingTo("480");
    assertThat(minutes.whole()).isTrue();
    assertThat(Source.ATTENDANCE.column("minutes").type()).isEqualTo(ValueType.WHOLE_NUMBER);
    assertThat(Source.OUTCOMES.column("value").type()).isEqualTo(ValueType.NUMBER);
    assertThat(Source.ATTENDANCE.column("modality").domain())
        .isEqualTo(new Domain.Values(ConfiguredList.MODALITIES.defaults(), ConfiguredList.MODALITIES));
    assertThat(ConfiguredList.MODALITIES.defaults()).hasSize(13).startsWith("acupuncture").endsWith("activity_education");
    assertThat(ConfiguredList.CONDITIONS.defaults()).hasSize(7).contains("low_back_pain");
    assertThat(Source.OUTCOMES.requiredColumnNames()).containsExactly("participant_id", "assessment_date", "instrument", "item", "value");
  }

  @Test
  void reasonCodesEachSourceCanGive() {
    assertThat(Source.ENROLLMENT.reasonCodes()).as("no number; enrollment is the roster")
        .doesNotContain(ReasonCode.OUT_OF_RANGE, ReasonCode.UNKNOWN_PARTICIPANT).hasSize(7);
    assertThat(Source.ATTENDANCE.reasonCodes()).containsExactly(ReasonCode.values());
    assertThat(Source.OUTCOMES.reasonCodes()).as("no date order rule").doesNotContain(ReasonCode.BAD_DATE_ORDER).hasSize(8);
  }

  @Test
  void qualityMetricsOfEachSource() {
    assertThat(QualityMetrics.of(Source.ENROLLMENT)).hasSize(3 + 9).startsWith("rows_read", "rows_accepted", "rows_rejected")
        .endsWith("rejected_CONFLICT");
    assertThat(QualityMetrics.of(Source.OUTCOMES)).hasSize(3 + 9 + 5).endsWith("unscored_PEG", "unscored_NRS",
        "unscored_PROMIS_PI", "unscored_PROMIS_PF", "unscored_ODI");
    assertThat(ReasonCode.BAD_VALUE.metric()).isEqualTo("rejected_BAD_VALUE");
  }

  @Test
  void smallCountIsOneToThresholdMinusOne() {
    assertThat(SmallCount.isSmall(0, 11)).isFalse();
    assertThat(SmallCount.isSmall(1, 11)).isTrue();
    assertThat(SmallCount.isSmall(10, 11)).isTrue();
    assertThat(SmallCount.isSmall(11, 11)).isFalse();
    assertThat(SmallCount.isSmall(-3, 11)).as("a negative difference is not a count").isFalse();
  }

  @Test
  void codePointOrderDiffersFromUtf16WhereTheyDiffer() {
    // U+FF5E (one UTF-16 unit, 0xFF5E) against U+1F600 (surrogates 0xD83D...): code points put U+FF5E first.
    String bmp = "\uFF5E";
    String astral = new String(Character.toChars(0x1F600));
    assertThat(bmp.compareTo(astral)).as("UTF-16 order").isPositive();
    assertThat(OutputVocabulary.CODE_POINT_ORDER.compare(bmp, astral)).as("code-point order").isNegative();
    assertThat(OutputVocabulary.CODE_POINT_ORDER.compare("10+", "4-6")).isNegative();
    assertThat(OutputVocabulary.CODE_POINT_ORDER.compare("ALL", "acupuncture")).isNegative();
  }
}
