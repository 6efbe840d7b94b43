package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.cli.Main;
import org.painoutcomes.io.Manifest;

/**
 * The run completes in a small heap by caching on local disk and spilling, rather than failing
 * late (issue: resource ceiling). The short case is always on; the 1,000,000-participant case
 * with a 2 GiB heap is tagged slow (docs/RELIABILITY.md 10).
 */
class ResourceCeilingTest {

  @Test
  void fiveThousandParticipantsCompleteInA512MiBHeap(@TempDir Path dir) throws IOException {
    assertCompletes(dir, 5_000, "-Xmx512m", 600);
  }

  @Test
  @Tag("slow")
  void aMillionParticipantsCompleteInA2GiBHeap(@TempDir Path dir) throws IOException {
    assertCompletes(dir, 1_000_000, "-Xmx2g", 3_600);
  }

  private static void assertCompletes(Path dir, int participants, String heap, long timeoutSeconds) throws IOException {
    Path input = dir.resolve("in");
    Path output = dir.resolve("out");
    assertThat(
            Main.execute(
                "generate", "--participants", Integer.toString(participants), "--seed", "7", "--defects", "0.01",
                "--output", input.toString()))
        .isZero();
    // The last -Xmx on a java command line wins: this one, after ChildJvm's default.
    ChildJvm.Result r =
        ChildJvm.of(dir.resolve("child"), "local[2]", heap)
            .run(Main.class.getName(), timeoutSeconds, "run", "--input", input.toString(), "--output", output.toString());
    assertThat(r.exitCode()).as("exit status; stderr:\n%s", r.stderr()).isZero();
    assertThat(r.stdout()).contains("publish");
    String manifest = Files.readString(output.resolve(Manifest.FILE_NAME));
    assertThat(manifest).contains("\"status\" : \"succeeded\"");
  }
}
