package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Stage packages depend downwards only (docs/ARCHITECTURE.md, Layers): a class of src/main may
 * use a class of its own layer or a lower one, never of a higher one. Read from the source's
 * import lines and the fully qualified names in its code, so that no library is needed.
 */
class LayeringTest {
  private static final Path MAIN = Path.of("src/main/java/org/painoutcomes");

  /**
   * The layers, lowest first. A package's subpackages are in its layer; the root package's
   * classes are placed one by one: the error boundary lowest, the wiring of a run above the stages.
   */
  static final List<List<String>> LAYERS =
      List.of(
          List.of("PipelineErrors", "OutputErrors", "PipelineException", "InputReadFailure"),
          List.of("contract"),
          List.of("config"),
          List.of("io"),
          List.of("tables"),
          List.of("ingest"),
          List.of("derive"),
          List.of("summarize"),
          List.of("privacy"),
          List.of("report"),
          List.of("Pipeline", "RunOptions", "StageLog", "SideJobs"),
          List.of("generate", "bench"),
          List.of("cli"));

  private static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.painoutcomes\\.([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.painoutcomes\\.([\\w.]+)");
  private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

  /** The layer of a name below org.painoutcomes ("summarize.Analysis", "PipelineErrors.translate"). */
  static int layer(String name) {
    String first = name.split("\\.")[0];
    for (int i = 0; i < LAYERS.size(); i++) {
      if (LAYERS.get(i).contains(first)) {
        return i;
      }
    }
    throw new AssertionError("org.painoutcomes." + first + " has no layer: place it in LayeringTest.LAYERS and docs/ARCHITECTURE.md");
  }

  /** Each use of another class of the project in one source file: "import line" or "line N: name". */
  static Map<String, String> uses(String source) {
    Map<String, String> uses = new java.util.LinkedHashMap<>();
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      uses.put(m.group(0), m.group(1));
    }
    String[] lines = source.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.startsWith("import ") || line.startsWith("package ") || line.startsWith("*") || line.startsWith("/") ) {
        continue;
      }
      Matcher q = QUALIFIED.matcher(STRING.matcher(line).replaceAll("\"\""));
      while (q.find()) {
        uses.put("line " + (i + 1) + ": org.painoutcomes." + q.group(1), q.group(1));
      }
    }
    return uses;
  }

  @Test
  void noClassOfSrcMainUsesAHigherLayer() throws IOException {
    List<String> upward = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String relative = MAIN.relativize(file).toString().replace('\\', '/');
        String own = relative.contains("/") ? relative.replace('/', '.') : relative.replace(".java", "");
        int from = layer(own);
        uses(Files.readString(file, StandardCharsets.UTF_8)).forEach((use, target) -> {
          if (layer(target) > from) {
            upward.add(MAIN.resolve(relative) + " (" + LAYERS.get(from) + ") uses a higher layer: " + use);
          }
        });
      }
    }
    assertThat(upward).as("upward dependencies (docs/ARCHITECTURE.md, Layers)").isEmpty();
  }

  @Test
  void findsAnUpwardImportAndAQualifiedName() {
    String source =
        "package org.painoutcomes.ingest;\n\nimport org.painoutcomes.summarize.Analysis;\nimport org.painoutcomes.contract.Source;\n"
            + "/** {@link org.painoutcomes.report.ReportWriter} */\nclass A {\n  Object r = new org.painoutcomes.report.InputFile();\n"
            + "  String s = \"org.painoutcomes.cli.Main\";\n}\n";
    Map<String, String> uses = uses(source);
    assertThat(uses).containsOnlyKeys(
        "import org.painoutcomes.summarize.Analysis;", "import org.painoutcomes.contract.Source;",
        "line 7: org.painoutcomes.report.InputFile");
    assertThat(layer("summarize.Analysis")).isGreaterThan(layer("ingest.Ingestion"));
    assertThat(layer("PipelineErrors")).isLessThan(layer("contract.Source"));
    assertThat(layer("Pipeline")).isGreaterThan(layer("report.ReportWriter"));
  }
}
