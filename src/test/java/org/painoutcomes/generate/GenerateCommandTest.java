package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;
import org.painoutcomes.cli.GenerateCommand;
import picocli.CommandLine;

/** The {@code generate} subcommand and the generator's refusals. */
class GenerateCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new GenerateCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void writesTheThreeSourcesAndPrintsTheLedger() throws IOException {
    Path target = dir.resolve("x");
    int status = run("--participants", "40", "--seed", "3", "--defects", "0.01", "--output", target.toString());
    assertThat(status).as("exit status; stderr: %s", err).isZero();
    try (var files = Files.list(target)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .as("the folder holds the sources and the manifest that marks them as generated")
          .isEqualTo(List.of("attendance.csv", "enrollment.csv", "manifest.json", "outcomes.csv"));
    }
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).as("header").isEqualTo("source,metric,value");
    GenerationResult same =
        ExtractGenerator.generate(new GeneratorOptions(40, 3, dir.resolve("y"), 0.01, false));
    assertThat(lines).as("stdout is the API's expected quality summary").isEqualTo(same.qualitySummaryLines());
    assertThat(lines).as("one unclosed quote at least").anyMatch(l -> l.matches("outcomes,rejected_MALFORMED,[1-9][0-9]*"));
    assertThat(err.toString()).as("progress line").contains("Generated 40 participants");
  }

  @Test
  void gzipWritesGzipFiles() {
    assertThat(run("--participants", "10", "--gzip", "--output", dir.toString())).as("exit status").isZero();
    assertThat(dir.resolve("outcomes.csv.gz")).as("gzip outcomes").exists();
    assertThat(dir.resolve("outcomes.csv")).as("no plain outcomes").doesNotExist();
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertThat(run("--participants", "0", "--output", dir.toString())).as("no participants").isEqualTo(2);
    assertThat(err.toString()).as("message names the option").contains("--participants");
    assertThat(run("--participants", "5", "--defects", "1.5", "--output", dir.toString())).as("rate above 0.5").isEqualTo(2);
    assertThat(run("--participants", "5")).as("--output missing (picocli)").isEqualTo(2);
  }

  @Test
  void refusesAFolderHoldingAnotherFormOfASource() throws IOException {
    Files.writeString(dir.resolve("attendance.csv.gz"), "");
    assertThatThrownBy(() -> ExtractGenerator.generate(GeneratorOptions.clean(10, 1, dir)))
        .as("a .csv.gz beside the .csv to write would be a second copy of the source (SPEC 2)")
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("attendance.csv.gz");
    assertThat(dir.resolve("enrollment.csv")).as("nothing written").doesNotExist();
  }

  @Test
  void replacesItsOwnEarlierFiles() throws IOException {
    ExtractGenerator.generate(GeneratorOptions.clean(30, 1, dir));
    ExtractGenerator.generate(GeneratorOptions.clean(20, 1, dir));
    assertThat(Files.readAllLines(dir.resolve("enrollment.csv"))).as("header and 20 rows, none left from 30").hasSize(21);
  }
}
