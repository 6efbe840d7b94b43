package org.painoutcomes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;

/**
 * Never replace what pain-outcomes did not write (issue 13, docs/RELIABILITY.md decision 12). Each
 * refused case exits 2 with the target and INPUT hashed before and after, byte for byte and entry
 * for entry the same; each allowed case publishes, and INPUT is never touched.
 */
class OutputSafetyTest {
  @TempDir Path dir;
  Path input;
  Map<String, String> inputBefore;

  @BeforeAll
  static void session() {
    SparkTestSession.get(); // the runs that publish use the tests' shared local session
  }

  @BeforeEach
  void input() {
    input = TestInputs.copyResource("ingest/reasons", dir.resolve("data"));
    inputBefore = tree(input);
  }

  // ---- refused: exit 2, nothing changed ----

  @Test
  void aFolderHoldingOtherFilesIsRefused() {
    Path out = dir.resolve("out");
    TestInputs.write(out.resolve("thesis.txt"), "chapter 1");
    TestInputs.write(out.resolve("sub/keep.csv"), "a,b\n1,2\n");
    Run r = refused(out, "run", "--input", input.toString(), "--output", out.toString());
    assertThat(r.lastLine())
        .isEqualTo("pain-outcomes: The output location " + out + " is a folder holding 2 entries ('sub', 'thesis.txt')"
            + " and no manifest.json of a pain-outcomes run. A run replaces OUTPUT as a whole, deleting everything in"
            + " it, so it replaces only a folder that does not exist, is empty, or holds an earlier pain-outcomes"
            + " output (its manifest.json names pain-outcomes and status succeeded); nothing was changed. Choose a"
            + " new or empty folder, or add --force to replace this one and delete what it holds.");
  }

  @Test
  void aManifestOfAnotherToolOrOfAFailedRunIsRefused() {
    Path other = dir.resolve("other");
    TestInputs.write(other.resolve("manifest.json"), "{\"tool\": \"spark-etl\", \"status\": \"succeeded\"}");
    assertThat(refused(other, "run", "--input", input.toString(), "--output", other.toString()).lastLine())
        .contains(other + " holds a manifest.json that was not written by pain-outcomes run.");
    Path failed = dir.resolve("failed");
    TestInputs.write(failed.resolve("manifest.json"), "{\"tool\": \"pain-outcomes\", \"command\": \"run\", \"status\": \"failed\"}");
    assertThat(refused(failed, "run", "--input", input.toString(), "--output", failed.toString()).lastLine())
        .contains(failed + " holds the manifest.json of a pain-outcomes run whose status is 'failed', not succeeded.");
    Path generated = dir.resolve("generated");
    TestInputs.write(generated.resolve("manifest.json"), "{\"tool\": \"pain-outcomes\", \"command\": \"generate\", \"status\": \"succeeded\"}");
    assertThat(refused(generated, "run", "--input", input.toString(), "--output", generated.toString()).lastLine())
        .as("a generated extract is not a run's output")
        .contains("not written by pain-outcomes run");
  }

  @Test
  void aRegularFileIsRefusedEvenWithForce() {
    Path file = TestInputs.write(dir.resolve("results.txt"), "keep me");
    for (List<String> force : List.of(List.<String>of(), List.of("--force"))) {
      Run r = refused(file, args(force, "run", "--input", input.toString(), "--output", file.toString()));
      assertThat(r.lastLine()).startsWith("pain-outcomes: The output location " + file + " is a regular file (7 bytes), not a folder.")
          .contains("refused even with --force");
    }
  }

