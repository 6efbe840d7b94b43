package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.derive.ChangeRecords;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.QualityRow;
import org.painoutcomes.tables.OutcomeChangeTable;
import org.painoutcomes.tables.ParticipantFlowTable;

/**
 * Golden test of the analysis stages on src/test/resources/golden/analysis: 13 participants chosen
 * to hit every rule of SPEC 3 to 7.1 and 7.3 (see README.md there for who hits what).
 *
 * <p>The expected_*.csv files were NOT produced by this code: they come from
 * independent_expected.py beside them, written from the SPEC alone with the Python standard
 * library (statistics.mean / stdev over exact Fractions, statistics.quantiles method='inclusive'
 * = R type 7, the exact t CDF of Abramowitz & Stegun 26.7.3 checked against a printed t table),
 * and the change records were checked against the participant-by-participant working in
 * README.md. {@code -Dgolden.regenerate=true} rewrites them from this code on purpose only.
 */
class AnalysisGoldenTest {

  private static AnalysisResult result;
  private static PipelineConfig config;

  @BeforeAll
  static void runAnalysis() {
    SparkSession spark = SparkTestSession.get();
    config = ConfigLoader.defaultConfig();
    result = run(spark, config);
    // Each output is read by several tests: compute each once (the change records are persisted
    // by the derive stage).
    result.outcomeChange().persist();
    result.participantFlow().persist();
  }

  @org.junit.jupiter.api.AfterAll
  static void release() {
    result.outcomeChange().unpersist();
    result.participantFlow().unpersist();
    result.close();
  }

  static AnalysisResult run(SparkSession spark, PipelineConfig config) {
    return Analysis.run(
        GoldenTables.input(spark, "enrollment.csv", GoldenTables.ENROLLMENT),
        GoldenTables.input(spark, "attendance.csv", GoldenTables.ATTENDANCE),
        GoldenTables.input(spark, "outcomes.csv", GoldenTables.OUTCOMES),
        config);
  }

  @Test
  void changeRecordsMatchTheHandWorkedTable() {
    GoldenTables.check("expected_change_records.csv", result.changeRecords(), 8);
  }

  @Test
  void changeRecordsHaveTheContractColumnsAndTypes() {
    StructField[] fields = result.changeRecords().schema().fields();
    assertThat(Arrays.stream(fields).map(StructField::name).toList())
        .as("SPEC 6 columns, then every configured modality's sessions (therapeutic, education)")
        .containsExactlyElementsOf(ChangeRecords.columns(config));
    assertThat(ChangeRecords.columns(config)).as("18 fixed + 13 default modalities").hasSize(31)
        .endsWith(
            "stretching_sessions", "nutrition_education_sessions", "sleep_education_sessions",
            "activity_education_sessions");
    assertThat(typeOf("followup_study_day")).as("study day: int").isEqualTo(DataTypes.IntegerType);
    assertThat(typeOf("sessions_attended")).as("counts are 64-bit").isEqualTo(DataTypes.LongType);
    assertThat(typeOf("tai_chi_sessions")).as("counts are 64-bit").isEqualTo(DataTypes.LongType);
    assertThat(typeOf("pct_change")).as("values are double").isEqualTo(DataTypes.DoubleType);
    assertThat(typeOf("responder")).as("responder").isEqualTo(DataTypes.BooleanType);
  }

  private static DataType typeOf(String changeRecordsColumn) {
    return result.changeRecords().schema().apply(changeRecordsColumn).dataType();
  }

  @Test
  void outcomeChangeMatchesTheIndependentComputation() {
    GoldenTables.check("expected_outcome_change.csv", result.outcomeChange(), 5);
  }

  @Test
  void outcomeChangeHasTheContractSchema() {
    assertThat(result.outcomeChange().schema().fieldNames()).as("OutcomeChangeRow.COLUMNS order")
        .containsExactlyElementsOf(OutcomeChangeRow.COLUMNS);
    for (StructField f : OutcomeChangeTable.SCHEMA.fields()) {
      assertThat(result.outcomeChange().schema().apply(f.name()).dataType()).as("type of " + f.name()).isEqualTo(f.dataType());
    }
  }

  @Test
  void participantFlowMatchesTheHandCount() {
    GoldenTables.check("expected_participant_flow.csv", result.participantFlow(), 5);
    // 14 (site, condition) pairs with an enrollment (README.md) x 22 stage rows.
    assertThat(result.participantFlow().count()).as("pairs x (2 + 5 + 5 x 3) stages").isEqualTo(14L * 22);
  }

  @Test
  void unscoredCountsCountEveryAssessment() {
    GoldenTables.check("expected_unscored.csv", result.unscoredCounts(), 1);
    // By hand: PEG P03 day 35 and P05 (who never attended) day -3; ODI P02 day -10, P07 day -12 (8 items each).
    assertThat(result.unscoredQualityRows())
        .as("quality/summary rows, instrument order")
        .containsExactly(
            new QualityRow("outcomes", "unscored_PEG", 2L),
            new QualityRow("outcomes", "unscored_NRS", 0L),
            new QualityRow("outcomes", "unscored_PROMIS_PI", 0L),
            new QualityRow("outcomes", "unscored_PROMIS_PF", 0L),
            new QualityRow("outcomes", "unscored_ODI", 2L));
  }

  @Test
  void rowConversionsRoundTrip() {
    SparkSession spark = SparkTestSession.get();
    List<OutcomeChangeRow> rows = OutcomeChangeTable.toRows(result.outcomeChange());
    assertThat(rows).as("one row per cell").hasSize(237);
    assertThat(rows.get(0).grouping()).as("sorted by grouping first").isEqualTo("attendance_band");
    Dataset<Row> back = OutcomeChangeTable.toDataset(spark, rows);
    assertThat(back.schema()).as("schema of the rebuilt table").isEqualTo(OutcomeChangeTable.SCHEMA);
    assertThat(OutcomeChangeTable.toRows(back)).as("round trip").isEqualTo(rows);

    List<FlowRow> flow = ParticipantFlowTable.toRows(result.participantFlow());
    assertThat(flow.get(0)).as("first row in key order, nulls first")
        .isEqualTo(new FlowRow("ALL", "ALL", "attended_any", null, null, 11L));
    assertThat(ParticipantFlowTable.toRows(ParticipantFlowTable.toDataset(spark, flow))).as("round trip").isEqualTo(flow);
  }
}
