package org.painoutcomes.generate;

import java.nio.file.Path;
import org.painoutcomes.PipelineErrors;

/**
 * What to generate.
 *
 * @param participants how many participants to enrol (1 to 100,000,000)
 * @param seed the seed: the same options give byte-identical files
 * @param output the local folder to write enrollment.csv, attendance.csv and outcomes.csv into
 * @param defectRate the share of rows given a defect, from 0 (clean) to 0.5; above 0, every
 *     applicable reason code is also planted a few times whatever the rate
 * @param gzip whether to write {@code .csv.gz} files instead of {@code .csv}
 * @param monthly whether to write each source as a folder of monthly files ({@code
 *     enrollment/2024-03.csv}, SPEC 2) instead of one file
 */
public record GeneratorOptions(
    long participants, long seed, Path output, double defectRate, boolean gzip, boolean monthly) {
  public static final long MAX_PARTICIPANTS = 100_000_000L;
  public static final double MAX_DEFECT_RATE = 0.5;

  public GeneratorOptions {
    if (participants < 1 || participants > MAX_PARTICIPANTS) {
      throw PipelineErrors.generatorOption(
          "--participants", Long.toString(participants), "it must be from 1 to " + MAX_PARTICIPANTS);
    }
    if (!(defectRate >= 0 && defectRate <= MAX_DEFECT_RATE)) {
      throw PipelineErrors.generatorOption(
          "--defects", Double.toString(defectRate),
          "it is the share of rows given a defect, from 0 to " + MAX_DEFECT_RATE);
    }
    if (output == null) {
      throw PipelineErrors.generatorOption("--output", "", "a folder to write into is required");
    }
  }

  /** One file per source. */
  public GeneratorOptions(long participants, long seed, Path output, double defectRate, boolean gzip) {
    this(participants, seed, output, defectRate, gzip, false);
  }

  /** Clean data, plain CSV. */
  public static GeneratorOptions clean(long participants, long seed, Path output) {
    return new GeneratorOptions(participants, seed, output, 0, false);
  }
}
