package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.Pipeline;
import org.painoutcomes.PipelineException;
import org.painoutcomes.RunOptions;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.StageLog;
import org.painoutcomes.TestInputs;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.ingest.HeaderReader;
import org.painoutcomes.ingest.SourceLocator;
import org.painoutcomes.reliability.HostileInputs.Variant;

/**
 * Issue "Reliability", hostile and malformed inputs: a few hundred seeded variants (see {@link
 * HostileInputs}) through the real pipeline, in the test JVM's 2 GiB heap. Each variant must
 * either stop the run with a clear error (a {@link PipelineException}, exit 65 or 1, naming the
 * file, and the line where there is one; nothing written) or have its rows read and every row
 * accepted or rejected with a reason: rows_read = accepted + rejected in quality/summary.
 *
 * <p>How, within a minute: the header checks run on the driver before any Spark job, so each
 * variant is first checked alone (locate and headers, then the whole {@link Pipeline}, which must
 * stop the same way). The variants whose headers pass are then read together in one run, as a
 * folder of files per source; a variant that stops that run (an identifier-looking participant_id,
 * a gzip stream that breaks after its header) must name itself in the error, and is taken out
 * and the run repeated.
 */
class HostileInputFuzzTest {
  static final long SEED = 20260101L;
  static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  /**
   * A run leaves its ingested rows cached in the session (the Pipeline never unpersists them; a
   * CLI run ends its JVM). Here, with records of many megabytes, they would crowd the next run.
   */
  @AfterAll
  static void dropCachedRows() {
    spark.catalog().clearCache();
  }

  @Test
  void everyHostileVariantStopsClearlyOrHasEveryRowAccountedFor(@TempDir Path dir) throws IOException {
    Report report = fuzz(dir, SEED, 250, true);
    report.print();
    assertThat(report.variants).as("variants tried").isGreaterThanOrEqualTo(250);
  }

  /** 4,000 more (the extremes once are enough): {@code mvn test -Dtest=HostileInputFuzzTest -Dtest.excludedGroups=}. */
  @Test
  @Tag("slow")
  void thousandsMoreVariants(@TempDir Path dir) throws IOException {
    for (long seed = 1; seed <= 8; seed++) {
      fuzz(dir.resolve("seed-" + seed), seed, 500, false).print();
    }
  }

  @Test
  void anIdentifierLookingParticipantIdAmongHostileRowsStopsTheRunNamingFileAndLine(@TempDir Path dir) {
    // Line 3 is empty; line 4 has a broken date and an e-mail-shaped participant_id (SPEC 2.1:
    // the guard looks at it whatever else is wrong); line 5 is binary garbage.
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    TestInputs.write(input.resolve("attendance.csv"), HostileInputs.utf8(HostileInputs.HEADERS[1]
        + "\nP1,XI1,2025-02-03,yoga,group,true,30\n\nsomeone@example.org,XI2,bad-date,yoga,group,true,30\n\u0000\u00ff\"x\n"));
    PipelineException e = stoppedRun(input, dir.resolve("out"));
    assertThat(e.exitCode()).isEqualTo(65);
    assertThat(e.getMessage())
        .startsWith("File attendance.csv line 4: the participant_id looks like a social security number or an e-mail address (1 such")
        .doesNotContain("someone", "example");
  }

  @Test
  void aSourceFolderWithoutAnyCsvStopsTheRun(@TempDir Path dir) throws IOException {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    Files.delete(input.resolve("attendance.csv"));
    TestInputs.write(input.resolve("attendance/readme.txt"), "not a csv");
    TestInputs.write(input.resolve("attendance/_partial.csv"), HostileInputs.HEADERS[1] + "\n");
    TestInputs.write(input.resolve("attendance/.hidden.csv"), HostileInputs.HEADERS[1] + "\n");
    PipelineException e = stoppedRun(input, dir.resolve("out"));
    assertThat(e.exitCode()).isEqualTo(65);
    assertThat(e.getMessage()).startsWith("The folder attendance/ holds no *.csv or *.csv.gz file");
  }