  @Test
  void inputAsOutputInsideOrHeldIsRefusedEvenWithForce() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link-to-input"), input);
    Object[][] cases = {
      {input, "is"},
      {link, "is"},
      {input.resolve("out"), "is inside"},
      {input.getParent(), "holds"},
    };
    for (Object[] c : cases) {
      Path out = (Path) c[0];
      for (List<String> force : List.of(List.<String>of(), List.of("--force"))) {
        Run r = refused(out, args(force, "run", "--input", input.toString(), "--output", out.toString()));
        assertThat(r.lastLine())
            .startsWith("pain-outcomes: The output location " + out + " " + c[1] + " the input location " + input + ".")
            .contains("refused even with --force");
      }
    }
    assertThat(tree(input)).as("INPUT").isEqualTo(inputBefore);
  }

  @Test
  void anOutputBaseHoldingOtherFilesOrARegularFileIsRefused() {
    Path base = dir.resolve("base");
    TestInputs.write(base.resolve("thesis.txt"), "chapter 1");
    Run r = refused(base, "run", "--input", input.toString(), "--output-base", base.toString(), "--run-date", "2025-03-31");
    assertThat(r.lastLine()).startsWith("pain-outcomes: The output base " + base + " is a folder holding 1 entry ('thesis.txt'), besides runs/ and latest.");

    Path dated = dir.resolve("dated");
    TestInputs.write(dated.resolve("runs/run_date=2025-03-31/thesis.txt"), "chapter 1");
    assertThat(refused(dated, "run", "--input", input.toString(), "--output-base", dated.toString(), "--run-date", "2025-03-31").lastLine())
        .as("the run's folder under runs/ follows the OUTPUT rule")
        .startsWith("pain-outcomes: The output location " + dated.resolve("runs/run_date=2025-03-31") + " is a folder holding 1 entry");

    Path file = TestInputs.write(dir.resolve("base.txt"), "x");
    assertThat(refused(file, "run", "--input", input.toString(), "--output-base", file.toString(), "--run-date", "2025-03-31", "--force").lastLine())
        .startsWith("pain-outcomes: The output location " + file + " is a regular file (1 bytes)");
  }

  @Test
  void generateRefusesAForeignFolderAndARegularFile() {
    Path out = dir.resolve("gen");
    TestInputs.write(out.resolve("thesis.txt"), "chapter 1");
    assertThat(refused(out, "generate", "--participants", "10", "--output", out.toString()).lastLine())
        .startsWith("pain-outcomes: The output folder " + out + " is a folder holding 1 entry ('thesis.txt')"
            + " and no manifest.json of a pain-outcomes generate.");
    Path file = TestInputs.write(dir.resolve("gen.txt"), "x");
    assertThat(refused(file, "generate", "--participants", "10", "--output", file.toString(), "--force").lastLine())
        .startsWith("pain-outcomes: The output location " + file + " is a regular file");
  }

  // ---- allowed ----

  @Test
  void aPreviousOutputAnEmptyFolderAndAnOldManifestAreReplaced() throws IOException {
    Path out = dir.resolve("out");
    published("run", "--input", input.toString(), "--output", out.toString(), "--run-id", "first");
    assertThat(manifest(out)).contains("\"tool\" : \"pain-outcomes\"", "\"command\" : \"run\"", "\"run_id\" : \"first\"");
    published("run", "--input", input.toString(), "--output", out.toString(), "--run-id", "second");
    assertThat(manifest(out)).contains("\"run_id\" : \"second\"");

    // A manifest written before it named the tool (run id, versions, tables) is known too.
    String old = manifest(out).replace("\"tool\" : \"pain-outcomes\",", "").replace("\"command\" : \"run\",", "");
    Files.writeString(out.resolve("manifest.json"), old);
    published("run", "--input", input.toString(), "--output", out.toString(), "--run-id", "third");
    assertThat(manifest(out)).contains("\"run_id\" : \"third\"");

    Path empty = Files.createDirectories(dir.resolve("empty"));
    published("run", "--input", input.toString(), "--output", empty.toString(), "--run-id", "e");
    assertThat(manifest(empty)).contains("\"run_id\" : \"e\"");
    assertThat(tree(input)).as("INPUT").isEqualTo(inputBefore);
  }

  @Test
  void forceReplacesAForeignFolderAndLeavesInputAlone() throws IOException {
    Path out = dir.resolve("out");
    TestInputs.write(out.resolve("thesis.txt"), "chapter 1");
    TestInputs.write(out.resolve("sub/keep.csv"), "a,b\n1,2\n");
    published("run", "--input", input.toString(), "--output", out.toString(), "--run-id", "f", "--force");
    assertThat(out.resolve("thesis.txt")).as("replaced: --force deletes what was there").doesNotExist();
    assertThat(out.resolve("sub")).doesNotExist();
    assertThat(manifest(out)).contains("\"run_id\" : \"f\"", "\"status\" : \"succeeded\"");
    assertThat(tree(input)).as("INPUT").isEqualTo(inputBefore);
  }

  @Test
  void forceUsesAForeignOutputBaseAndDeletesNothingOfIt() throws IOException {
    Path base = dir.resolve("base");
    TestInputs.write(base.resolve("thesis.txt"), "chapter 1");
    published("run", "--input", input.toString(), "--output-base", base.toString(), "--run-date", "2025-03-31", "--force");
    assertThat(Files.readString(base.resolve("thesis.txt"))).as("BASE's own files are left").isEqualTo("chapter 1");
    assertThat(Files.readString(base.resolve("latest"))).isEqualTo("runs/run_date=2025-03-31\n");
    assertThat(run("run", "--input", input.toString(), "--output-base", base.toString(), "--run-date", "2025-03-31").status())
        .as("without --force: BASE holds more than runs/ and latest").isEqualTo(2);
  }

  @Test
  void generateReplacesItsOwnExtractAndWritesBesideForeignFilesOnlyWithForce() throws IOException {
    Path gen = dir.resolve("gen");
    published("generate", "--participants", "20", "--output", gen.toString());
    assertThat(list(gen)).containsExactly("attendance.csv", "enrollment.csv", "manifest.json", "outcomes.csv");
    published("generate", "--participants", "10", "--gzip", "--output", gen.toString());
    assertThat(list(gen)).containsExactly("attendance.csv.gz", "enrollment.csv.gz", "manifest.json", "outcomes.csv.gz");

    Path foreign = dir.resolve("foreign");
    TestInputs.write(foreign.resolve("thesis.txt"), "chapter 1");
    published("generate", "--participants", "10", "--output", foreign.toString(), "--force");
    assertThat(list(foreign)).containsExactly("attendance.csv", "enrollment.csv", "manifest.json", "outcomes.csv", "thesis.txt");
  }

  // ---- helpers ----

  private record Run(int status, String stderr) {
    String lastLine() {
      String[] lines = stderr.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  /** Runs a command that must be refused: exit 2, the target and INPUT unchanged. */
  private Run refused(Path target, String... args) {
    Map<String, String> before = tree(target);
    Run r = run(args);
    assertThat(r.status()).as("exit status; stderr:%n%s", r.stderr()).isEqualTo(2);
    assertThat(tree(target)).as("%s, byte for byte", target).isEqualTo(before);
    assertThat(tree(input)).as("INPUT, byte for byte").isEqualTo(inputBefore);
    assertThat(r.stderr()).doesNotContainPattern("(?m)^\\s+at ");
    return r;
  }

  /** Runs a command that must succeed. */
  private static void published(String... args) {
    Run r = run(args);
    assertThat(r.status()).as("exit status; stderr:%n%s", r.stderr()).isZero();
  }

  private static String[] args(List<String> extra, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(extra);
    return all.toArray(String[]::new);
  }

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

  private static String manifest(Path out) throws IOException {
    return Files.readString(out.resolve("manifest.json"));
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".crc")).sorted().toList();
    }
  }

  /** Every entry under root (root itself too): folders as "folder", files as their SHA-256. */
  private static Map<String, String> tree(Path root) {
    Map<String, String> m = new TreeMap<>();
    if (!Files.exists(root)) {
      return m;
    }
    try (Stream<Path> entries = Files.walk(root)) {
      for (Path p : entries.toList()) {
        String key = "/" + root.relativize(p);
        if (Files.isDirectory(p)) {
          m.put(key, "folder");
        } else {
          try (InputStream in = Files.newInputStream(p)) {
            m.put(key, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }
}
