package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.tables.AdjustedEffectRow;

/**
 * SPEC 7.5 on hand-made change records small enough to work by hand, through real local Spark.
 * Every record is low_back_pain, NRS, WEEK_12, age 45-54, sex F, unless said otherwise, so the
 * low_back_pain model and the ALL model see the same records.
 */
class AdjustedEffectsTest {
  private static final double EPS = 1e-9;
  private static final PipelineConfig CONFIG = ConfigLoader.defaultConfig();

  /** A change record: the columns the models read. */
  private record Rec(String pid, String site, String cohort, double baseline, double improvement, Map<String, Long> sessions) {}

  private static Rec rec(String pid, String site, String cohort, double improvement, Object... sessions) {
    Map<String, Long> s = new HashMap<>();
    for (int i = 0; i < sessions.length; i += 2) {
      s.put((String) sessions[i], ((Number) sessions[i + 1]).longValue());
    }
    return new Rec(pid, site, cohort, 5.0, improvement, s);
  }

  private static Dataset<Row> records(List<Rec> recs) {
    StructType schema =
        new StructType()
            .add("participant_id", DataTypes.StringType)
            .add("site", DataTypes.StringType)
            .add("cohort_id", DataTypes.StringType)
            .add("primary_condition", DataTypes.StringType)
            .add("age_band", DataTypes.StringType)
            .add("sex", DataTypes.StringType)
            .add("measure", DataTypes.StringType)
            .add("timepoint", DataTypes.StringType)
            .add("baseline_value", DataTypes.DoubleType)
            .add("improvement", DataTypes.DoubleType);
    for (String m : CONFIG.modalities()) {
      schema = schema.add(m + "_sessions", DataTypes.LongType);
    }
    List<Row> rows = new ArrayList<>();
    for (Rec r : recs) {
      List<Object> v =
          new ArrayList<>(
              List.of(r.pid(), r.site(), "low_back_pain", "45-54", "F", "NRS", "WEEK_12", r.baseline(), r.improvement()));
      v.add(2, r.cohort());
      for (String m : CONFIG.modalities()) {
        v.add(r.sessions().getOrDefault(m, 0L));
      }
      rows.add(RowFactory.create(v.toArray()));
    }
    SparkSession spark = SparkTestSession.get();
    // three partitions: the sums are merged across partitions as in a real run
    return spark.createDataFrame(rows, schema).repartition(3);
  }

  private static List<AdjustedEffectRow> fit(List<Rec> recs, String condition) {
    return AdjustedEffects.fit(records(recs), CONFIG).stream().filter(r -> r.condition().equals(condition)).toList();
  }

  /**
   * One modality (yoga), two sites, a constant baseline. Site A has 4 records (the reference), B 3.
   * Baseline is the intercept times 5 and every other modality is all zero: both left out, K = 3
   * (intercept, site=B, yoga). With the site held fixed, OLS is the within-site regression
   * (Frisch-Waugh): x~ and y~ are yoga and improvement minus their site means.
   *
   * <pre>
   *   site A (x mean 1, y mean 2.5): a1 x0 y1, a2 x2 y4 (cohort A1); a3 x1 y2, a4 x1 y3 (cohort A2)
   *   site B (x mean 2, y mean 4):   b1 x0 y2, b2 x3 y6 (cohort B1); b3 x3 y4 (no cohort: alone)
   *   x~ = -1, 1, 0, 0, -2, 1, 1   y~ = -1.5, 1.5, -0.5, 0.5, -2, 2, 0
   *   b = sum x~y~ / sum x~^2 = 9 / 8 = 1.125
   *   e = y~ - b x~ = -0.375, 0.375, -0.5, 0.5, 0.25, 0.875, -1.125
   *   s_g (yoga entry) = sum of x~ e per cluster: A1 0.75, A2 0, B1 -0.5 + 0.875 = 0.375, b3 -1.125
   *   G = 4, N = 7, K = 3: c = 4/3 * 6/4 = 2
   *   V = c * sum s_g^2 / (sum x~^2)^2 = 2 * 1.96875 / 64 = 0.0615234375
   * </pre>
   */
  @Test
  void oneModalityTwoSitesIsTheWithinSiteRegressionWithItsClusterRobustError() {
    List<Rec> recs =
        List.of(
            rec("a1", "A", "A1", 1, "yoga", 0), rec("a2", "A", "A1", 4, "yoga", 2),
            rec("a3", "A", "A2", 2, "yoga", 1), rec("a4", "A", "A2", 3, "yoga", 1),
            rec("b1", "B", "B1", 2, "yoga", 0), rec("b2", "B", "B1", 6, "yoga", 3),
            rec("b3", "B", null, 4, "yoga", 3));
    List<AdjustedEffectRow> rows = fit(recs, "low_back_pain");
    assertThat(rows).as("one row: the one modality anybody attended").hasSize(1);
    AdjustedEffectRow r = rows.get(0);
    double se = Math.sqrt(0.0615234375);
    double t = new TDistribution(3).inverseCumulativeProbability(0.975);
    assertThat(r.term()).isEqualTo("yoga");
    assertThat(r.direction()).isEqualTo("lower_is_better");
    assertThat(r.estimate()).as("b").isCloseTo(1.125, within(EPS));
    assertThat(r.stdError()).as("CR1 standard error").isCloseTo(se, within(EPS));
    assertThat(r.ciLow()).as("b - t(0.975, 3) se").isCloseTo(1.125 - t * se, within(EPS));
    assertThat(r.ciHigh()).isCloseTo(1.125 + t * se, within(EPS));
    assertThat(r.pValue()).as("2 P(T3 > b / se)")
        .isCloseTo(2 * (1 - new TDistribution(3).cumulativeProbability(1.125 / se)), within(EPS));
    assertThat(r.qValue()).as("one p: q = p").isCloseTo(r.pValue(), within(EPS));
    assertThat(List.of(r.n(), r.withSessions(), r.clusters(), r.parameters()))
        .as("n, with_sessions (a2 a3 a4 b2 b3), clusters (A1 A2 B1 b3), parameters")
        .containsExactly(7L, 5L, 4L, 3L);
    assertThat(fit(recs, "ALL")).as("the ALL model: one condition level, the same fit").singleElement()
        .satisfies(a -> assertThat(a.estimate()).isCloseTo(1.125, within(EPS)));
  }

