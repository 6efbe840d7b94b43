package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A driver killed with SIGKILL at a named point of its run (on {@code master}, e.g. {@code
 * local[1]}): the run goes in a child JVM ({@link PausingRun}) that stops there; the test waits for its marker
 * file and kills it. {@code sparkConf} reaches the child as system properties (e.g. the s3a
 * endpoint as {@code spark.hadoop.fs.s3a.endpoint}).
 */
public final class KilledRun {
  private static final long TIMEOUT_SECONDS = 600;

  public static void killAt(Path dir, String master, String input, String output, String runId, String point, List<String> sparkConf)
      throws Exception {
    Path marker = dir.resolve("child/paused");
    List<String> props = new ArrayList<>(sparkConf);
    props.add("-D" + PausingRun.PAUSE_AT + "=" + point);
    props.add("-D" + PausingRun.MARKER + "=" + marker);
    ChildJvm child = ChildJvm.of(dir.resolve("child"), master, props.toArray(String[]::new));
    Process p = child.start(PausingRun.class.getName(), input, output, runId);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    while (!Files.exists(marker)) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("the child run never reached " + point + "; stderr:\n" + child.stderr());
      }
      Thread.sleep(100);
    }
    p.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the child is gone").isTrue();
    assertThat(p.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
  }

  private KilledRun() {}
}
