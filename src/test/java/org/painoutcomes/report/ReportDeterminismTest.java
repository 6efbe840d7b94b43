package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same data give byte-identical files, whatever the row order; the page fetches nothing. */
class ReportDeterminismTest {
  private static final List<String> FILES = List.of(
      ReportWriter.INDEX, PublicTablesCsv.OUTCOME_CHANGE, PublicTablesCsv.PARTICIPANT_FLOW, PublicTablesCsv.DATA_QUALITY);

  @Test
  void sameDataInAnyRowOrderGiveByteIdenticalFiles(@TempDir Path dir) throws Exception {
    ReportData data = SampleReportData.build();
    ReportWriter.write(data, dir.resolve("a"));
    ReportWriter.write(data, dir.resolve("b"));
    ReportWriter.write(shuffled(data, new Random(7)), dir.resolve("c"));
    for (String f : FILES) {
      byte[] a = Files.readAllBytes(dir.resolve("a").resolve(f));
      assertThat(a).as("%s is written", f).isNotEmpty();
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(f))).as("%s twice", f).isEqualTo(a);
      assertThat(Files.readAllBytes(dir.resolve("c").resolve(f))).as("%s from shuffled rows", f).isEqualTo(a);
    }
  }

  @Test
  void thePageReferencesNothingOutsideItself(@TempDir Path dir) throws Exception {
    WrittenReport report = WrittenReport.write(SampleReportData.build(), dir);
    for (String external : List.of("http://", "https://", "src=", "@import", "url(", "<script", "<link", "<img")) {
      assertThat(report.html).as("no %s", external).doesNotContain(external);
    }
    assertThat(report.html).as("links only to anchors of the page").doesNotContainPattern("href=\"[^#]");
  }

  @Test
  void theHeadlineComesFirstAndStatesTheSuppressionRuleAndTheCaveat(@TempDir Path dir) throws Exception {
    WrittenReport report = WrittenReport.write(SampleReportData.build(), dir);
    assertThat(report.html).containsSubsequence(
        "<h1>", "Enrolled", "241", "Attended", "214", "Analysed", "Key results: all participants",
        "Counts of 1 to 10 people, and figures from which they could be derived, are hidden",
        "observational, unadjusted before/after comparisons", "enrollment.csv", "(modified 2026-02-27)",
        "How to read this", "Change by primary modality", "Dose-response", "Responder rates", "Participant flow",
        "Data quality", "About this run");
    assertThat(report.html).as("run time from the inputs").contains("started 2026-03-02 08:15 UTC");
  }

  private static ReportData shuffled(ReportData d, Random random) {
    var outcome = new ArrayList<>(d.outcomeChange());
    var flow = new ArrayList<>(d.flow());
    var quality = new ArrayList<>(d.quality());
    Collections.shuffle(outcome, random);
    Collections.shuffle(flow, random);
    Collections.shuffle(quality, random);
    return new ReportData(d.run(), d.config(), outcome, flow, quality, d.period(), d.adjustedEffects());
  }
}
