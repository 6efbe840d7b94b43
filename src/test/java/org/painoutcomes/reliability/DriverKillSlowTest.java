package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.cli.Main;
import org.painoutcomes.io.Manifest;

/**
 * The driver killed with SIGKILL at seeded random moments once it has begun writing, wherever
 * that falls (inside a Parquet write, between tables, during publish): OUTPUT must always be
 * either the previous one byte for byte, or the killed run's complete new one (published just
 * before the kill), or, for a kill between the two renames of publish, missing with the previous
 * one aside; and the next run must leave exactly OUTPUT. Slow (a child JVM per kill): {@code mvn
 * test -Dtest=DriverKillSlowTest -Dtest.excludedGroups=}.
 */
@Tag("slow")
class DriverKillSlowTest {
  static final int KILLS = 6;

  @BeforeAll
  static void session() {
    SparkTestSession.get();
  }

  @Test
  void killedAtRandomMomentsOfWritingNothingIsEverHalfPublished(@TempDir Path dir) throws Exception {
    Path input = SyntheticExtract.write(dir.resolve("in"), 120, 41);
    Path output = dir.resolve("out");
    assertThat(run(input, output, "first")).isZero();
    Random random = new Random(42);
    for (int k = 0; k < KILLS; k++) {
      Map<String, String> before = TestInputs.snapshot(output);
      String runId = "killed" + k;
      // Even kills: anywhere in the writing (several seconds here); odd kills: within a few ms
      // of the manifest being written, when publish renames the folders.
      boolean publishing = k % 2 == 1;
      String waitFor = publishing ? ".out.tmp-" + runId + "/" + Manifest.FILE_NAME : ".out.tmp-" + runId;
      long delayMillis = publishing ? random.nextInt(300) : random.nextInt(8000);
      String outcome = killAfter(dir, input, output, runId, dir.resolve(waitFor), delayMillis);
      System.out.println("kill " + k + " at " + delayMillis + " ms after " + waitFor + " appeared: " + outcome);
      switch (outcome) {
        case "previous" -> assertThat(TestInputs.snapshot(output)).as("previous OUTPUT, byte for byte").isEqualTo(before);
        case "published" -> assertThat(Files.readString(output.resolve(Manifest.FILE_NAME)))
            .contains("\"run_id\" : \"" + runId + "\"", "\"status\" : \"succeeded\"");
        case "between renames" -> assertThat(TestInputs.snapshot(dir.resolve(".out.previous-" + runId)))
            .as("previous OUTPUT aside, byte for byte").isEqualTo(before);
        default -> throw new AssertionError(outcome);
      }
      assertThat(run(input, output, "after" + k)).as("the next run").isZero();
      assertThat(dir.toFile().list()).as("only OUTPUT is left beside it").containsExactlyInAnyOrder("in", "out", "child");
    }
  }

  /** Starts a run in a child JVM, kills it delayMillis after {@code sign} appeared, and tells what OUTPUT became. */
  private static String killAfter(Path dir, Path input, Path output, String runId, Path sign, long delayMillis) throws Exception {
    ChildJvm child = ChildJvm.of(dir.resolve("child"), "local[2]");
    Process p = child.start("org.painoutcomes.cli.Main", "run", "--input", input.toString(), "--output", output.toString(), "--run-id", runId);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DriverKillTest.CHILD_TIMEOUT_SECONDS);
    while (!Files.exists(sign) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(1);
    }
    assertThat(p.isAlive() || p.exitValue() == 0).as("the child failed; stderr:\n%s", child.stderr()).isTrue();
    Thread.sleep(delayMillis);
    p.destroyForcibly();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (!Files.exists(output)) {
      return "between renames";
    }
    return Files.readString(output.resolve(Manifest.FILE_NAME)).contains("\"run_id\" : \"" + runId + "\"") ? "published" : "previous";
  }

  private static int run(Path input, Path output, String runId) {
    return Main.execute("run", "--input", input.toString(), "--output", output.toString(), "--run-id", runId);
  }
}
