package org.painoutcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.painoutcomes.PipelineException;
import org.painoutcomes.contract.Source;
import org.painoutcomes.generate.ExtractGenerator;
import org.painoutcomes.generate.GenerationResult;
import org.painoutcomes.generate.GeneratorOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: writes a synthetic extract (enrollment, attendance, outcomes) into a local
 * folder and prints the ledger of planted rejects as the data quality summary a correct pipeline
 * must produce (SPEC 7.4 long form). The folder holds only the three sources, so the ledger is
 * printed, never written beside them.
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

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      long start = System.nanoTime();
      GenerationResult result =
          ExtractGenerator.generate(new GeneratorOptions(participants, seed, output, defects, gzip, monthly));
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
      err.println(e.getMessage());
      err.flush();
      return e.exitCode();
    }
  }
}
