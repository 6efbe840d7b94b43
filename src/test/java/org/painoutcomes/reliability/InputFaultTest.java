package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.Pipeline;
import org.painoutcomes.PipelineException;
import org.painoutcomes.RunOptions;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.StageLog;
import org.painoutcomes.TestInputs;
import org.painoutcomes.cli.Main;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.reliability.FaultInjectingFileSystem.Fault;

/**
 * Issue "Reliability", fault injection (c): an input file truncated, corrupt, removed or changed
 * while a run reads it. Every case must end with exit 1 and a message naming the file (a {@link
 * PipelineException}, never a Spark stack trace), and the previous OUTPUT must stay byte for
 * byte as it was. Faults that happen mid-run (between locating a file, reading its header on the
 * driver and reading its rows in a task) are made deterministic by {@link
 * FaultInjectingFileSystem}.
 */
class InputFaultTest {
  @TempDir static Path shared;
  static SparkSession spark;
  static Path output;
  static Map<String, String> previous;

  @BeforeAll
  static void previousOutput() {
    spark = SparkTestSession.get();
    FaultInjectingFileSystem.register(spark);
    Path input = TestInputs.copyResource("ingest/reasons", shared);
    output = shared.resolve("out");
    assertThat(Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", "good"))
        .as("the good run that makes the previous OUTPUT").isZero();
    previous = TestInputs.snapshot(output);
  }

  @AfterEach
  void disarm() {
    FaultInjectingFileSystem.disarm();
  }

  @Test
  void gzipTruncatedAfterItsHeaderFailsInTheTaskThatReadsIt(@TempDir Path dir) throws IOException {
    // About 1 MB of rows compress to well over the 64 KiB the driver decompresses for the header;
    // cutting the compressed file in half leaves the header readable and the rows not.
    byte[] gz = gzip(manyOutcomeRows(30_000));
    Path input = TestInputs.minimalInput(dir);
    Files.delete(input.resolve("outcomes.csv"));
    TestInputs.write(input.resolve("outcomes.csv.gz"), Arrays.copyOf(gz, gz.length / 2));

    assertFailsNamingFile(input.toString(), "outcomes.csv.gz", "Unexpected end of ZLIB input stream");
  }

  @Test
  void gzipTruncatedInsideItsHeaderFailsOnTheDriver(@TempDir Path dir) throws IOException {
    byte[] gz = gzip("participant_id,assessment_date,instrument,item,value\nP1,2025-01-02,NRS,NRS_PAIN,6\n");
    Path input = TestInputs.minimalInput(dir);
    Files.delete(input.resolve("outcomes.csv"));
    TestInputs.write(input.resolve("outcomes.csv.gz"), Arrays.copyOf(gz, 20));

    assertFailsNamingFile(input.toString(), "outcomes.csv.gz", "Unexpected end of ZLIB input stream");
  }

  @Test
  void gzipWithACorruptStreamFails(@TempDir Path dir) throws IOException {
    byte[] gz = gzip(manyOutcomeRows(30_000));
    // Overwrite a stretch in the middle of the deflate stream: a bad block or a CRC mismatch.
    Arrays.fill(gz, gz.length / 2, gz.length / 2 + 64, (byte) 0xA5);
    Path input = TestInputs.minimalInput(dir);
    Files.delete(input.resolve("outcomes.csv"));
    TestInputs.write(input.resolve("outcomes.csv.gz"), gz);

    assertFailsNamingFile(input.toString(), "outcomes.csv.gz", "");
  }

  @Test
  void fileRemovedAfterItWasLocatedFailsOnTheDriver(@TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir);
    FaultInjectingFileSystem.arm(Fault.VANISH_BEFORE_FIRST_OPEN, "attendance.csv");

    assertFailsNamingFile(FaultInjectingFileSystem.uri(input), "attendance.csv", "");
  }

  @Test
  void fileRemovedAfterItsHeaderWasReadFailsInTheTask(@TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir);
    FaultInjectingFileSystem.arm(Fault.VANISH_BEFORE_SECOND_OPEN, "attendance.csv");

    assertFailsNamingFile(FaultInjectingFileSystem.uri(input), "attendance.csv", "");
  }

  @Test
  void fileTruncatedWhileTheRunReadsItFailsInsteadOfReadingPartRows(@TempDir Path dir) {
    // Without a check, the cut file would read as fewer rows, its last one cut mid-value (a
    // value "10" read as "1" would even be accepted): silently wrong results.
    Path input = TestInputs.minimalInput(dir);
    TestInputs.write(input.resolve("outcomes.csv"), manyOutcomeRows(200));
    FaultInjectingFileSystem.arm(Fault.SHRINK_BEFORE_SECOND_OPEN, "outcomes.csv");

    assertFailsNamingFile(FaultInjectingFileSystem.uri(input), "outcomes.csv", "changed while");
  }

  @Test
  void theCommandLineExitsWith1AndNothingChanges(@TempDir Path dir) throws IOException {
    byte[] gz = gzip(manyOutcomeRows(30_000));
    Path input = TestInputs.minimalInput(dir);
    Files.delete(input.resolve("outcomes.csv"));
    TestInputs.write(input.resolve("outcomes.csv.gz"), Arrays.copyOf(gz, gz.length / 3));

    // stderr ends with our message (Spark's log of the failed task goes to the run's log file).
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int status;
    try {
      status = Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", "cli");
    } finally {
      System.setErr(stderr);
    }
    assertThat(status).as("exit status of an unreadable input").isEqualTo(1);
    String[] lines = err.toString(StandardCharsets.UTF_8).strip().split("\n");
    assertThat(lines[lines.length - 1]).as("the last line of stderr")
        .startsWith("pain-outcomes: Cannot read the input file outcomes.csv.gz: Unexpected end of ZLIB input stream.");
    assertThat(err.toString(StandardCharsets.UTF_8)).as("not the unexpected-failure path").doesNotContain("failed unexpectedly");
    assertOutputUnchanged();
  }

  private static void assertFailsNamingFile(String input, String file, String causeText) {
    Pipeline pipeline = new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out));
    Throwable thrown = catchThrowable(() -> pipeline.run(new RunOptions(input, output.toString(), "faulty")));
    assertThat(thrown).as("a user-facing error, not a Spark job failure").isInstanceOf(PipelineException.class);
    PipelineException e = (PipelineException) thrown;
    assertThat(e.exitCode()).as("exit status").isEqualTo(1);
    assertThat(e.getMessage()).as("message names the file").contains("input file " + file + ":").contains(causeText);
    assertOutputUnchanged();
  }

  private static void assertOutputUnchanged() {
    assertThat(TestInputs.snapshot(output)).as("previous OUTPUT, byte for byte").isEqualTo(previous);
    assertThat(shared.toFile().list()).as("nothing left beside OUTPUT").containsExactlyInAnyOrder("reasons", "out");
  }

  /** n outcome rows of participants nobody enrolled, with values varied enough not to compress away. */
  static String manyOutcomeRows(int n) {
    Random r = new Random(7);
    StringBuilder b = new StringBuilder("participant_id,assessment_date,instrument,item,value\n");
    for (int i = 0; i < n; i++) {
      b.append("Q").append(r.nextInt(1_000_000)).append(",2025-0").append(1 + r.nextInt(9)).append('-')
          .append(10 + r.nextInt(18)).append(",NRS,NRS_PAIN,").append(r.nextInt(11)).append('\n');
    }
    return b.toString();
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }
}
