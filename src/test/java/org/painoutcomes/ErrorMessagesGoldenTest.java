package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing message of {@link PipelineErrors} and {@link OutputErrors}, rendered with sample arguments, against the
 * golden file src/test/resources/errors/messages.txt (Spark's SQL golden tests, applied to
 * messages). A changed message fails here and shows in the diff of that file. To write the file
 * anew on purpose: {@code mvn test -Dtest=ErrorMessagesGoldenTest -Dgolden.update=true}, then
 * review the diff.
 */
class ErrorMessagesGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/errors/messages.txt");
  private static final IOException DENIED = new IOException("Permission denied");

  /** One sample of every message factory, by its method name. */
  private static Map<String, Supplier<PipelineException>> samples() {
    Map<String, Supplier<PipelineException>> m = new LinkedHashMap<>();
    m.put("configFileUnreadable", () -> PipelineErrors.configFileUnreadable(Path.of("/etc/pain/job.properties"), DENIED));
    m.put("unknownConfigKey", () -> PipelineErrors.unknownConfigKey("suppresion.threshold", List.of("suppression.threshold", "parquet.compression")));
    m.put("badConfigValue", () -> PipelineErrors.badConfigValue("exposure.min_sessions", "three", "not a whole number"));
    m.put("suppressionThresholdTooLow", () -> PipelineErrors.suppressionThresholdTooLow(5));
    m.put("sourceMissing", () -> PipelineErrors.sourceMissing("attendance", "hdfs://nn/extracts/2026-11"));
    m.put("sourceGivenTwice", () -> PipelineErrors.sourceGivenTwice("outcomes", List.of("outcomes.csv", "outcomes.csv.gz")));
    m.put("emptySourceFolder", () -> PipelineErrors.emptySourceFolder("attendance"));
    m.put("requiredColumnMissing", () -> PipelineErrors.requiredColumnMissing("enrollment.csv", "site"));
    m.put("noHeader", () -> PipelineErrors.noHeader("attendance/2026-01.csv.gz"));
    m.put("unparseableHeader", () -> PipelineErrors.unparseableHeader("outcomes.csv", 1));
    m.put("identifierColumn", () -> PipelineErrors.identifierColumn("enrollment.csv", "Date of Birth"));
    m.put("identifierValue", () -> PipelineErrors.identifierValue("attendance.csv", 1042, 3));
    m.put("inputUnreadable", () -> PipelineErrors.inputUnreadable("s3a://bucket/extracts", DENIED));
    m.put("inputFileUnreadable", () -> PipelineErrors.inputFileUnreadable("outcomes.csv.gz", new IOException("Unexpected end of ZLIB input stream")));
    m.put("outputUnwritable", () -> OutputErrors.outputUnwritable("/data/pain-outcomes/current", new IOException("No space left on device")));
    m.put("outputNotAFolder", () -> OutputErrors.outputNotAFolder("/", "it has no parent folder"));
    m.put("outputChoice", OutputErrors::outputChoice);
    m.put("outputHoldsInput", () -> OutputErrors.outputHoldsInput("/data/extracts/2026-11/out", "is inside", "/data/extracts/2026-11"));
    m.put("outputIsAFile", () -> OutputErrors.outputIsAFile("/data/report.pdf", 48213));
    m.put("outputNotOurs", () -> OutputErrors.outputNotOurs("/home/ana/thesis", "is a folder holding 2 entries ('sub', 'thesis.txt') and no manifest.json of a pain-outcomes run"));
    m.put("outputBaseNotOurs", () -> OutputErrors.outputBaseNotOurs("/data/outcomes", "is a folder holding 1 entry ('thesis.txt')"));
    m.put("generateOutputNotOurs", () -> OutputErrors.generateOutputNotOurs("/home/ana", "is a folder holding 1 entry ('thesis.txt') and no manifest.json of a generated extract"));
    m.put("badRunDate", () -> OutputErrors.badRunDate("2026-13-01"));
    m.put("badStaleLockMinutes", () -> OutputErrors.badStaleLockMinutes(0));
    m.put("outputLocked", () -> OutputErrors.outputLocked("/data/out", "/data/.out.lock", "host worker-3, pid 4242, since 2026-12-01T22:00:00Z", 30));
    m.put("latestNotUpdated", () -> OutputErrors.latestNotUpdated("/data/base/latest", "/data/base/runs/run_date=2026-12-01", DENIED));
    m.put("rowsUnaccounted", () -> PipelineErrors.rowsUnaccounted("attendance", 1000, 990, 9));
    m.put("smallCountDerivable", () -> PipelineErrors.smallCountDerivable("public/outcome_change, column n"));
    m.put("generatorOption", () -> PipelineErrors.generatorOption("--participants", "-5", "must be 1 or more"));
    m.put("generatorOutputOccupied", () -> OutputErrors.generatorOutputOccupied(Path.of("/tmp/extract"), "enrollment.csv"));
    m.put("badRunId", () -> OutputErrors.badRunId("nightly run/1"));
    m.put("ranOutOfMemory", () -> PipelineErrors.ranOutOfMemory(2048, new OutOfMemoryError("Java heap space")));
    m.put("stoppedByShutdown", () -> PipelineErrors.stoppedByShutdown(new IllegalStateException("SparkContext stopped")));
    m.put("unexpected", () -> PipelineErrors.unexpected(new IllegalStateException("no rows for PEG")));
    return m;
  }

  private static String render() {
    StringBuilder b = new StringBuilder();
    b.append("# Every user-facing message of PipelineErrors, with sample arguments (ErrorMessagesGoldenTest).\n");
    samples().forEach(
        (name, sample) -> {
          PipelineException e = sample.get();
          b.append("\n## ").append(name).append(" (").append(e.kind()).append(", exit ").append(e.exitCode()).append(")\n");
          b.append(e.getMessage()).append('\n');
        });
    return b.toString();
  }

  @Test
  void everyMessageIsAsInTheGoldenFile() throws IOException {
    String rendered = render();
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(GOLDEN, rendered, StandardCharsets.UTF_8);
    }
    assertThat(rendered).as("messages; regenerate with -Dgolden.update=true and review the diff")
        .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }

  @Test
  void everyMessageFactoryHasASample() {
    List<String> factories =
        java.util.stream.Stream.of(PipelineErrors.class, OutputErrors.class)
            .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
            .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getReturnType() == PipelineException.class)
            .map(Method::getName)
            .filter(n -> !n.equals("translate"))
            .toList();
    assertThat(samples().keySet()).as("a new message needs a sample here").containsExactlyInAnyOrderElementsOf(factories);
  }

  @Test
  void aTasksUnreadableInputIsTranslatedOnceWhereverItSurfaces() {
    Exception job = new SparkException("Job aborted", new RuntimeException("task", unreadable("outcomes.csv.gz")));
    PipelineException reading = PipelineErrors.translate(job, null);
    PipelineException writing = PipelineErrors.translate(job, "/out/summary/outcome_change");
    assertThat(reading.getMessage()).startsWith("Cannot read the input file outcomes.csv.gz: ");
    assertThat(writing.getMessage()).as("an unreadable input wins over the write's I/O").isEqualTo(reading.getMessage());
    assertThat(reading.exitCode()).isEqualTo(1);
  }

  @Test
  void anIoFailureIsTheOutputsOnlyWhileWriting() {
    Exception job = new SparkException("Job aborted", new IOException("No space left on device"));
    assertThat(PipelineErrors.translate(job, null)).as("not writing: not ours to explain").isNull();
    assertThat(PipelineErrors.translate(job, "/out/t").getMessage())
        .startsWith("Cannot write the output location /out/t: No space left on device.");
  }

  @Test
  void knownErrorsAndMemoryAreFoundAmongTheCauses() {
    PipelineException known = PipelineErrors.noHeader("a.csv");
    assertThat(PipelineErrors.translate(new SparkException("x", known), null)).isSameAs(known);
    assertThat(PipelineErrors.translate(new SparkException("x", new OutOfMemoryError()), null).getMessage())
        .startsWith("The run ran out of memory");
    assertThat(PipelineErrors.translate(new IllegalStateException("x"), "/out")).isNull();
  }

  /** An InputReadFailure as a task throws it. */
  private static UncheckedIOException unreadable(String file) {
    try {
      var c = org.painoutcomes.InputReadFailure.class.getDeclaredConstructor(String.class, IOException.class);
      c.setAccessible(true);
      return c.newInstance(file, new IOException("Unexpected end of ZLIB input stream"));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
