package org.painoutcomes.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.painoutcomes.PipelineException;
import org.painoutcomes.contract.Source;
import org.painoutcomes.generate.ExtractGenerator;
import org.painoutcomes.generate.GenerationResult;
import org.painoutcomes.generate.GeneratorOptions;
import org.painoutcomes.io.Manifest;
import org.painoutcomes.io.OutputGuard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import org.painoutcomes.OutputErrors;

/**
 * {@code generate}: writes a synthetic extract (enrollment, attendance, outcomes) into a local
 * folder and prints the ledger of planted rejects as the data quality summary a correct pipeline
 * must produce (SPEC 7.4 long form). Beside the three sources it writes only manifest.json, which
 * names this tool and command so that a later generate may replace the extract and nothing else
 * ({@link OutputGuard}); readers look for the sources by name and ignore it.
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write a synthetic, deterministic program extract in the contract's input format.",
      "Prints the expected data quality summary (source,metric,value), including the planted"
          + " rejects per reason code."
    })
public final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--participants", required = true, paramLabel = "N",
      description = "Participants to enrol (1 to 100000000).")
  long participants;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
      description = "Random seed; the same seed gives identical files (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Local folder to write enrollment.csv, attendance.csv and outcomes.csv into.")
  Path output;

  @Option(names = "--defects", defaultValue = "0", paramLabel = "RATE",
      description = "Share of rows given a defect, e.g. 0.01 (default: ${DEFAULT-VALUE});"
          + " above 0 every applicable reason code is planted a few times.")
  double defects;

  @Option(names = "--gzip", description = "Write .csv.gz files.")
  boolean gzip;

  @Option(names = "--monthly",
      description = "Write each source as a folder of monthly files (enrollment/2024-03.csv), by the"
          + " month of the row's own date.")
  boolean monthly;

  @Option(names = "--force",
      description = "Write into a folder that holds files generate did not write (files named like a source are replaced).")
  boolean force;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      long start = System.nanoTime();
      GeneratorOptions options = new GeneratorOptions(participants, seed, output, defects, gzip, monthly);
      boolean earlierExtract;
      try (OutputGuard guard = new OutputGuard(new Configuration(), force)) {
        earlierExtract = guard.checkGenerateOutput(output);
      }
      if (earlierExtract) {
        removeEarlierExtract();
      }
      GenerationResult result = ExtractGenerator.generate(options);
      writeManifest();
      double seconds = (System.nanoTime() - start) / 1e9;
      for (String line : result.qualitySummaryLines()) {
        out.println(line);
      }
      err.printf(
          "Generated %d participants in %d cohorts into %s in %.1f s (%d enrollment, %d attendance,"
              + " %d outcome rows).%n",
          result.participants(), result.cohorts(), output, seconds,
          result.rowsWritten().get(Source.ENROLLMENT), result.rowsWritten().get(Source.ATTENDANCE),
          result.rowsWritten().get(Source.OUTCOMES));
      out.flush();
      return 0;
    } catch (PipelineException e) {
      err.println("pain-outcomes: " + e.getMessage());
      err.flush();
      return e.exitCode();
    }
  }

  /** The files an earlier generation listed in its manifest, and the manifest: all ours. */
  private void removeEarlierExtract() {
    Path manifest = output.resolve(Manifest.FILE_NAME);
    try {
      for (JsonNode name : new ObjectMapper().readTree(manifest.toFile()).path("files")) {
        Path file = output.resolve(name.asText()).normalize();
        if (!file.getParent().equals(output.normalize())) {
          continue;
        }
        if (Files.isDirectory(file)) {
          removeMonthlyFiles(file);
        } else {
          Files.deleteIfExists(file);
        }
      }
      Files.delete(manifest);
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toAbsolutePath().toString(), e);
    }
  }

  /** A source folder of --monthly: only its CSV files, then the folder if nothing else is left. */
  private static void removeMonthlyFiles(Path folder) throws IOException {
    try (var children = Files.list(folder)) {
      for (Path child : children.toList()) {
        String name = child.getFileName().toString();
        if (Files.isRegularFile(child) && (name.endsWith(".csv") || name.endsWith(".csv.gz"))) {
          Files.delete(child);
        }
      }
    }
    try (var left = Files.list(folder)) {
      if (left.findAny().isEmpty()) {
        Files.delete(folder);
      }
    }
  }

  /** Written last: it marks a complete extract that a later generate may replace (OutputGuard). */
  private void writeManifest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tool", OutputGuard.TOOL);
    m.put("command", OutputGuard.COMMAND_GENERATE);
    m.put("status", Manifest.STATUS_SUCCEEDED);
    m.put("participants", participants);
    m.put("seed", seed);
    m.put("defects", defects);
    List<String> files = new ArrayList<>();
    for (Source s : Source.values()) {
      files.add(monthly ? s.id() + "/" : s.id() + (gzip ? ".csv.gz" : ".csv"));
    }
    m.put("files", files);
    try {
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(output.resolve(Manifest.FILE_NAME).toFile(), m);
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toAbsolutePath().toString(), e);
    }
  }
}
