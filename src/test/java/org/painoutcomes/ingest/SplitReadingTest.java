package org.painoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.contract.Source;

/**
 * Reading a file in byte-range splits gives exactly what reading it whole gives (SPEC 2.1 line
 * numbers, rejects with their raw text, accepted rows, counts, digests), whatever the split size:
 * split starts land inside quoted fields that span lines (the splits then do not line up and the
 * file is read again whole), on empty lines, inside CRLFs, on a byte order mark's bytes, and on
 * broken records. The expected results are the whole-file reading's, which the other ingestion
 * tests pin to hand-worked values.
 */
class SplitReadingTest {

  /** The stages are called directly here and their results not closed: what they cached goes with the class. */
  @org.junit.jupiter.api.AfterAll
  static void dropWhatTheRunsCached() {
    org.painoutcomes.SparkTestSession.get().catalog().clearCache();
  }
  private static final String MAX_PARTITION_BYTES = "spark.sql.files.maxPartitionBytes";

  @AfterEach
  void restoreSplitSize() {
    SparkTestSession.get().conf().unset(MAX_PARTITION_BYTES);
  }

  /** Attendance with every construct that makes a line start not a record start, or a record not a line. */
  private static final String ATTENDANCE =
      "participant_id,session_id,session_date,modality,attended,minutes,notes\n"
          + "P1,X1,2025-01-02,yoga,true,30,\"a note\nwith, two\nline breaks\"\n"
          + "\n"
          + "P1,X2,2025-01-09,yoga,true,30,plain\r\n"
          + "\r\n"
          + "P1,X3,2025-01-16,yoga,true,abc,plain\n"
          + "P1,X4,2025-01-23,yoga,true,30,\"closed\" x\n"
          + "P1,X5,2025-01-30,yoga,true,30,\"never closed\n"
          + "P1,X6,2025-02-06,yoga,true,30,\"\"\"quoted\"\" start\nand \uFEFF mid\"\n"
          + "\uFEFFP1,X7,2025-02-13,yoga,true,30,bom-looking start\n"
          + "P1,X2,2025-01-09,yoga,true,30.0,duplicate of X2\n"
          + "P1,X8,2025-02-20,yoga,true,31,\"x\"\n"
          + "P1,X8,2025-02-20,yoga,true,32,conflict\n"
          + "P2,X9,2025-02-27,yoga,true,30,unknown participant\n"
          + "P1,X1,2025-01-02,yoga,yes,30.,\"duplicate of X1\r\nover two lines\"\r\n"
          + "P1,X10,2025-03-06,yoga,false,,\"last, no line end\"";

  @Test
  void everySplitSizeReadsWhatOneSplitReads(@TempDir Path dir) {
    SparkSession spark = SparkTestSession.get();
    Path input = TestInputs.minimalInput(dir);
    TestInputs.write(input.resolve("attendance.csv"), ATTENDANCE);
    List<String> whole = snapshot(spark, input);
    assertThat(whole).as("the whole-file reading has the rejects this test is about").hasSizeGreaterThan(20);

    for (int size : new int[] {2, 5, 13, 34, 89, 233}) {
      spark.conf().set(MAX_PARTITION_BYTES, Integer.toString(size));
      assertThat(snapshot(spark, input)).as("split size %d bytes", size).containsExactlyElementsOf(whole);
    }
  }

