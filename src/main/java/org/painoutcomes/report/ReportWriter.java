package org.painoutcomes.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the evaluators' report (SPEC 8 {@code report/}): {@code index.html}, one self-contained
 * page, and one CSV per public table ({@code outcome_change.csv}, {@code participant_flow.csv},
 * {@code data_quality.csv}, {@code adjusted_effects.csv}). Reads only public (suppressed) data; never reads the clock, so the
 * same {@link ReportData} gives byte-identical files.
 */
public final class ReportWriter {
  /** The page's file name. */
  public static final String INDEX = "index.html";

  private ReportWriter() {}

  /**
   * Writes the report into {@code reportDir}, creating it if needed and replacing the files.
   *
   * @throws org.painoutcomes.PipelineException if a shown count of people is from 1 to the
   *     threshold minus 1 (a suppression defect); nothing is written then
   * @throws IOException if a file cannot be written
   */
  public static void write(ReportData data, Path reportDir) throws IOException {
    PublicCountCheck.check(data);
    String page = ReportPage.render(data, ReportModelBuilder.build(data));
    Files.createDirectories(reportDir);
    Files.writeString(reportDir.resolve(INDEX), page, StandardCharsets.UTF_8);
    PublicTablesCsv.write(data, reportDir);
    AdjustedEffectsSection.writeCsv(data, reportDir);
  }
}
