package org.painoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.tables.QualityRow;

/**
 * Every reason code of SPEC 2.5 on a tiny hand-made input (src/test/resources/ingest/reasons),
 * with the exact (file, line, reason, column) expected of each rejected row. Each line of the
 * input is commented in the expectations below.
 */
class ReasonCodeTest {

  /** The stages are called directly here and their results not closed: what they cached goes with the class. */
  @org.junit.jupiter.api.AfterAll
  static void dropWhatTheRunsCached() {
    org.painoutcomes.SparkTestSession.get().catalog().clearCache();
  }
  static IngestResult result;

  @BeforeAll
  static void ingest(@TempDir Path dir) {
    SparkSession spark = SparkTestSession.get();
    Path input = TestInputs.copyResource("ingest/reasons", dir);
    result = new Ingestion(spark, ConfigLoader.defaultConfig()).run(input.toString());
  }

  private static List<String> rejects(String source) {
    return TestInputs.lines(
        result.rejects().filter("source = '" + source + "'").orderBy("line").select("file", "line", "reason", "column"));
  }

  @Test
  void enrollmentRejects() {
    assertThat(rejects("enrollment"))
        .as("enrollment rejects: file|line|reason|column")
        .containsExactly(
            "enrollment.csv|3|MALFORMED|null", // 9 fields, header has 10
            "enrollment.csv|4|MISSING_REQUIRED|site",
            "enrollment.csv|5|BAD_FORMAT|enrollment_date", // 2025-02-30 is no calendar date
            "enrollment.csv|6|BAD_VALUE|primary_condition", // enums are case-sensitive
            "enrollment.csv|7|BAD_DATE_ORDER|exit_date",
            "enrollment.csv|8|DUPLICATE|null", // same as line 2: TRUE equals yes
            "enrollment.csv|9|CONFLICT|null", // P007 twice, sites differ
            "enrollment.csv|10|CONFLICT|null",
            "enrollment.csv|12|BAD_FORMAT|opioid_use_at_baseline", // maybe is no boolean
            "enrollment.csv|13|MALFORMED|null"); // 11 fields
  }

  @Test
  void attendanceRejects() {
    assertThat(rejects("attendance"))
        .as("attendance rejects")
        .containsExactly(
            "attendance.csv|3|BAD_VALUE|modality", // Yoga
            "attendance.csv|4|OUT_OF_RANGE|minutes", // 60.5 is not whole
            "attendance.csv|5|OUT_OF_RANGE|minutes", // 481 > 480
            "attendance.csv|6|UNKNOWN_PARTICIPANT|participant_id", // P007's enrollment CONFLICTs
            "attendance.csv|7|UNKNOWN_PARTICIPANT|participant_id", // never enrolled
            "attendance.csv|8|BAD_DATE_ORDER|session_date", // before enrollment
            "attendance.csv|9|DUPLICATE|null", // line 2 again: yes = true, 60.0 = 60
            "attendance.csv|10|CONFLICT|null", // attended differs
            "attendance.csv|11|CONFLICT|null",
            "attendance.csv|13|BAD_FORMAT|attended",
            "attendance.csv|14|BAD_VALUE|visit_type");
  }

  @Test
  void outcomesRejects() {
    assertThat(rejects("outcomes"))
        .as("outcomes rejects")
        .containsExactly(
            "outcomes.csv|4|OUT_OF_RANGE|value", // PEG 11 > 10
            "outcomes.csv|5|BAD_VALUE|item", // NRS_PAIN is no PEG item
            "outcomes.csv|6|BAD_FORMAT|value", // no exponents
            "outcomes.csv|7|DUPLICATE|null", // 7.00 equals line 2's 7
            "outcomes.csv|8|CONFLICT|null",
            "outcomes.csv|9|CONFLICT|null",
            "outcomes.csv|10|OUT_OF_RANGE|value", // ODI 4.5 not whole
            "outcomes.csv|11|MISSING_REQUIRED|assessment_date",
            "outcomes.csv|12|BAD_VALUE|instrument", // promis_pi: case-sensitive
            "outcomes.csv|13|OUT_OF_RANGE|value", // 19.99 < 20.0
            "outcomes.csv|16|MALFORMED|null"); // a quote never closed
  }

  @Test
  void rawRecordKept() {
    assertThat(TestInputs.lines(result.rejects().filter("source = 'outcomes' and line = 16").select("record")))
        .containsExactly("\"P008,2025-01-10,NRS,NRS_PAIN,4");
  }

  @Test
  void acceptedRowsAreTyped() {
    assertThat(TestInputs.lines(result.accepted(org.painoutcomes.contract.Source.ENROLLMENT).orderBy("participant_id")))
        .containsExactly(
            "P001|S1|C1|2025-01-10|null|null|45-54|F|fibromyalgia|true",
            "P008|S1|null|2025-01-10|null|null|75+|M|osteoarthritis|null");
    assertThat(TestInputs.lines(result.accepted(org.painoutcomes.contract.Source.ATTENDANCE).orderBy("session_id")))
        .containsExactly("P001|S01|2025-01-12|yoga|group|true|60", "P008|S03|2025-01-26|tai_chi|null|true|null");
    assertThat(TestInputs.lines(result.accepted(org.painoutcomes.contract.Source.OUTCOMES).orderBy("participant_id", "instrument", "item")))
        .containsExactly(
            "P001|2025-01-10|PEG|PEG_1|7.0",
            "P001|2025-01-10|PEG|PEG_2|7.0",
            "P001|2025-01-10|PROMIS_PI|TSCORE|20.0",
            "P008|2025-01-10|NRS|NRS_PAIN|0.0");
  }

  @Test
  void everyRowIsAccountedFor() {
    assertThat(metric("enrollment", "rows_read")).isEqualTo(12);
    assertThat(metric("enrollment", "rows_accepted")).isEqualTo(2);
    assertThat(metric("enrollment", "rows_rejected")).isEqualTo(10);
    assertThat(metric("enrollment", "rejected_CONFLICT")).isEqualTo(2);
    assertThat(metric("enrollment", "rejected_UNKNOWN_PARTICIPANT")).isEqualTo(0);
    assertThat(metric("attendance", "rows_read")).isEqualTo(13);
    assertThat(metric("attendance", "rows_accepted")).isEqualTo(2);
    assertThat(metric("attendance", "rejected_UNKNOWN_PARTICIPANT")).isEqualTo(2);
    assertThat(metric("outcomes", "rows_read")).isEqualTo(15);
    assertThat(metric("outcomes", "rows_accepted")).isEqualTo(4);
    assertThat(metric("outcomes", "rejected_MALFORMED")).isEqualTo(1);
    assertThat(result.counts()).as("3 sources x (3 totals + 9 codes)").hasSize(36);
  }

  private static long metric(String source, String metric) {
    return result.counts().stream()
        .filter(r -> r.source().equals(source) && r.metric().equals(metric))
        .mapToLong(QualityRow::value)
        .findFirst()
        .orElseThrow();
  }
}