  @Test
  void smallSplitsGiveHandWorkedLines(@TempDir Path dir) {
    // Worked by hand from ATTENDANCE: line 2 spans 2-4, 5 is empty, 6 ends in CRLF, 7 is a blank
    // CRLF line, 8 BAD_FORMAT, 9 MALFORMED (text after a closing quote), 10 MALFORMED (its quote
    // closes on line 11 before a 'q': it is its first line only, and 11 is read again), 11-12 a
    // record, 13 starts with a BOM's bytes (not skipped mid-file: BAD_FORMAT), 14 a duplicate of
    // 6 (30.0 = 30, notes ignored), 15-16 conflict, 17 unknown participant, 18-19 a duplicate of
    // line 2 (yes = true, 30. = 30) ending in CRLF, 20 has no line end.
    SparkSession spark = SparkTestSession.get();
    Path input = TestInputs.minimalInput(dir);
    TestInputs.write(input.resolve("attendance.csv"), ATTENDANCE);
    spark.conf().set(MAX_PARTITION_BYTES, "7");
    IngestResult r = new Ingestion(spark, ConfigLoader.defaultConfig()).run(input.toString());
    // The raw text of rows rejected by a cross-row rule is read back from the file (RawRecords):
    // exactly the record's bytes, quotes and inner CRLF included, without the final line end.
    assertThat(TestInputs.lines(r.rejects().filter("source = 'attendance'").orderBy("line").select("line", "reason", "column", "record")))
        .containsExactly(
            "8|BAD_FORMAT|minutes|P1,X3,2025-01-16,yoga,true,abc,plain",
            "9|MALFORMED|null|P1,X4,2025-01-23,yoga,true,30,\"closed\" x",
            "10|MALFORMED|null|P1,X5,2025-01-30,yoga,true,30,\"never closed",
            "13|BAD_FORMAT|participant_id|\uFEFFP1,X7,2025-02-13,yoga,true,30,bom-looking start",
            "14|DUPLICATE|null|P1,X2,2025-01-09,yoga,true,30.0,duplicate of X2",
            "15|CONFLICT|null|P1,X8,2025-02-20,yoga,true,31,\"x\"",
            "16|CONFLICT|null|P1,X8,2025-02-20,yoga,true,32,conflict",
            "17|UNKNOWN_PARTICIPANT|participant_id|P2,X9,2025-02-27,yoga,true,30,unknown participant",
            "18|DUPLICATE|null|P1,X1,2025-01-02,yoga,yes,30.,\"duplicate of X1\r\nover two lines\"");
  }

  @Test
  void splitsLineUpUnlessOneStartsInsideAQuotedField(@TempDir Path dir) {
    // 16-byte splits of "header + 4 one-line records": every split start is a line start or
    // mid-line, never inside quotes, so the splits line up; the record count is the parser's.
    SparkSession spark = SparkTestSession.get();
    String oneLine = "participant_id,session_id,session_date,modality,attended\n"
        + "P1,X1,2025-01-02,yoga,true\nP1,X2,2025-01-09,yoga,true\n\nP1,X3,2025-01-16,yoga,\"true\"\nP1,X4,2025-01-23,yoga,true\n";
    SplitLayout lined = readInSplits(spark, dir.resolve("a"), oneLine, 16);
    assertThat(lined.misaligned()).as("one-line records: splits line up").isEmpty();
    assertThat(lined.records(lined.files().get(0))).as("records counted across splits").isEqualTo(4);
    // The 40-byte split at byte 80 begins on line 4, inside the quoted field of line 3 (bytes 79 to 110).
    String spanning = "participant_id,session_id,session_date,modality,attended\n"
        + "P1,X1,2025-01-02,yoga,\"true\nis not\nthe value, nor is\nthis\"\nP1,X2,2025-01-09,yoga,true\n";
    assertThat(readInSplits(spark, dir.resolve("b"), spanning, 40).misaligned())
        .as("a split starting inside a quoted field is caught")
        .hasSize(1);
  }

  private static SplitLayout readInSplits(SparkSession spark, Path dir, String attendance, long splitBytes) {
    Path input = TestInputs.minimalInput(dir);
    TestInputs.write(input.resolve("attendance.csv"), attendance);
    var config = ConfigLoader.defaultConfig();
    List<SourceFiles> sources = new SourceLocator(spark.sparkContext().hadoopConfiguration()).locate(input.toString());
    SourceFiles files = sources.get(Source.ATTENDANCE.ordinal());
    var layouts = new HeaderReader(spark.sparkContext().hadoopConfiguration()).read(sources);
    List<FileSplit> plan = new SplitPlanner(splitBytes).plan(files, layouts);
    assertThat(plan.stream().filter(f -> !f.isDigest()).count()).as("splits planned").isGreaterThan(1);
    var summaries = spark.sparkContext().<SplitSummary>collectionAccumulator("test");
    ExtractReader.read(spark, Source.ATTENDANCE, plan, RuleCatalogue.forSource(Source.ATTENDANCE, config), summaries).count();
    return new SplitLayout(files.files(), summaries.value());
  }

  /** Every table ingestion hands on, as sorted text. */
  private static List<String> snapshot(SparkSession spark, Path input) {
    IngestResult r = new Ingestion(spark, ConfigLoader.defaultConfig()).run(input.toString());
    List<String> out = new ArrayList<>();
    TestInputs.lines(r.rejects().orderBy("source", "file", "line")).forEach(l -> out.add("reject " + l));
    for (Source s : Source.values()) {
      List<String> rows = new ArrayList<>(TestInputs.lines(r.accepted(s)));
      rows.sort(null);
      rows.forEach(l -> out.add("accepted " + s.id() + " " + l));
    }
    r.counts().forEach(c -> out.add("count " + c));
    r.files().forEach(f -> out.add("file " + f));
    return out;
  }
}
