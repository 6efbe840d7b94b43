package org.painoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.TestInputs;

/**
 * jobs/run-local run as a user would, from a folder of their own with relative paths: they mean
 * paths in that folder, not in the repository, and every message names the absolute path. The
 * script runs on the tests' classes (PAIN_OUTCOMES_CLASSPATH) rather than building.
 */
class RunLocalScriptTest {
  private static final Path SCRIPT = Path.of("jobs", "run-local").toAbsolutePath();

  @Test
  void relativePathsAreTheCallersFolder(@TempDir Path home) throws Exception {
    TestInputs.copyResource("ingest/reasons", home);
    Files.copy(Path.of("jobs", "pain-outcomes.properties"), home.resolve("job.properties"));

    Result ok = runLocal(home, "run", "--input", "reasons", "--output", "results/out", "--config", "job.properties", "--run-id", "rel");
    assertThat(ok.status()).as("exit status; console:%n%s", ok.console()).isZero();
    String manifest = Files.readString(home.resolve("results/out/manifest.json"));
    assertThat(manifest)
        .contains("\"input\" : \"" + home.resolve("reasons") + "\"")
        .contains("\"output\" : \"" + home.resolve("results/out") + "\"");
    assertThat(Path.of("results")).as("nothing written in the repository").doesNotExist();
    assertThat(ok.console()).contains("output: " + home.resolve("results/out"));

    Result same = runLocal(home, "run", "--input", "reasons", "--output=./reasons");
    assertThat(same.status()).isEqualTo(2);
    assertThat(same.lastLine()).as("the message names absolute paths")
        .startsWith("pain-outcomes: The output location " + home.resolve("reasons") + " is the input location " + home.resolve("reasons") + ".");

    Result config = runLocal(home, "run", "--input", "reasons", "--output", "other", "--config", "nowhere.properties");
    assertThat(config.status()).isEqualTo(2);
    assertThat(config.lastLine()).startsWith("pain-outcomes: Cannot read the config file " + home.resolve("nowhere.properties"));
  }

  private record Result(int status, String console) {
    String lastLine() {
      String[] lines = console.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  private static Result runLocal(Path workingDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("bash", SCRIPT.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workingDir.toFile()).redirectErrorStream(true);
    pb.environment().put("PAIN_OUTCOMES_CLASSPATH", System.getProperty("java.class.path"));
    pb.environment().put("PAIN_OUTCOMES_DRIVER_MEMORY", "1g");
    pb.environment().put("PAIN_OUTCOMES_LOG_FILE", workingDir.resolve("spark.log").toString());
    Path console = Files.createTempFile(workingDir, "console", ".txt");
    pb.redirectOutput(console.toFile());
    Process p = pb.start();
    if (!p.waitFor(600, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("jobs/run-local did not end within 600 s:\n" + Files.readString(console));
    }
    return new Result(p.exitValue(), Files.readString(console, StandardCharsets.UTF_8));
  }
}
