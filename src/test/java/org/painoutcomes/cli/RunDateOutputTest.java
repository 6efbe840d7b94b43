package org.painoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.io.RunLock;

/** The run command's --output-base/--run-date layout and its lock, through the command line. */
class RunDateOutputTest {
  static FileSystem fs;

  @BeforeAll
  static void session() throws IOException {
    fs = FileSystem.getLocal(SparkTestSession.get().sparkContext().hadoopConfiguration());
  }

  private static int dated(Path input, Path base, String date, String runId) {
    return Main.execute("run", "--input", input.toString(), "--output-base", base.toString(), "--run-date", date, "--run-id", runId);
  }

  private static String manifest(Path runFolder) throws IOException {
    return Files.readString(runFolder.resolve("manifest.json"));
  }

  @Test
  void datedRunsPublishUnderRunsAndLatestFollowsTheNewestDate(@TempDir Path dir) throws IOException {
    Path input = TestInputs.copyResource("ingest/reasons", dir);
    Path base = dir.resolve("base");

    assertThat(dated(input, base, "2025-03-31", "r1")).isZero();
    Path march31 = base.resolve("runs/run_date=2025-03-31");
    assertThat(manifest(march31)).contains("\"run_id\" : \"r1\"", "\"status\" : \"succeeded\"");
    assertThat(march31.resolve("quality/rejects")).isDirectory();
    assertThat(Files.readString(base.resolve("latest"))).isEqualTo("runs/run_date=2025-03-31\n");

    assertThat(dated(input, base, "2025-03-30", "r2")).as("backfill").isZero();
    assertThat(Files.readString(base.resolve("latest"))).as("a backfill leaves latest alone").isEqualTo("runs/run_date=2025-03-31\n");

    Map<String, String> march30 = TestInputs.snapshot(base.resolve("runs/run_date=2025-03-30"));
    assertThat(dated(input, base, "2025-03-31", "r3")).as("re-run of a date").isZero();
    assertThat(manifest(march31)).as("the date's run replaced").contains("\"run_id\" : \"r3\"");
    assertThat(TestInputs.snapshot(base.resolve("runs/run_date=2025-03-30"))).as("other dates untouched").isEqualTo(march30);
    assertThat(base.resolve("runs").toFile().list())
        .as("only published runs (and Hadoop's checksum files) under runs/")
        .filteredOn(n -> !n.endsWith(".crc"))
        .containsExactlyInAnyOrder("run_date=2025-03-30", "run_date=2025-03-31");
  }

  @Test
  void outputChoiceAndRunDateErrorsAreUsageErrors(@TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    String in = input.toString();
    String base = dir.resolve("base").toString();
    String out = dir.resolve("out").toString();
    assertThat(Main.execute("run", "--input", in)).as("no output at all").isEqualTo(2);
    assertThat(Main.execute("run", "--input", in, "--output", out, "--output-base", base, "--run-date", "2025-03-31")).as("both").isEqualTo(2);
    assertThat(Main.execute("run", "--input", in, "--output-base", base)).as("base without date").isEqualTo(2);
    assertThat(Main.execute("run", "--input", in, "--output", out, "--run-date", "2025-03-31")).as("date without base").isEqualTo(2);
    assertThat(Main.execute("run", "--input", in, "--output-base", base, "--run-date", "2025-02-30")).as("no such day").isEqualTo(2);
    assertThat(Main.execute("run", "--input", in, "--output", out, "--stale-lock-minutes", "0")).isEqualTo(2);
    assertThat(dir.toFile().list()).as("nothing written").containsExactly("in");
  }

  @Test
  void secondRunOfALockedOutputStopsWithExit1AndLeavesItAlone(@TempDir Path dir) throws IOException {
    Path input = TestInputs.copyResource("ingest/reasons", dir);
    Path output = dir.resolve("out");
    assertThat(Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", "first")).isZero();
    assertThat(dir.resolve(".out.lock")).as("released after the run").doesNotExist();
    Map<String, String> before = TestInputs.snapshot(output);

    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (RunLock running = RunLock.acquire(fs, new org.apache.hadoop.fs.Path(output.toString()), "running", Duration.ofMinutes(30))) {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int status = Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", "second");
      assertThat(status).as("exit status of a refused concurrent run").isEqualTo(1);
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).contains("being written by another run", "run running on host", ".out.lock");
    assertThat(TestInputs.snapshot(output)).as("OUTPUT untouched").isEqualTo(before);
    assertThat(dir.toFile().list()).as("no staging folder, no lock beside OUTPUT")
        .filteredOn(n -> !n.endsWith(".crc"))
        .containsExactlyInAnyOrder("reasons", "out");
  }
}
