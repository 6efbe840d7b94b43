package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.Pipeline;
import org.painoutcomes.RunOptions;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.StageLog;
import org.painoutcomes.TestInputs;
import org.painoutcomes.cli.Main;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.io.Manifest;

/**
 * Issue "Reliability", fault injection (a): the driver JVM killed with SIGKILL while it writes
 * the tables and just before it publishes. The run goes in a child JVM ({@link PausingRun}) that
 * stops at a named point; the test waits for its marker file and kills it. Then the previous
 * OUTPUT must be byte for byte as it was, the killed run's staging folder must still be there
 * (proof that the kill really came mid-write), and the next run must remove it and publish.
 * Both cases start from a copy of one first run's OUTPUT, byte for byte.
 */
class DriverKillTest {
  static final long CHILD_TIMEOUT_SECONDS = 600;
  static SparkSession spark;
  @TempDir static Path shared;
  static Path input;
  static Path firstOutput;

  @BeforeAll
  static void firstRun() {
    spark = SparkTestSession.get();
    input = SyntheticExtract.write(shared.resolve("in"), 60, 11);
    firstOutput = shared.resolve("first");
    assertThat(run(input, firstOutput, "first")).isZero();
  }

  @Test
  void killedWhileWritingTheTablesLeavesThePreviousOutputAndTheNextRunCleansUp(@TempDir Path dir) throws Exception {
    Path output = TestInputs.copyTree(firstOutput, dir.resolve("out"));
    Map<String, String> before = TestInputs.snapshot(output);

    killAt(dir, input, output, "quality/rejects");
    assertThat(TestInputs.snapshot(output)).as("previous OUTPUT after the kill, byte for byte").isEqualTo(before);
    Path staging = dir.resolve(".out.tmp-killed");
    assertThat(staging.resolve("quality/rejects")).as("the kill came after quality/rejects was written").isDirectory();
    assertThat(staging.resolve(Manifest.FILE_NAME)).as("and before the manifest").doesNotExist();

    assertThat(run(input, output, "third")).isZero();
    assertThat(dir.toFile().list()).as("the next run removed the staging folder").containsExactlyInAnyOrder("out", "child");
    assertThat(Files.readString(output.resolve(Manifest.FILE_NAME))).contains("\"run_id\" : \"third\"");
  }

  @Test
  void killedBeforeOrDuringPublishLeavesThePreviousOutputOrPutsItBack(@TempDir Path dir) throws Exception {
    Path output = TestInputs.copyTree(firstOutput, dir.resolve("out"));
    Map<String, String> before = TestInputs.snapshot(output);

    killAt(dir, input, output, Manifest.FILE_NAME);
    assertThat(TestInputs.snapshot(output)).as("previous OUTPUT after a kill just before publish").isEqualTo(before);
    assertThat(dir.resolve(".out.tmp-killed").resolve(Manifest.FILE_NAME)).as("staging was complete").exists();

    // Publish is two renames: OUTPUT aside, then staging into place. A kill between them leaves
    // no OUTPUT at all; no hook can stop a run there, so the test makes the first rename itself,
    // exactly as OutputPublisher.publish() names it.
    Path aside = dir.resolve(".out.previous-killed");
    Files.move(output, aside);

    // The next run's prepare() puts the previous OUTPUT back before it writes anything: seen
    // from inside the run, once its first table is written.
    AtomicReference<Map<String, String>> duringNextRun = new AtomicReference<>();
    new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out), table -> {
      if (duringNextRun.get() == null) {
        duringNextRun.set(TestInputs.snapshot(output));
      }
    }).run(new RunOptions(input.toString(), output.toString(), "third"));
    assertThat(duringNextRun.get()).as("previous OUTPUT restored by the next run, byte for byte").isEqualTo(before);
    assertThat(dir.toFile().list()).as("nothing left beside OUTPUT").containsExactlyInAnyOrder("out", "child");
    assertThat(Files.readString(output.resolve(Manifest.FILE_NAME))).contains("\"run_id\" : \"third\"");
  }

  /** Runs the pipeline in a child JVM with run id "killed", pauses it at {@code point} and kills it with SIGKILL. */
  static void killAt(Path dir, Path input, Path output, String point) throws Exception {
    KilledRun.killAt(dir, "local[2]", input.toString(), output.toString(), "killed", point, java.util.List.of());
  }

  private static int run(Path input, Path output, String runId) {
    return Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", runId);
  }
}