  @Test
  void aModalityAlwaysAttendedWithAnEarlierOneIsLeftOut() {
    List<Rec> recs = new ArrayList<>();
    double[] y = {1, 3, 2, 5, 4, 6, 2, 7};
    for (int i = 0; i < 8; i++) {
      // massage always with acupuncture, same count; yoga varies on its own
      recs.add(rec("p" + i, "A", "C" + (i % 3), y[i], "acupuncture", i % 4, "massage", i % 4, "yoga", i / 3));
    }
    List<AdjustedEffectRow> rows = fit(recs, "low_back_pain");
    assertThat(rows.stream().map(AdjustedEffectRow::term).toList())
        .as("massage (after acupuncture) left out; nobody attended the others")
        .containsExactly("acupuncture", "yoga");
    assertThat(rows.get(0).parameters()).as("intercept, acupuncture, yoga (baseline constant)").isEqualTo(3L);
  }

  @Test
  void aCellWithFewerThanTwoClustersHasNoRows() {
    List<Rec> recs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      recs.add(rec("p" + i, i < 4 ? "A" : "B", "ONE", i % 3, "yoga", i % 4));
    }
    assertThat(AdjustedEffects.fit(records(recs), CONFIG)).as("one cohort: G = 1").isEmpty();
  }

  @Test
  void aModelWithNoMoreRecordsThanColumnsHasNoRows() {
    List<Rec> recs =
        List.of(rec("p1", "A", null, 1, "yoga", 1), rec("p2", "A", null, 2, "yoga", 2));
    assertThat(AdjustedEffects.fit(records(recs), CONFIG)).as("N = K = 2").isEmpty();
  }

  @Test
  void referenceLevelsAreTheMostCommonFirstByCodePoint() {
    assertThat(DesignLayout.nonReference(Map.of("B", 3L, "A", 2L, "C", 3L))).as("B and C tie: B is the reference")
        .containsExactly("A", "C");
    assertThat(DesignLayout.nonReference(Map.of("Z", 1L, "a", 1L, "B", 1L))).as("code point: B < Z < a")
        .containsExactly("Z", "a");
  }

  @Test
  void sumsAreTheSameInAnyOrder() {
    double[] terms = {0.1, 1e-3 / 3, 12345.678, -7.25, 1.0 / 3, -0.2, 99.99, -12345.5};
    FixedPointSums forward = new FixedPointSums(1);
    FixedPointSums backward = new FixedPointSums(1);
    FixedPointSums split = new FixedPointSums(1);
    FixedPointSums other = new FixedPointSums(1);
    for (int i = 0; i < terms.length; i++) {
      forward.add(0, terms[i]);
      backward.add(0, terms[terms.length - 1 - i]);
      (i % 2 == 0 ? split : other).add(0, terms[i]);
    }
    split.addAll(other);
    assertThat(backward.get(0)).as("reversed").isEqualTo(forward.get(0));
    assertThat(split.get(0)).as("two partials merged").isEqualTo(forward.get(0));
    java.math.BigDecimal exact = java.math.BigDecimal.ZERO;
    for (double t : terms) {
      exact = exact.add(new java.math.BigDecimal(t));
    }
    assertThat(forward.get(0)).as("the exact sum, less at most 2^-52 per term").isCloseTo(exact.doubleValue(), within(1e-14));
  }

  @Test
  void benjaminiHochbergAsWritten() {
    // m = 4 p-values (one null): 0.01, 0.04, 0.03 -> sorted 0.01, 0.03, 0.04: m p / rank = 0.03, 0.045, 0.04
    List<Double> q = BenjaminiHochberg.qValues(java.util.Arrays.asList(0.01, 0.04, null, 0.03));
    assertThat(q.get(0)).isCloseTo(0.03, within(1e-15));
    assertThat(q.get(1)).isCloseTo(0.04, within(1e-15));
    assertThat(q.get(2)).isNull();
    assertThat(q.get(3)).as("min over j >= i: min(0.045, 0.04)").isCloseTo(0.04, within(1e-15));
  }
}
