package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * The checked-in sample-data/ is what its README says: the output of {@code generate
 * --participants 300 --seed 20261126 --defects 0.01}, with the ledger the README lists. When the
 * generator changes on purpose, regenerate it with that command and update the README's table.
 */
class SampleDataTest {
  private static final Path SAMPLE = Path.of("sample-data");

  @TempDir Path dir;

  @Test
  void sampleDataIsTheReadmeCommandsOutput() throws IOException {
    GenerationResult fresh = ExtractGenerator.generate(new GeneratorOptions(300, 20261126, dir, 0.01, false));
    for (Source s : Source.values()) {
      String name = s.id() + ".csv";
      assertThat(Files.mismatch(SAMPLE.resolve(name), dir.resolve(name)))
          .as("sample-data/%s differs from a fresh generation: regenerate it (see its README)", name)
          .isEqualTo(-1L);
    }
    String readme = Files.readString(SAMPLE.resolve("README.md"));
    for (Source s : Source.values()) {
      for (ReasonCode c : ReasonCode.values()) {
        assertThat(readme).as("README ledger row for %s %s", s.id(), c)
            .contains("| " + s.id() + " | " + c.name() + " | " + fresh.planted(s, c) + " |");
      }
      assertThat(readme).as("README rows read of %s", s.id())
          .contains("| " + s.id() + " | rows read | " + fresh.rowsWritten().get(s) + " |");
    }
  }
}
