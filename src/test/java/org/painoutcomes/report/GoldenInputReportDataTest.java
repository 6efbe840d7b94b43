package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.Pipeline;
import org.painoutcomes.RunOptions;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.StageLog;
import org.painoutcomes.TestInputs;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.privacy.PublicTables;
import org.painoutcomes.tables.OutcomeChangeTable;
import org.painoutcomes.tables.ParticipantFlowTable;

/**
 * The report's data on the hand-made analysis input (src/test/resources/golden/analysis, 13
 * participants), through the whole pipeline. Worked by hand from its expected tables: no
 * outcome_change cell holds more than 8 change records, so SPEC 7.2 rule 1 hides every one and
 * every chart row is suppressed; participant_flow shows enrolled 13 (site ALL, condition ALL)
 * and hides attended_any 11 (a drop of 2 from 13, SPEC 7.3 rule 2).
 */
class GoldenInputReportDataTest {
  @TempDir static Path dir;
  static ReportModel model;
  static Path output;

  @BeforeAll
  static void run() {
    SparkSession spark = SparkTestSession.get();
    Path input = TestInputs.copyResource("golden/analysis", dir);
    output = dir.resolve("out");
    new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out))
        .run(new RunOptions(input.toString(), output.toString(), "golden"));
    PublicTables published =
        PublicTables.of(
            OutcomeChangeTable.toRows(spark.read().parquet(output.resolve("summary/outcome_change").toString())),
            ParticipantFlowTable.toRows(spark.read().parquet(output.resolve("summary/participant_flow").toString())),
            List.of(),
            11);
    RunFacts facts = new RunFacts("golden", java.time.Instant.EPOCH, "test", List.of());
    model = ReportModelBuilder.build(
        new ReportData(facts, ConfigLoader.defaultConfig(), published.outcomeChange(), published.flow(), List.of()));
  }

  @Test
  void headlineShowsEnrolledAndHidesAttended() {
    assertThat(model.enrolled()).as("enrolled, site ALL, condition ALL").isEqualTo(CountCell.shown(13));
    assertThat(model.attended().suppressed()).as("attended 11 is 2 below enrolled 13").isTrue();
    assertThat(model.attended().value()).isNull();
  }

  @Test
  void everyChartRowIsSuppressedAndNoneIsDrawn() {
    assertThat(model.forestPlots()).as("one forest plot per measure and timepoint with rows").isNotEmpty();
    model.forestPlots().forEach(plot -> plot.rows().forEach(row -> {
      assertThat(row.n()).as("%s %s", plot.measure(), row.label()).isNull();
      assertThat(row.estimate()).isNull();
    }));
    assertThat(model.forestPlots().stream().flatMap(p -> p.rows().stream()).filter(ForestRow::suppressed))
        .as("suppressed rows are labelled as such").isNotEmpty();
    // Follow-up counts (site ALL, condition ALL) in expected_participant_flow.csv: 0 for NRS,
    // PEG and PROMIS_PI at MONTH_6 (0 may be shown), 1 to 8 everywhere else (hidden).
    List<String> zero = List.of("NRS/MONTH_6", "PEG/MONTH_6", "PROMIS_PI/MONTH_6");
    model.keyResults().forEach(k -> assertThat(k.analysed())
        .as("analysed %s %s", k.measure(), k.timepoint())
        .isEqualTo(zero.contains(k.measure() + "/" + k.timepoint()) ? CountCell.shown(0) : new CountCell(null, true)));
  }

  @Test
  void publishedTableAgreesWithTheModel() {
    long hidden = SparkTestSession.get().read().parquet(output.resolve("public/outcome_change").toString())
        .filter("suppressed = 'n'").count();
    assertThat(hidden).as("every public/outcome_change row has n hidden").isEqualTo(237);
  }
}
