package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
 * Issue "Reliability", fault injection (b): an output location that cannot be written, found
 * before, while or after the tables are written. Every case must end with exit 1 and a message
 * naming the output location, with the previous OUTPUT byte for byte as it was and no staging
 * folder left behind.
 *
 * <p>Why no read-only directory: the tests run as root, and root writes into a directory whatever
 * its mode (chmod 555 stops nobody). A path under a regular file, or under {@code /proc/self},
 * cannot be created by anyone; a disk filling up or a rename refused mid-publish is injected
 * through {@link FaultInjectingFileSystem}.
 */
class UnwritableOutputTest {
  @TempDir static Path shared;
  static SparkSession spark;
  static Path input;
  static Path output;
  static Map<String, String> previous;

  @BeforeAll
  static void previousOutput() {
    spark = SparkTestSession.get();
    FaultInjectingFileSystem.register(spark);
    input = TestInputs.copyResource("ingest/reasons", shared);
    output = shared.resolve("out");
    assertThat(Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", "good"))
        .as("the good run that makes the previous OUTPUT").isZero();
    previous = TestInputs.snapshot(output);
  }

  @AfterEach
  void disarm() {
    FaultInjectingFileSystem.disarm();
    assertThat(TestInputs.snapshot(output)).as("previous OUTPUT, byte for byte").isEqualTo(previous);
    assertThat(shared.toFile().list()).as("no staging folder left beside OUTPUT").containsExactlyInAnyOrder("reasons", "out");
  }

  @Test
  void outputUnderARegularFileExitsWith1(@TempDir Path dir) throws Exception {
    Path file = TestInputs.write(dir.resolve("not-a-folder"), "x");
    String target = file.resolve("out").toString();

    PipelineException e = failedRun(target);
    assertThat(e.getMessage()).as("names the location").startsWith("Cannot write the output location " + target + ":");
    assertThat(Files.readString(file)).as("the file in the way is untouched").isEqualTo("x");
    assertThat(dir.toFile().list()).containsExactly("not-a-folder");
  }

  @Test
  void outputOnProcExitsWith1ThroughTheCommandLine() {
    // /proc/self exists, but no folder can be created in it.
    String target = "/proc/self/pain-outcomes-out";
    assertThat(Main.execute("run", "--input", input.toString(), "--output", target, "--run-id", "proc"))
        .as("exit status").isEqualTo(1);
    assertThat(failedRun(target).getMessage()).startsWith("Cannot write the output location " + target + ":");
  }

  @Test
  void diskFullWhileATableIsWrittenExitsWith1AndRemovesTheStagingFolder() {
    // quality/summary is written first; creating any file of quality/rejects then fails.
    FaultInjectingFileSystem.arm(Fault.FAIL_CREATE_UNDER, "rejects");
    String target = FaultInjectingFileSystem.uri(output);

    PipelineException e = failedRun(target);
    assertThat(e.getMessage())
        .as("names the table being written and the I/O error, not Spark's job failure")
        .startsWith("Cannot write the output location " + target.replace("/out", "/.out.tmp-unwritable/quality/rejects")
            + ": No space left on device (injected).");
  }

  @Test
  void renameOfThePreviousOutputRefusedExitsWith1() {
    FaultInjectingFileSystem.arm(Fault.FAIL_RENAME_TO, ".out.previous-");
    String target = FaultInjectingFileSystem.uri(output);

    assertThat(failedRun(target).getMessage())
        .startsWith("Cannot write the output location " + target + ": cannot move the previous output aside");
  }

  @Test
  void renameOfTheStagingFolderRefusedPutsThePreviousOutputBack() {
    FaultInjectingFileSystem.arm(Fault.FAIL_RENAME_FROM, ".out.tmp-");
    String target = FaultInjectingFileSystem.uri(output);

    assertThat(failedRun(target).getMessage())
        .startsWith("Cannot write the output location " + target + ": cannot move the staging folder into place");
  }

  private static PipelineException failedRun(String target) {
    Pipeline pipeline = new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out));
    Throwable thrown = catchThrowable(() -> pipeline.run(new RunOptions(input.toString(), target, "unwritable")));
    assertThat(thrown).as("a user-facing error, not a Spark job failure").isInstanceOf(PipelineException.class);
    PipelineException e = (PipelineException) thrown;
    assertThat(e.exitCode()).as("exit status").isEqualTo(1);
    return e;
  }
}
