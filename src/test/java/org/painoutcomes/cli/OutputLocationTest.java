package org.painoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.painoutcomes.TestInputs;

/**
 * An OUTPUT with no folder beside it (a file system's root, '.', '..') cannot hold a staging
 * folder or a lock: a usage error, exit 2, with a message saying so, before Spark starts.
 */
class OutputLocationTest {

  @ParameterizedTest(name = "--output ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "/                          | it is the root of its file system",
      "file:///                   | it is the root of its file system",
      "hdfs://namenode:8020       | it is the root of its file system",
      "s3a://bucket/              | it is the root of its file system",
      "/tmp/..                    | it is the root of its file system",
      "//                         | it is the root of its file system",
      ".                          | it is the current folder itself",
      "out/..                     | it is the current folder itself",
      "..                         | it ends in '..', which names no folder of its own",
      "/..                        | it ends in '..', which names no folder of its own",
      "/data/.                    | it ends in '.', which names no folder of its own",
      "\"\"                         | it is not a path or URI",
      "file:                      | it is not a path or URI"})
  void anOutputWithoutAParentFolderIsAUsageError(String output, String why, @TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    Run r = run("run", "--input", input.toString(), "--output", output);
    assertThat(r.status()).as("exit status; stderr:%n%s", r.stderr()).isEqualTo(2);
    assertThat(r.stderr())
        .startsWith("pain-outcomes: The output location '" + output + "' cannot be published: " + why)
        .contains("must be a folder inside another folder")
        .doesNotContain("Exception", "unexpectedly");
    assertThat(dir.toFile().list()).as("nothing written").containsExactly("in");
  }

  @ParameterizedTest(name = "--output-base ''{0}''")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"\"\"", "file:"})
  void anOutputBaseThatIsNoPathIsAUsageError(String base, @TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    Run r = run("run", "--input", input.toString(), "--output-base", base, "--run-date", "2025-03-31");
    assertThat(r.status()).as("exit status; stderr:%n%s", r.stderr()).isEqualTo(2);
    assertThat(r.stderr()).startsWith("pain-outcomes: The output location '" + base + "' cannot be published: it is not a path or URI");
  }

  private record Run(int status, String stderr) {}

  private static Run run(String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      int status = Main.execute(args);
      return new Run(status, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }
}
