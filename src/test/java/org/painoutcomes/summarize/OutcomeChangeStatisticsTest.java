package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.OutcomeChangeTable;

/** outcome_change statistics (SPEC 7.1) against values computed independently of this code. */
class OutcomeChangeStatisticsTest {

  private static final double EPS = 1e-12;

  /** A small configuration: two therapeutic modalities and one education modality. */
  private static final PipelineConfig CONFIG = config();

  private static PipelineConfig config() {
    Map<String, String> p = ConfigLoader.defaults();
    p.put("modalities.therapeutic", "yoga,massage");
    p.put("modalities.education", "nutrition_education");
    return ConfigLoader.build(p);
  }

  private static final StructType RECORDS =
      new StructType()
          .add("primary_condition", DataTypes.StringType)
          .add("measure", DataTypes.StringType)
          .add("timepoint", DataTypes.StringType)
          .add("baseline_value", DataTypes.DoubleType)
          .add("followup_value", DataTypes.DoubleType)
          .add("change", DataTypes.DoubleType)
          .add("responder", DataTypes.BooleanType)
          .add("attendance_band", DataTypes.StringType)
          .add("primary_modality", DataTypes.StringType)
          .add("yoga_sessions", DataTypes.LongType)
          .add("massage_sessions", DataTypes.LongType)
          .add("nutrition_education_sessions", DataTypes.LongType);

  /** A fibromyalgia record of a yoga participant (3 yoga sessions: exposed) in band 1-3. */
  private static Row record(String measure, String timepoint, double baseline, double followup, double change, Boolean responder) {
    return RowFactory.create("fibromyalgia", measure, timepoint, baseline, followup, change, responder, "1-3", "yoga", 3L, 1L, 0L);
  }

  private static Dataset<Row> records(List<Row> rows) {
    return SparkTestSession.get().createDataFrame(rows, RECORDS);
  }

  private static Map<String, OutcomeChangeRow> byCell(Dataset<Row> summary) {
    Map<String, OutcomeChangeRow> cells = new LinkedHashMap<>();
    for (OutcomeChangeRow r : OutcomeChangeTable.toRows(summary)) {
      cells.put(String.join("/", r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint()), r);
    }
    return cells;
  }

  @Test
  void fiveChangesAgreeWithAnIndependentComputation() {
    // Changes -4, -1, -2.5, 0.5, -3 (baselines 8, 6, 7, 5, 9); responders T, F, T, null, T.
    // Expected values from python3 3.11: statistics.mean / statistics.stdev (exact over
    // Fractions), statistics.quantiles(method='inclusive') (= R type 7), CI with the stated
    // t(0.975, 4) = 2.7764451051977987, p = 1 - sin(th) * (1 + cos(th)^2 / 2) with
    // th = atan(|t| / 2) (exact t CDF for df = 4, Abramowitz & Stegun 26.7.3), and the Wilson
    // formula (p + z^2/2n -/+ z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n) with n = 4, p = 3/4.
    List<Row> rows =
        List.of(
            record("NRS", "WEEK_6", 8, 4, -4.0, true),
            record("NRS", "WEEK_6", 6, 5, -1.0, false),
            record("NRS", "WEEK_6", 7, 4.5, -2.5, true),
            record("NRS", "WEEK_6", 5, 5.5, 0.5, null),
            record("NRS", "WEEK_6", 9, 6, -3.0, true));
    Map<String, OutcomeChangeRow> cells = byCell(OutcomeChangeSummary.summarize(records(rows), CONFIG));

    assertThat(cells.keySet())
        .as("overall, primary modality, yoga exposure (3 >= 3; massage 1 is not), band; condition and ALL")
        .containsExactlyInAnyOrder(
            "overall/ALL/ALL/NRS/WEEK_6", "overall/ALL/fibromyalgia/NRS/WEEK_6",
            "primary_modality/yoga/ALL/NRS/WEEK_6", "primary_modality/yoga/fibromyalgia/NRS/WEEK_6",
            "modality_exposure/yoga/ALL/NRS/WEEK_6", "modality_exposure/yoga/fibromyalgia/NRS/WEEK_6",
            "attendance_band/1-3/ALL/NRS/WEEK_6", "attendance_band/1-3/fibromyalgia/NRS/WEEK_6");
    for (OutcomeChangeRow r : cells.values()) {
      assertThat(r.direction()).as("NRS: lower is better").isEqualTo("lower_is_better");
      assertThat(r.n()).as("n").isEqualTo(5L);
      assertThat(r.baselineMean()).as("baseline mean").isCloseTo(7.0, within(EPS));
      assertThat(r.followupMean()).as("follow-up mean").isCloseTo(5.0, within(EPS));
      assertThat(r.changeMean()).as("change mean").isCloseTo(-2.0, within(EPS));
      assertThat(r.changeSd()).as("sample SD").isCloseTo(1.7677669529663689, within(EPS));
      assertThat(r.changeCiLow()).as("t-interval low").isCloseTo(-4.194972582712712, within(EPS));
      assertThat(r.changeCiHigh()).as("t-interval high").isCloseTo(0.19497258271271134, within(EPS));
      assertThat(r.changeMedian()).as("median").isCloseTo(-2.5, within(EPS));
      assertThat(r.changeP25()).as("p25").isCloseTo(-3.0, within(EPS));
      assertThat(r.changeP75()).as("p75").isCloseTo(-1.0, within(EPS));
      assertThat(r.srm()).as("SRM").isCloseTo(-1.131370849898476, within(EPS));
      assertThat(r.pValue()).as("paired t-test p").isCloseTo(0.06467689395635312, within(EPS));
      assertThat(r.responderN()).as("responder not null").isEqualTo(4L);
      assertThat(r.responders()).as("responders").isEqualTo(3L);
      assertThat(r.responderRate()).as("rate").isCloseTo(0.75, within(EPS));
      assertThat(r.responderCiLow()).as("Wilson low").isCloseTo(0.30064184258240184, within(EPS));
      assertThat(r.responderCiHigh()).as("Wilson high").isCloseTo(0.9544127391902995, within(EPS));
    }
  }

