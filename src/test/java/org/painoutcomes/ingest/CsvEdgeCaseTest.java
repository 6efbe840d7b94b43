package org.painoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.contract.Source;
import org.painoutcomes.io.InputFileStats;

/** The CSV rules of SPEC 2.1 seen through ingestion: line numbers, quoting, CRLF, BOM, folders, gzip. */
class CsvEdgeCaseTest {

  /** The stages are called directly here and their results not closed: what they cached goes with the class. */
  @org.junit.jupiter.api.AfterAll
  static void dropWhatTheRunsCached() {
    org.painoutcomes.SparkTestSession.get().catalog().clearCache();
  }

  @Test
  void quotedLineBreaksKeepLineNumbersRight(@TempDir Path dir) {
    // Header with a BOM, odd case and spaces, and an extra column "Notes" that is ignored.
    // Line 2 holds a quoted note spanning lines 2-4 with a comma and a doubled quote; line 5 is
    // empty (skipped); line 6 has CRLF; line 7 is a bad minutes value; line 8 a stray quote.
    String attendance =
        "\uFEFF Participant_ID ,SESSION_ID,session_date,modality,attended,minutes, Notes \n"
            + "P1,X1,2025-01-02,yoga,true,30,\"first line\nsecond, \"\"quoted\"\"\nthird\"\n"
            + "\n"
            + "P1,X2,2025-01-09,yoga,true,30,plain\r\n"
            + "P1,X3,2025-01-16,yoga,true,abc,plain\n"
            + "P1,X4,2025-01-23,yoga,true,30,\"closed\" x\n"
            + "P1,X5,2025-01-30,yoga,\"true\"  ,30,\"a, b\"\t\n";
    TestInputs.minimalInput(dir);
    TestInputs.write(dir.resolve("attendance.csv"), attendance);
    IngestResult r = new Ingestion(SparkTestSession.get(), ConfigLoader.defaultConfig()).run(dir.toString());

    assertThat(TestInputs.lines(r.rejects().filter("source = 'attendance'").orderBy("line").select("line", "reason", "column")))
        .as("line numbers count the lines inside the quoted field and the empty line")
        .containsExactly("7|BAD_FORMAT|minutes", "8|MALFORMED|null");
    assertThat(TestInputs.lines(r.accepted(Source.ATTENDANCE).orderBy("session_id").select("session_id", "attended")))
        .containsExactly("X1|true", "X2|true", "X5|true");
    assertThat(r.files().stream().filter(f -> f.source().equals("attendance")).findFirst().orElseThrow().ignoredColumns())
        .containsExactly("Notes");
  }

  @Test
  void folderOfFilesIsReadInNameOrderWithOwnLineNumbers(@TempDir Path dir) throws Exception {
    TestInputs.minimalInput(dir);
    java.nio.file.Files.delete(dir.resolve("outcomes.csv"));
    String header = "participant_id,assessment_date,instrument,item,value\n";
    TestInputs.write(dir.resolve("outcomes/2025-02.csv"), header + "P1,2025-01-02,NRS,NRS_PAIN,5\n");
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write((header + "P1,2025-01-02,NRS,NRS_PAIN,6\nP1,2025-01-03,NRS,NRS_PAIN,x\n").getBytes(StandardCharsets.UTF_8));
    }
    TestInputs.write(dir.resolve("outcomes/2025-01.csv.gz"), gz.toByteArray());
    TestInputs.write(dir.resolve("outcomes/_partial.csv"), "garbage");
    TestInputs.write(dir.resolve("outcomes/.hidden.csv"), "garbage");
    IngestResult r = new Ingestion(SparkTestSession.get(), ConfigLoader.defaultConfig()).run(dir.toString());

    // 2025-01.csv.gz sorts first, so its row is the earlier one; 2025-02.csv's differs: CONFLICT.
    assertThat(TestInputs.lines(r.rejects().filter("source = 'outcomes'").orderBy("file", "line").select("file", "line", "reason")))
        .containsExactly(
            "outcomes/2025-01.csv.gz|2|CONFLICT",
            "outcomes/2025-01.csv.gz|3|BAD_FORMAT",
            "outcomes/2025-02.csv|2|CONFLICT");
    assertThat(r.files().stream().filter(f -> f.source().equals("outcomes")).map(InputFileStats::path))
        .containsExactly("outcomes/2025-01.csv.gz", "outcomes/2025-02.csv");
  }

  @Test
  void invalidUtf8IsMalformedWithReplacementCharacters(@TempDir Path dir) {
    TestInputs.minimalInput(dir);
    byte[] head = "participant_id,assessment_date,instrument,item,value\nP1,2025-01-02,NRS,NRS_PAIN,6\nP1,2025-01-09,NRS,NRS_PAIN,5".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[head.length + 2];
    System.arraycopy(head, 0, bad, 0, head.length);
    bad[head.length] = (byte) 0xC3; // a lead byte followed by a line end: invalid
    bad[head.length + 1] = '\n';
    TestInputs.write(dir.resolve("outcomes.csv"), bad);
    IngestResult r = new Ingestion(SparkTestSession.get(), ConfigLoader.defaultConfig()).run(dir.toString());
    assertThat(TestInputs.lines(r.rejects().select("line", "reason", "record")))
        .containsExactly("3|MALFORMED|P1,2025-01-09,NRS,NRS_PAIN,5\uFFFD");
  }
}
