package org.painoutcomes.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * jobs/schedule/retrying, which the crontab runs the job through: exit 1 and 143 are run again, 2,
 * 65 and any other status are final (docs/RELIABILITY.md, decision 16). The command here is a
 * shell that ends with the statuses given in turn and counts its attempts in a file.
 */
class RetryingScriptTest {
  private static final Path SCRIPT = Path.of("jobs", "schedule", "retrying").toAbsolutePath();

  @TempDir Path dir;

  @ParameterizedTest(name = "statuses {0}: exit {1} after {2} attempt(s)")
  @CsvSource({
    "0,       0,   1",
    "2,       2,   1",
    "65,      65,  1",
    "7,       7,   1",
    "1 0,     0,   2",
    "143 0,   0,   2",
    "1 143 1, 1,   3",
    "1 1 0,   0,   3",
    "1 1 1 0, 1,   3",
    "143 2,   2,   2",
  })
  void retriesOnlyOneAndOneFortyThree(String statuses, int exit, int attempts) throws Exception {
    Process p = start("--attempts", "3", "--delay", "0", "--", "bash", "-c", command(statuses));
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("exit status; stderr: %s", stderr()).isEqualTo(exit);
    assertThat(Files.readString(dir.resolve("count")).strip()).as("attempts").isEqualTo(Integer.toString(attempts));
  }

  @Test
  void aTermToTheScriptStopsTheCommandWithoutARetry() throws Exception {
    Process p = start("--delay", "0", "--", "bash", "-c", "echo 1 > count; exec sleep 60");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(dir.resolve("count")) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200);
    p.destroy(); // TERM
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(143);
    assertThat(Files.readString(dir.resolve("count")).strip()).isEqualTo("1");
    assertThat(stderr()).contains("retrying: stopped by a signal; exit 143, not retried");
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    Process p = start("--attempts", "0", "--", "true");
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(2);
  }

  /** A shell command ending with the n-th status on its n-th attempt, counting attempts in ./count. */
  private static String command(String statuses) {
    return "n=$(( $(cat count 2>/dev/null || echo 0) + 1 )); echo $n > count; s=(" + statuses + "); exit ${s[$((n - 1))]}";
  }

  private Process start(String... args) throws IOException {
    List<String> cmd = new java.util.ArrayList<>(List.of("bash", SCRIPT.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(dir.resolve("stderr.txt").toFile()).start();
  }

  private String stderr() throws IOException {
    return Files.readString(dir.resolve("stderr.txt"));
  }
}
