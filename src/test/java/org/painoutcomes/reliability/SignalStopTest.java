package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.cli.Main;

/**
 * A scheduler stops a run with TERM (Airflow on a timeout, systemd, a person's Ctrl-C as INT):
 * Spark's shutdown hook then stops the engine under the running job, which fails with whatever
 * that leaves behind. The run must say it was stopped, not that it "failed unexpectedly" with a
 * NullPointerException, and must publish nothing. Its console (stdout and stderr as a terminal
 * shows them) ends with that one message, holds no stack frame, and does not claim that another
 * run broke the lock (Hadoop's shutdown hook removed it, as the run asked).
 */
class SignalStopTest {
  private static final Pattern INGEST_DONE = Pattern.compile("(?m)^ingest ");

  @Test
  void aTermDuringTheAnalysisIsReportedAsAStop(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("in");
    Path output = dir.resolve("out");
    Path log = dir.resolve("spark.log");
    assertThat(
            Main.execute("generate", "--participants", "5000", "--seed", "7", "--defects", "0.01", "--output", input.toString()))
        .isZero();
    ChildJvm child = ChildJvm.of(dir.resolve("child"), "local[2]", "-Dpainoutcomes.log.file=" + log);
    Process p = child.startWithConsole(Main.class.getName(), "run", "--input", input.toString(), "--output", output.toString());
    // Once ingestion's stage line is out, the analysis' Spark jobs are running (several seconds of them).
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (!INGEST_DONE.matcher(child.console()).find()) {
      assertThat(p.isAlive()).as("the run is still going; console:\n%s", child.console()).isTrue();
      assertThat(System.nanoTime()).as("ingestion finished within 300 s").isLessThan(deadline);
      Thread.sleep(50);
    }
    p.destroy(); // SIGTERM on Unix
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the JVM ended").isTrue();
    String console = child.console();
    assertThat(console).as("stopped before publishing: no publish stage line").doesNotContainPattern("(?m)^publish ");
    assertThat(p.exitValue()).as("ended by TERM").isEqualTo(128 + 15);
    String[] lines = console.strip().split("\n");
    assertThat(lines[lines.length - 1])
        .as("the last line of the console")
        .isEqualTo("pain-outcomes: the run was stopped before it finished: the JVM is shutting down (a TERM, INT"
            + " or HUP signal). A run stopped before it published leaves the previous output as it was; the next"
            + " run removes what this one left. Spark's log of the run, with the details: " + log);
    assertThat(console)
        .as("console:%n%s", console)
        .doesNotContain("failed unexpectedly", "broken by another run", "was removed while this run held it")
        .doesNotContainPattern("(?m)^\\s+at ");
    assertThat(output).as("nothing published").doesNotExist();
  }
}
