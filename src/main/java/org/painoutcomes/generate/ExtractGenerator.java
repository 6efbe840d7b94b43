package org.painoutcomes.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.painoutcomes.contract.Source;
import org.painoutcomes.OutputErrors;

/**
 * Writes a synthetic program extract in the contract's input format (SPEC 2): {@code
 * enrollment.csv}, {@code attendance.csv} and {@code outcomes.csv} (or {@code .csv.gz}) in one
 * folder, or with {@code monthly} a folder per source of monthly files ({@link MonthlySink}), and
 * nothing else.
 *
 * <p>The program: four to six sites of skewed sizes ({@link SiteRoster}), cohorts of 8 to 13
 * people meeting weekly for 8 to 16 sessions that combine several modalities ({@link
 * CohortPlanner}), about 10% who never attend and a personal attendance probability for the rest
 * ({@link ParticipantSimulator}), outcomes on the SPEC 4 timeline with item gaps ({@link
 * OutcomeSimulator}) and planted effects of dose, modality and condition ({@link
 * PlantedEffects}).
 *
 * <p>Deterministic: the same options give byte-identical files. Streaming: one cohort is held in
 * memory at a time, so the heap needed does not grow with the number of participants.
 *
 * <p>With a defect rate above 0, rows breaking every applicable rule of SPEC 2.5 are planted
 * ({@link DefectPlanter}) and the result's ledger says exactly how many rows of each source a
 * correct pipeline rejects, per reason code.
 */
public final class ExtractGenerator {

  /** Generates the extract the options describe, replacing files of the same names. */
  public static GenerationResult generate(GeneratorOptions opts) {
    Path dir = opts.output();
    String suffix = opts.gzip() ? ".csv.gz" : ".csv";
    prepare(dir, opts.gzip(), opts.monthly());
    boolean defects = opts.defectRate() > 0;
    Map<Source, SourceSink> sinks = new EnumMap<>(Source.class);
    boolean closed = false;
    try {
      for (Source s : Source.values()) {
        // With defects on, legal variations a reader must take in its stride (SPEC 2.1).
        boolean bom = defects && s == Source.ENROLLMENT;
        boolean crlf = defects && s == Source.ATTENDANCE;
        if (opts.monthly()) {
          sinks.put(s, new MonthlySink(dir.resolve(s.id()), s, opts.gzip(), crlf, bom));
        } else {
          CsvSink sink = new CsvSink(dir.resolve(s.id() + suffix), opts.gzip(), crlf, bom);
          sinks.put(s, sink);
          sink.header(s.columnNames());
        }
      }
      ParticipantIds ids = new ParticipantIds(opts.seed());
      SplittableRandom data = SeedMix.stream(opts.seed(), SeedMix.DATA);
      SplittableRandom defectRng = SeedMix.stream(opts.seed(), SeedMix.DEFECTS);
      CohortPlanner planner =
          new CohortPlanner(
              new SiteRoster(SeedMix.stream(opts.seed(), SeedMix.SITES)), opts.participants(), data);
      ParticipantSimulator people = new ParticipantSimulator(ids, data);
      DefectSchedule schedule = new DefectSchedule(opts.participants(), opts.defectRate(), defectRng);
      DefectPlanter planter = new DefectPlanter(sinks, schedule, ids, defectRng);
      long index = 0;
      long cohorts = 0;
      while (planner.hasNext()) {
        CohortPlan cohort = planner.next();
        cohorts++;
        for (int i = 0; i < cohort.size(); i++) {
          planter.write(people.next(cohort, index++));
        }
        planter.endCohort();
      }
      planter.finish();
      Map<Source, Long> rows = new EnumMap<>(Source.class);
      sinks.forEach((s, sink) -> rows.put(s, sink.records()));
      for (SourceSink sink : sinks.values()) {
        sink.close();
      }
      closed = true;
      return new GenerationResult(index, cohorts, rows, planter.ledger().snapshot());
    } catch (IOException | UncheckedIOException e) {
      throw OutputErrors.outputUnwritable(dir.toString(), e);
    } finally {
      if (!closed) {
        closeQuietly(sinks);
      }
    }
  }

  /**
   * Creates the folder, refusing one that holds another form of a source we are about to write;
   * with monthly files, also a source folder that is not empty (an old month left in it would be
   * read with the new ones).
   */
  private static void prepare(Path dir, boolean gzip, boolean monthly) {
    for (Source s : Source.values()) {
      String[] others = monthly
          ? new String[] {s.id() + ".csv", s.id() + ".csv.gz"}
          : new String[] {s.id(), s.id() + (gzip ? ".csv" : ".csv.gz")};
      for (String other : others) {
        if (Files.exists(dir.resolve(other))) {
          throw OutputErrors.generatorOutputOccupied(dir, other);
        }
      }
      if (monthly && !isEmptyOrAbsent(dir.resolve(s.id()))) {
        throw OutputErrors.generatorOutputOccupied(dir, s.id());
      }
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(dir.toString(), e);
    }
  }

  private static boolean isEmptyOrAbsent(Path folder) {
    if (!Files.exists(folder)) {
      return true;
    }
    try (var entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(folder.toString(), e);
    }
  }

  private static void closeQuietly(Map<Source, SourceSink> sinks) {
    for (SourceSink sink : sinks.values()) {
      try {
        sink.close();
      } catch (IOException | UncheckedIOException ignored) {
        // the first error is the one reported
      }
    }
  }

  private ExtractGenerator() {}
}