  @Test
  void equalChangesHaveSdExactlyZeroAndSingleRecordsHaveNoSpread() {
    // Three changes of 0.1: a float mean of them is 0.10000000000000002, not 0.1, so only the
    // rule "exactly 0 when all changes are equal" gives SD 0. One PROMIS_PF record: n = 1.
    List<Row> rows =
        List.of(
            record("NRS", "WEEK_12", 5, 5.1, 0.1, false),
            record("NRS", "WEEK_12", 5, 5.1, 0.1, false),
            record("NRS", "WEEK_12", 5, 5.1, 0.1, null),
            record("PROMIS_PF", "MONTH_6", 40, 46.5, 6.5, null));
    Map<String, OutcomeChangeRow> cells = byCell(OutcomeChangeSummary.summarize(records(rows), CONFIG));

    OutcomeChangeRow equal = cells.get("overall/ALL/ALL/NRS/WEEK_12");
    assertThat(equal.changeSd()).as("all changes equal: SD exactly 0").isEqualTo(0.0);
    assertThat(equal.srm()).as("SRM null when SD is 0").isNull();
    assertThat(equal.pValue()).as("p null when SD is 0").isNull();
    assertThat(equal.changeCiLow()).as("interval of width 0").isEqualTo(equal.changeMean());
    assertThat(equal.changeCiHigh()).as("interval of width 0").isEqualTo(equal.changeMean());
    assertThat(equal.responderN()).as("two evaluable").isEqualTo(2L);
    assertThat(equal.responders()).as("none responded").isEqualTo(0L);
    // Wilson at 0 of 2 by hand: low 0, high = z^2/n / (1 + z^2/n) = 1.9208 / 2.9208 = 0.65762.
    assertThat(equal.responderCiLow()).as("Wilson low at rate 0").isEqualTo(0.0);
    assertThat(equal.responderCiHigh()).as("Wilson high at rate 0").isCloseTo(0.6576197724933469, within(EPS));

    OutcomeChangeRow single = cells.get("overall/ALL/ALL/PROMIS_PF/MONTH_6");
    assertThat(single.direction()).as("PROMIS_PF: higher is better").isEqualTo("higher_is_better");
    assertThat(single.n()).as("n").isEqualTo(1L);
    assertThat(single.changeMean()).as("mean of one").isEqualTo(6.5);
    assertThat(single.changeSd()).as("SD null when n < 2").isNull();
    assertThat(single.changeCiLow()).as("CI null when n < 2").isNull();
    assertThat(single.changeCiHigh()).as("CI null when n < 2").isNull();
    assertThat(single.pValue()).as("p null when n < 2").isNull();
    assertThat(single.srm()).as("SRM null when SD null").isNull();
    assertThat(List.of(single.changeMedian(), single.changeP25(), single.changeP75())).as("percentiles of one").containsOnly(6.5);
    assertThat(single.responderN()).as("no evaluable responder").isEqualTo(0L);
    assertThat(single.responderRate()).as("rate null when responder_n is 0").isNull();
    assertThat(single.responderCiLow()).as("Wilson null when responder_n is 0").isNull();
    assertThat(single.responderCiHigh()).as("Wilson null when responder_n is 0").isNull();
  }

  @Test
  void resultsDoNotDependOnPartitioningOrRowOrder() {
    // 60 changes with many decimals: a float sum in arrival order would differ in the last bits.
    Random random = new Random(20250303L);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      double baseline = 20 + random.nextDouble() * 60;
      double followup = 20 + random.nextDouble() * 60;
      rows.add(record("PROMIS_PI", "WEEK_6", baseline, followup, followup - baseline, baseline - followup >= 5));
    }
    Dataset<Row> input = records(rows);
    List<OutcomeChangeRow> one = OutcomeChangeTable.toRows(OutcomeChangeSummary.summarize(input.repartition(1), CONFIG));
    List<OutcomeChangeRow> many =
        OutcomeChangeTable.toRows(
            OutcomeChangeSummary.summarize(input.orderBy(functions.rand(7L)).repartition(7), CONFIG));
    assertThat(many).as("bit-identical statistics whatever the partitioning").isEqualTo(one);
  }

  @Test
  void tQuantileIsAccurateBeyondTheDefaultSolverAccuracy() {
    // t(0.975, 4) = 2.7764451051977987 (stated in the brief; scipy.stats.t.ppf gives the same);
    // t(0.975, 1) = tan(0.475 * pi) = 12.706204736174707 exactly from the Cauchy quantile.
    assertThat(StudentT.criticalValue(4L)).as("df 4").isCloseTo(2.7764451051977987, within(1e-13));
    assertThat(StudentT.criticalValue(1L)).as("df 1").isCloseTo(Math.tan(0.475 * Math.PI), within(1e-12));
    // df 2: P(|T| < t) = t / sqrt(2 + t^2) exactly, so the two-sided p of t = 2 is 1 - 2/sqrt(6).
    assertThat(StudentT.twoSidedP(2.0, 2L)).as("df 2 closed form").isCloseTo(1 - 2 / Math.sqrt(6), within(1e-13));
    assertThat(StudentT.criticalValue(0L)).as("no df").isNull();
  }
}