  private Report fuzz(Path dir, long seed, int count, boolean withExtremes) throws IOException {
    long t0 = System.nanoTime();
    List<Variant> variants = new HostileInputs(seed).variants(count, withExtremes);
    Report report = new Report(variants.size());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();

    Path batch = dir.resolve("batch");
    TestInputs.write(batch.resolve("enrollment/000-base.csv"), HostileInputs.baseEnrollment());
    TestInputs.write(batch.resolve("attendance/000-base.csv"), HostileInputs.HEADERS[1] + "\nP0001,XB,2025-02-01,yoga,group,true,30\n");
    TestInputs.write(batch.resolve("outcomes/000-base.csv"), HostileInputs.HEADERS[2] + "\nP0001,2025-02-01,NRS,NRS_PAIN,3\n");
    Map<String, Variant> inBatch = new TreeMap<>();
    for (Variant v : variants) {
      Path alone = alone(dir.resolve("alone").resolve(Integer.toString(v.id())), v);
      PipelineException atHeader = null;
      try {
        new HeaderReader(hadoop).read(new SourceLocator(hadoop).locate(alone.toString()));
      } catch (PipelineException e) {
        atHeader = e;
      }
      if (atHeader == null) {
        TestInputs.write(batch.resolve(v.relativeName()), v.bytes());
        inBatch.put(v.relativeName(), v);
        continue;
      }
      // The whole pipeline stops the same way, and writes nothing.
      PipelineException e = stoppedRun(alone, dir.resolve("alone-out"));
      assertThat(e.getMessage()).as(v.fileName()).isEqualTo(atHeader.getMessage());
      assertClear(v, e);
      report.stopped(v, e, "header");
    }

    System.out.printf("fuzz: headers checked after %.1f s%n", (System.nanoTime() - t0) / 1e9);
    Path out = dir.resolve("out");
    for (int attempt = 0; ; attempt++) {
      assertThat(attempt).as("runs of the batch").isLessThan(20);
      try {
        new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out))
            .run(new RunOptions(batch.toString(), out.toString(), "fuzz" + attempt));
        break;
      } catch (PipelineException e) {
        Variant culprit = inBatch.values().stream()
            .filter(v -> e.getMessage().contains(v.relativeName()))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the error names no variant: " + e.getMessage(), e));
        assertClear(culprit, e);
        assertThat(out).as("nothing written by a stopped run").doesNotExist();
        report.stopped(culprit, e, "rows");
        inBatch.remove(culprit.relativeName());
        Files.delete(batch.resolve(culprit.relativeName()));
      }
    }
    System.out.printf("fuzz: batch run after %.1f s%n", (System.nanoTime() - t0) / 1e9);
    checkBatch(out, inBatch, report);
    System.out.printf("fuzz: checked after %.1f s%n", (System.nanoTime() - t0) / 1e9);
    return report;
  }

  /** A minimal valid input with the variant as its source's only file, in the source's folder. */
  private static Path alone(Path dir, Variant v) throws IOException {
    TestInputs.minimalInput(dir);
    Files.delete(dir.resolve(v.source().id() + ".csv"));
    TestInputs.write(dir.resolve(v.relativeName()), v.bytes());
    return dir;
  }

  private static PipelineException stoppedRun(Path input, Path out) {
    try {
      new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out))
          .run(new RunOptions(input.toString(), out.toString(), "stopped"));
    } catch (PipelineException e) {
      assertThat(out).as("nothing written").doesNotExist();
      return e;
    }
    return fail("the run of " + input + " did not stop");
  }

  /** A clear error: the contract's or a read failure's, naming the file, with a line where the error is about one. */
  private static void assertClear(Variant v, PipelineException e) {
    String m = e.getMessage();
    assertThat(e.exitCode()).as("exit status for %s: %s", v.fileName(), m).isIn(65, 1);
    assertThat(m).as("message names the file").contains(v.relativeName());
    if (m.contains("cannot be parsed") || m.contains("participant_id looks like")) {
      assertThat(m).as("message names the line").containsPattern(v.relativeName() + " line [0-9]+:");
    }
    assertThat(m).as("no participant value in the message").doesNotContain("@example", "someone");
  }

  /** The batch's outputs: every row accounted for, per source, per file and per reject. */
  private void checkBatch(Path out, Map<String, Variant> inBatch, Report report) throws IOException {
    Map<String, Long> summary = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve("quality/summary").toString()).collectAsList()) {
      summary.put(r.getString(0) + "." + r.getString(1), r.getLong(2));
    }
    JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
    Map<String, Long> fileRows = new HashMap<>();
    manifest.get("inputs").forEach(f -> fileRows.put(f.get("path").asText(), f.get("rows").asLong()));

    for (Source s : Source.values()) {
      long read = summary.get(s.id() + ".rows_read");
      long rejected = summary.get(s.id() + ".rows_rejected");
      assertThat(summary.get(s.id() + ".rows_accepted") + rejected).as("%s: rows read = accepted + rejected", s.id()).isEqualTo(read);
      long byReason = Arrays.stream(ReasonCode.values()).mapToLong(c -> summary.get(s.id() + "." + c.metric())).sum();
      assertThat(byReason).as("%s: rejected = sum over reasons", s.id()).isEqualTo(rejected);
      long files = fileRows.entrySet().stream().filter(e -> e.getKey().startsWith(s.id() + "/")).mapToLong(Map.Entry::getValue).sum();
      assertThat(files).as("%s: rows read = rows of its files in the manifest", s.id()).isEqualTo(read);
    }

    Map<String, List<String>> rejectsByFile = new HashMap<>();
    Set<String> seen = new HashSet<>();
    Set<String> reasons = new HashSet<>();
    Arrays.stream(ReasonCode.values()).forEach(c -> reasons.add(c.name()));
    for (Row r : spark.read().parquet(out.resolve("quality/rejects").toString()).select("file", "line", "reason", "column").collectAsList()) {
      String file = r.getString(0);
      long line = r.getLong(1);
      String reason = r.getString(2);
      assertThat(seen.add(file + ":" + line)).as("one reject per record: %s line %s", file, line).isTrue();
      assertThat(line).as("records start after the header").isGreaterThanOrEqualTo(2);
      assertThat(reasons).as("a reason of the contract").contains(reason);
      boolean rowLevel = reason.equals("MALFORMED") || reason.equals("DUPLICATE") || reason.equals("CONFLICT");
      assertThat(r.isNullAt(3)).as("column null exactly for row-level reasons (%s)", reason).isEqualTo(rowLevel);
      rejectsByFile.computeIfAbsent(file, k -> new ArrayList<>()).add(line + "|" + reason + "|" + r.getString(3));
    }

    for (Variant v : inBatch.values()) {
      long rows = fileRows.get(v.relativeName());
      List<String> rejects = rejectsByFile.getOrDefault(v.relativeName(), List.of());
      assertThat((long) rejects.size()).as("%s: rejects <= rows", v.fileName()).isLessThanOrEqualTo(rows);
      Long expected = RecordCount.ifQuoteFree(v.bytes(), v.gzipped());
      if (expected != null) {
        assertThat(rows).as("%s: rows = non-empty lines after the header", v.fileName()).isEqualTo(expected);
      }
      Extreme.check(v, rows, rejects);
      report.read(v, rows, rejects.size());
    }
  }

  /** What happened to each kind of variant, printed for the record. */
  static final class Report {
    final int variants;
    private final Map<String, Map<String, Integer>> byKind = new TreeMap<>();

    Report(int variants) {
      this.variants = variants;
    }

    void stopped(Variant v, PipelineException e, String when) {
      count(v, "stopped at " + when + " (exit " + e.exitCode() + ")");
      Extreme.checkStopped(v, e);
    }

    void read(Variant v, long rows, int rejects) {
      count(v, rejects == 0 ? "read, all rows accepted" : rejects == rows ? "read, all rows rejected" : "read, some rejected");
    }

    private void count(Variant v, String outcome) {
      byKind.computeIfAbsent(v.kind(), k -> new TreeMap<>()).merge(outcome, 1, Integer::sum);
    }

    void print() {
      System.out.println("Hostile inputs: " + variants + " variants");
      byKind.forEach((kind, outcomes) -> System.out.println("  " + kind + ": " + outcomes));
    }
  }
}
