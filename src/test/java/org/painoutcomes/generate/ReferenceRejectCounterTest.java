package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * The test oracle itself, on hand-written files whose rejects were worked out line by line from
 * SPEC 2.1 and 2.5 (noted beside each line), so the ledger test leans on something checked.
 */
class ReferenceRejectCounterTest {

  @TempDir Path dir;

  @Test
  void countsEachRuleOnHandWrittenFiles() throws IOException {
    write("enrollment.csv",
        "\uFEFFParticipant_ID,site,cohort_id,enrollment_date,exit_date,exit_reason,age_band,sex,primary_condition,opioid_use_at_baseline\n"
            + "A1,s1,,2024-01-10,,,45-54,F,migraine,yes\n" // accepted
            + "A2,s1,,2024-01-10,2024-01-09,,45-54,F,migraine,\n" // BAD_DATE_ORDER
            + "A3,s1,,2024-02-30,,,45-54,F,migraine,\n" // BAD_FORMAT (date)
            + "A4,s1,,2024-01-10,,,45-54,F,Migraine,\n" // BAD_VALUE (case)
            + "A1,s1,, 2024-01-10,,,45-54,F,migraine,TRUE\n" // DUPLICATE of A1 (trim, boolean)
            + "A5,s1,,2024-01-10,,,45-54,F,migraine,\n" // CONFLICT
            + "A5,s1,,2024-01-10,,,45-54,M,migraine,\n" // CONFLICT
            + "\n" // empty line: not a row
            + "A6,,,2024-01-10,,,45-54,F,migraine,\n"); // MISSING_REQUIRED (site)
    write("attendance.csv",
        "participant_id,session_id,session_date,modality,visit_type,attended,minutes\r\n"
            + "A1,S1,2024-01-10,yoga,group,true,30\r\n" // accepted
            + "A1,S1,2024-01-10,yoga,group,1,30.0\r\n" // DUPLICATE
            + "A1,S2,2024-01-09,yoga,group,true,30\r\n" // BAD_DATE_ORDER
            + "A5,S1,2024-01-10,yoga,group,true,30\r\n" // UNKNOWN_PARTICIPANT (conflicted)
            + "A1,S3,2024-01-17,yoga,\"group\nvisit\",true,30\r\n" // BAD_VALUE, two lines, one row
            + "A1,S4,2024-01-24,yoga,group,true,30.5\r\n" // OUT_OF_RANGE
            + "A1,\"S5\"x,2024-01-24,yoga,group,true,30\r\n" // MALFORMED (text after quote)
            + "A1,S6,2024-01-24,yoga,group,true\r\n" // MALFORMED (6 fields)
            + "A1,S7,\"2024-01-24,yoga,group,true,30\r\n"); // MALFORMED (unclosed), last line
    Files.write(dir.resolve("outcomes.csv"), concat(
        "participant_id,assessment_date,instrument,item,value\n"
            + "A1,2024-01-10,PEG,PEG_1,7\n" // accepted
            + "A1,2024-01-10,PEG,PEG_2,11\n" // OUT_OF_RANGE
            + "A1,2024-01-10,PEG,TSCORE,5\n" // BAD_VALUE (item of another instrument)
            + "A1,2024-01-10,NRS,NRS_PAIN,1e1\n" // BAD_FORMAT (exponent)
            + "A1,2024-01-10,PROMIS_PI,TSCORE,60.5\n" // CONFLICT
            + "A1,2024-01-10,PROMIS_PI,TSCORE,61.0\n" // CONFLICT
            + "A1,2024-01-10,PROMIS_PF,TSCORE,4",
        new byte[] {(byte) 0xE9}, // invalid UTF-8: MALFORMED
        "0.5\n"));

    ReferenceRejectCounter c = ReferenceRejectCounter.count(dir, ".csv");

    assertThat(c.rowsRead).as("rows read").isEqualTo(Map.of(Source.ENROLLMENT, 8L, Source.ATTENDANCE, 9L, Source.OUTCOMES, 7L));
    assertThat(nonZero(c, Source.ENROLLMENT)).as("enrollment").isEqualTo(Map.of(
        ReasonCode.BAD_DATE_ORDER, 1L, ReasonCode.BAD_FORMAT, 1L, ReasonCode.BAD_VALUE, 1L,
        ReasonCode.DUPLICATE, 1L, ReasonCode.CONFLICT, 2L, ReasonCode.MISSING_REQUIRED, 1L));
    assertThat(nonZero(c, Source.ATTENDANCE)).as("attendance").isEqualTo(Map.of(
        ReasonCode.DUPLICATE, 1L, ReasonCode.BAD_DATE_ORDER, 1L, ReasonCode.UNKNOWN_PARTICIPANT, 1L,
        ReasonCode.BAD_VALUE, 1L, ReasonCode.OUT_OF_RANGE, 1L, ReasonCode.MALFORMED, 3L));
    assertThat(nonZero(c, Source.OUTCOMES)).as("outcomes").isEqualTo(Map.of(
        ReasonCode.OUT_OF_RANGE, 1L, ReasonCode.BAD_VALUE, 1L, ReasonCode.BAD_FORMAT, 1L,
        ReasonCode.CONFLICT, 2L, ReasonCode.MALFORMED, 1L));
  }

  @Test
  void refusesAnIdentifierLookingParticipant() throws IOException {
    write("enrollment.csv",
        "participant_id,site,cohort_id,enrollment_date,exit_date,exit_reason,age_band,sex,primary_condition,opioid_use_at_baseline\n"
            + "123-45-6789,s1,,2024-01-10,,,45-54,F,migraine,\n");
    write("attendance.csv", "participant_id,session_id,session_date,modality,visit_type,attended,minutes\n");
    write("outcomes.csv", "participant_id,assessment_date,instrument,item,value\n");
    assertThatThrownBy(() -> ReferenceRejectCounter.count(dir, ".csv")).as("SSN-like id")
        .hasMessageContaining("identifier-looking");
  }

  private static Map<ReasonCode, Long> nonZero(ReferenceRejectCounter c, Source s) {
    Map<ReasonCode, Long> out = new java.util.EnumMap<>(ReasonCode.class);
    c.rejects.get(s).forEach((k, v) -> {
      if (v != 0) {
        out.put(k, v);
      }
    });
    return out;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static byte[] concat(String a, byte[] b, String c) {
    byte[] x = a.getBytes(StandardCharsets.UTF_8);
    byte[] z = c.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[x.length + b.length + z.length];
    System.arraycopy(x, 0, out, 0, x.length);
    System.arraycopy(b, 0, out, x.length, b.length);
    System.arraycopy(z, 0, out, x.length + b.length, z.length);
    return out;
  }
}
