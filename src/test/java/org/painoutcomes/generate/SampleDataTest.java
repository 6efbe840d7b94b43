package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * The checked-in sample-data/ is what its README says: the output of {@code generate
 * --participants 2000 --seed 20261201 --defects 0.003 --gzip --monthly}, with the ledger the
 * README lists. Files are compared decompressed (the text, not the zlib build that packed it).
 * When the generator changes on purpose, regenerate it with that command and update the README's
 * table.
 */
class SampleDataTest {
  private static final Path SAMPLE = Path.of("sample-data");

  @TempDir Path dir;

  @Test
  void sampleDataIsTheReadmeCommandsOutput() throws IOException {
    GenerationResult fresh =
        ExtractGenerator.generate(new GeneratorOptions(2000, 20261201, dir, 0.003, true, true));
    for (Source s : Source.values()) {
      List<String> names = names(dir.resolve(s.id()));
      assertThat(names(SAMPLE.resolve(s.id()))).as("monthly files of sample-data/%s", s.id())
          .isEqualTo(names).hasSizeGreaterThan(20);
      for (String name : names) {
        assertThat(text(SAMPLE.resolve(s.id()).resolve(name)))
            .as("sample-data/%s/%s differs from a fresh generation: regenerate it (see its README)", s.id(), name)
            .isEqualTo(text(dir.resolve(s.id()).resolve(name)));
      }
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

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] text(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
