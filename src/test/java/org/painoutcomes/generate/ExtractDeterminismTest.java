package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same options, same bytes; another seed, other bytes. */
class ExtractDeterminismTest {

  @TempDir Path tmp;

  @Test
  void sameSeedGivesByteIdenticalFiles() throws Exception {
    Map<String, String> a = hashes(run(tmp.resolve("a"), 42, 0.01, false));
    Map<String, String> b = hashes(run(tmp.resolve("b"), 42, 0.01, false));
    assertThat(a).as("files of two runs with seed 42").hasSize(3).isEqualTo(b);
  }

  @Test
  void sameSeedGivesByteIdenticalGzipFiles() throws Exception {
    Map<String, String> a = hashes(run(tmp.resolve("a"), 42, 0.01, true));
    Map<String, String> b = hashes(run(tmp.resolve("b"), 42, 0.01, true));
    assertThat(a).as("gzip files of two runs with seed 42").hasSize(3).isEqualTo(b);
  }

  @Test
  void differentSeedGivesDifferentFiles() throws Exception {
    Map<String, String> a = hashes(run(tmp.resolve("a"), 42, 0, false));
    Map<String, String> b = hashes(run(tmp.resolve("b"), 43, 0, false));
    for (String name : a.keySet()) {
      assertThat(a.get(name)).as("hash of %s under seeds 42 and 43", name).isNotEqualTo(b.get(name));
    }
  }

  @Test
  void defectsDoNotMoveTheCleanData() throws Exception {
    // The defects draw from their own stream: a clean row that was not given a defect is the
    // same row with or without defects, so the first participant's enrollment is unchanged.
    Path clean = run(tmp.resolve("clean"), 42, 0, false);
    Path dirty = run(tmp.resolve("dirty"), 42, 0.01, false);
    String cleanFirst = Files.readAllLines(clean.resolve("enrollment.csv")).get(1);
    assertThat(Files.readAllLines(dirty.resolve("enrollment.csv"), java.nio.charset.StandardCharsets.ISO_8859_1))
        .as("dirty enrollment still holds the clean first row").contains(cleanFirst);
  }

  private static Path run(Path dir, long seed, double defects, boolean gzip) {
    ExtractGenerator.generate(new GeneratorOptions(250, seed, dir, defects, gzip));
    return dir;
  }

  private static Map<String, String> hashes(Path dir) throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        out.put(f.getFileName().toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }
}
