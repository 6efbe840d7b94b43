package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.TestInputs;
import org.painoutcomes.io.OutputPublisher;

/**
 * What a driver killed at each step of a run leaves beside OUTPUT, and how the next run's {@link
 * OutputPublisher#prepare()} repairs it (SPEC 8: the previous OUTPUT as it was, nothing of the
 * killed run left). The states are made by hand, named exactly as OutputPublisher names its
 * folders ({@code .NAME.tmp-RUNID}, {@code .NAME.previous-RUNID}); {@link DriverKillTest} makes
 * the first ones with real kills. No Spark: the local Hadoop file system only.
 */
class OutputPublisherRecoveryTest {
  @TempDir Path dir;

  private OutputPublisher publisher(String runId) throws Exception {
    return publisher(dir.resolve("out").toString(), runId);
  }

  /** As Pipeline makes it: from the --output text. */
  private static OutputPublisher publisher(String output, String runId) throws Exception {
    FileSystem fs = FileSystem.getLocal(new Configuration()).getRawFileSystem();
    return new OutputPublisher(fs, new org.apache.hadoop.fs.Path(output), runId);
  }

  private Map<String, String> output(String dirName, String content) {
    TestInputs.write(dir.resolve(dirName).resolve("manifest.json"), content);
    TestInputs.write(dir.resolve(dirName).resolve("quality/summary/part-0.parquet"), content + " rows");
    return TestInputs.snapshot(dir.resolve(dirName));
  }

  @Test
  void killedWhileWritingStagingOfEarlierRunsAreRemoved() throws Exception {
    Map<String, String> previous = output("out", "previous");
    output(".out.tmp-run1", "half written");
    output(".out.tmp-run2", "also half written");

    publisher("run3").prepare();
    assertThat(TestInputs.snapshot(dir.resolve("out"))).isEqualTo(previous);
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("out", ".out.tmp-run3");
  }

  @Test
  void killedBetweenTheTwoRenamesThePreviousOutputIsPutBack() throws Exception {
    Map<String, String> previous = output(".out.previous-run1", "previous");
    output(".out.tmp-run1", "complete but never published");

    publisher("run2").prepare();
    assertThat(TestInputs.snapshot(dir.resolve("out"))).as("restored byte for byte").isEqualTo(previous);
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("out", ".out.tmp-run2");
  }

  @Test
  void killedAfterTheSecondRenameThePreviousOutputIsDeleted() throws Exception {
    Map<String, String> published = output("out", "new");
    output(".out.previous-run1", "previous");

    publisher("run2").prepare();
    assertThat(TestInputs.snapshot(dir.resolve("out"))).as("the published output stays").isEqualTo(published);
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("out", ".out.tmp-run2");
  }

  @Test
  void killedBeforeTheFirstOutputExistedLeavesNoOutput() throws Exception {
    output(".out.tmp-run1", "half written");

    publisher("run2").prepare();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder(".out.tmp-run2");
  }

  @Test
  void foldersOfAnotherOutputBesideItAreLeftAlone() throws Exception {
    // "out-2" and "outer" start with "out": their staging must survive a run of "out".
    output(".out-2.tmp-run1", "another job's staging");
    output(".outer.previous-run1", "another job's previous output");

    publisher("run2").prepare();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder(".out-2.tmp-run1", ".outer.previous-run1", ".out.tmp-run2");
  }

  @Test
  void anOutputGivenWithATrailingSlashStagesBesideItNotInsideIt() throws Exception {
    output("out", "previous");
    publisher(dir.resolve("out") + "/", "run2").prepare();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("out", ".out.tmp-run2");
  }

  @Test
  void publishReplacesThePreviousOutputAndLeavesNothingBeside() throws Exception {
    output("out", "previous");
    OutputPublisher p = publisher("run2");
    p.prepare();
    Map<String, String> staged = output(".out.tmp-run2", "new");

    p.publish();
    assertThat(TestInputs.snapshot(dir.resolve("out"))).isEqualTo(staged);
    assertThat(dir.toFile().list()).containsExactly("out");
  }
}
