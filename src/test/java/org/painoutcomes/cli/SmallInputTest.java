package org.painoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.TestInputs;

/**
 * Before Spark starts, a run tells a small input from a large one by its sources' bytes, as
 * config.RunScale does (64 MiB): the Spark settings read only when a session starts depend on it.
 */
class SmallInputTest {

  @Test
  void theSourcesBytesDecideUpTo64MiBInclusive(@TempDir Path dir) throws Exception {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    assertThat(RunCommand.smallInput(input.toString())).isTrue();
    // Sparse files: their length is what a listing reports, without writing the bytes.
    long others = java.nio.file.Files.size(input.resolve("attendance.csv")) + java.nio.file.Files.size(input.resolve("outcomes.csv"));
    setLength(input.resolve("enrollment.csv"), (64L << 20) - others);
    assertThat(RunCommand.smallInput(input.toString())).as("exactly 64 MiB").isTrue();
    setLength(input.resolve("enrollment.csv"), (64L << 20) - others + 1);
    assertThat(RunCommand.smallInput(input.toString())).as("one byte more").isFalse();
    // A file beside the sources is not read, and does not count.
    setLength(input.resolve("enrollment.csv"), 100);
    setLength(input.resolve("notes.txt"), 100L << 20);
    assertThat(RunCommand.smallInput(input.toString())).isTrue();
  }

  @Test
  void anInputThatCannotBeLocatedCountsAsLarge(@TempDir Path dir) {
    assertThat(RunCommand.smallInput(dir.resolve("missing").toString())).isFalse();
    assertThat(RunCommand.smallInput(dir.toString())).as("no sources in it").isFalse();
  }

  private static void setLength(Path file, long bytes) throws Exception {
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(bytes);
    }
  }
}
