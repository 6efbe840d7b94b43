package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.Pipeline;
import org.painoutcomes.PipelineException;
import org.painoutcomes.RunOptions;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.StageLog;
import org.painoutcomes.config.ConfigLoader;

/**
 * Issue "Reliability", identifier safety: sentinel values planted in the inputs (participant ids
 * that all contain {@code SENTINELPID}, an SSN-shaped and an e-mail-shaped participant_id, a
 * direct-identifier column, an ignored free-text column) must appear nowhere a run writes except
 * the restricted tables that hold participant ids by design: not in stdout or stderr (logs
 * included) of a run in a child JVM, not in any exception message, not in any other file under
 * OUTPUT. Parquet is written uncompressed here, so a byte search finds any value in it.
 */
class IdentifierLeakTest {
  /** The only outputs that may hold a participant_id or a raw record (SPEC 8, docs/PRIVACY.md). */
  static final List<String> PERSON_LEVEL_TABLES = List.of("quality/rejects", "analysis/change_records");

  static final String SENTINEL = "SENTINEL";
  static final String SSN = "078-05-1120";
  static final String EMAIL = "jane.sentinel@example.org";

  @TempDir static Path dir;
  static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  @Test
  void aSuccessfulRunWritesParticipantIdsOnlyIntoThePersonLevelTables() throws IOException {
    Path input = SyntheticExtract.write(dir.resolve("in-a"), 80, 21, "SENTINELPID");
    // A rejected enrollment, a rejected outcome and an ignored free-text column full of sentinels.
    Files.writeString(input.resolve("enrollment.csv"),
        "SENTINELPID999,S1,C1,2025-02-30,,,45-54,F,migraine,,SENTINELNOTE789\n", java.nio.file.StandardOpenOption.APPEND);
    Files.writeString(input.resolve("attendance/2025-02.csv"),
        "SENTINELPID456,X1,2025-02-03,yoga,group,maybe,30\n", java.nio.file.StandardOpenOption.APPEND);
    Path output = dir.resolve("out-a");

    ChildJvm.Result run = ChildJvm.of(dir.resolve("log-a"), "local[2]").run("org.painoutcomes.cli.Main", DriverKillTest.CHILD_TIMEOUT_SECONDS,
        "run", "--input", input.toString(), "--output", output.toString(), "--run-id", "leak", "--set", "output.compression=none");
    assertThat(run.exitCode()).as("exit status; stderr:\n%s", run.stderr()).isZero();
    assertThat(run.stdout()).as("the run printed its stages").contains("ingest", "publish");
    assertThat(run.output()).as("stdout and stderr of the run").doesNotContain(SENTINEL);

    List<String> searched = new ArrayList<>();
    for (String file : OutputTables.files(output)) {
      if (PERSON_LEVEL_TABLES.stream().anyMatch(t -> file.startsWith(t + "/"))) {
        continue;
      }
      searched.add(file);
      assertThat(bytes(output.resolve(file))).as("bytes of %s", file).doesNotContain(SENTINEL);
    }
    assertThat(searched).as("files searched").contains("manifest.json").anyMatch(f -> f.startsWith("quality/summary/"));
    for (String table : OutputTables.tables(output)) {
      if (!PERSON_LEVEL_TABLES.contains(table)) {
        assertThat(stringValues(output.resolve(table))).as("values of %s", table).noneMatch(v -> v.contains(SENTINEL));
        assertThat(spark.read().parquet(output.resolve(table).toString()).columns()).as("columns of %s", table)
            .doesNotContain("participant_id", "record");
      }
    }
    // The search can fail: the person-level table does hold the sentinels, bytes and values.
    String rejects = OutputTables.files(output).stream().filter(f -> f.startsWith("quality/rejects/") && f.endsWith(".parquet"))
        .map(f -> bytes(output.resolve(f))).reduce("", String::concat);
    assertThat(rejects).contains("SENTINELPID999", "SENTINELNOTE789", "SENTINELPID456");
  }

  @Test
  void identifierLookingParticipantIdsStopTheRunWithoutShowingThem() throws IOException {
    Path input = SyntheticExtract.write(dir.resolve("in-b"), 15, 22, "SENTINELPID");
    Files.writeString(input.resolve("attendance/2025-02.csv"),
        SSN + ",X1,2025-02-03,yoga,group,true,30\n" + EMAIL + ",X2,2025-02-03,yoga,group,true,30\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertStopsWithoutShowing(input, dir.resolve("out-b"), "log-b", "attendance/2025-02.csv line ");
  }

  @Test
  void aDirectIdentifierColumnStopsTheRunWithoutShowingItsValues() throws IOException {
    Path input = SyntheticExtract.write(dir.resolve("in-c"), 15, 23, "SENTINELPID");
    String enrollment = Files.readString(input.resolve("enrollment.csv"));
    StringBuilder withIdentifiers = new StringBuilder();
    for (String line : enrollment.split("\n")) {
      boolean header = withIdentifiers.length() == 0;
      withIdentifiers.append(line).append(header ? ",SSN,Email Address" : "," + SSN + "," + EMAIL).append('\n');
    }
    Files.writeString(input.resolve("enrollment.csv"), withIdentifiers);
    assertStopsWithoutShowing(input, dir.resolve("out-c"), "log-c", "column 'SSN' whose name marks a direct identifier");
  }

  /** Exit 65 from a child JVM and from the Pipeline in this JVM; no value planted in anything either shows. */
  private static void assertStopsWithoutShowing(Path input, Path output, String log, String expected) {
    ChildJvm.Result run = ChildJvm.of(dir.resolve(log), "local[2]").run("org.painoutcomes.cli.Main", DriverKillTest.CHILD_TIMEOUT_SECONDS,
        "run", "--input", input.toString(), "--output", output.toString(), "--run-id", "leak");
    assertThat(run.exitCode()).as("exit status; stderr:\n%s", run.stderr()).isEqualTo(65);
    assertThat(run.stderr()).as("the error, on stderr").contains("pain-outcomes: ").contains(expected);
    assertThat(run.output()).as("stdout and stderr of the run")
        .doesNotContain(SENTINEL, SSN, "078", "1120", EMAIL, "jane", "example.org");
    assertThat(output).as("nothing written").doesNotExist();

    Throwable thrown = catchThrowable(() -> new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out))
        .run(new RunOptions(input.toString(), output.toString(), "leak-in-process")));
    assertThat(thrown).isInstanceOf(PipelineException.class).hasMessageContaining(expected);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getSimpleName())
          .doesNotContain(SENTINEL, SSN, EMAIL);
    }
  }

  /** Every value of every column of a table, as text (nested values included through their text). */
  private static List<String> stringValues(Path table) {
    Dataset<Row> rows = spark.read().parquet(table.toString());
    List<String> values = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      for (int i = 0; i < r.length(); i++) {
        values.add(String.valueOf(r.get(i)));
      }
    }
    return values;
  }

  /** A file's bytes as text, one char per byte (ISO-8859-1), so that a byte search finds ASCII sentinels anywhere. */
  private static String bytes(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
