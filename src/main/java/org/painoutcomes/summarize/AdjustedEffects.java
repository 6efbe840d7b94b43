package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.derive.AnalysisColumns;
import scala.Tuple2;
import org.painoutcomes.tables.AdjustedEffectRow;
import org.painoutcomes.tables.EffectModelKey;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * summary/adjusted_effects (SPEC 7.5): per condition (and {@code ALL}), measure and timepoint, an
 * ordinary least squares model of improvement on baseline, condition, age band, sex, site and each
 * modality's session count, with cluster-robust (CR1, by cohort) standard errors.
 *
 * <p>The driver never holds the change records: three Spark passes reduce them to small sums per
 * model, and the K x K systems are solved on the driver.
 *
 * <ol>
 *   <li>the records per level of each categorical variable, per model (a Spark SQL count): they
 *       fix the reference levels and so the columns of X;
 *   <li>X'X, X'y, N and with_sessions per model ({@link CrossProducts}, summed per partition and
 *       merged per model);
 *   <li>after the keep rule and b ({@link ModelFit}), the residuals: with the records grouped by
 *       cluster, each cluster's s_g = X_g' e_g and the sum of s_g s_g' per model ({@link
 *       ClusterScores}).
 * </ol>
 *
 * The second and third passes cannot be one: the residuals need b, which needs all of X'X.
 */
public final class AdjustedEffects {

  private static final String CLUSTER = "_cluster";
  private static final String CLUSTER_HASH = "_cluster_hash";

  /** The t quantile of the 95% interval. */
  static final double UPPER_TAIL_PROBABILITY = StudentT.UPPER_TAIL_PROBABILITY;

  /**
   * Fits every model of the change records.
   *
   * @param changeRecords analysis/change_records rows (read: primary_condition, measure,
   *     timepoint, age_band, sex, site, cohort_id, participant_id, baseline_value, improvement and
   *     every {@code <modality>_sessions}); best persisted, as it is read three times
   * @return the rows in order of condition, measure, timepoint (code point) and configured modality
   */
  public static List<AdjustedEffectRow> fit(Dataset<Row> changeRecords, PipelineConfig config) {
    List<String> modalities = config.modalities();
    List<DesignLayout> layouts = new ArrayList<>();
    DesignCodes codes = layouts(changeRecords, modalities, layouts);
    if (layouts.isEmpty()) {
      return List.of();
    }

    // Broadcast: a hundred models of a hundred columns would make every task large.
    JavaSparkContext context = JavaSparkContext.fromSparkContext(changeRecords.sparkSession().sparkContext());
    Broadcast<List<DesignLayout>> sharedLayouts = context.broadcast(layouts);
    Broadcast<DesignCodes> sharedCodes = context.broadcast(codes);
    Map<Integer, CrossProducts> sums =
        codes.coded(changeRecords, modalities).javaRDD()
            .mapPartitionsToPair(rows -> crossProducts(rows, sharedCodes.value(), sharedLayouts.value()))
            .reduceByKey(CrossProducts::merge)
            .collectAsMap();
    List<ModelFit> fits = new ArrayList<>();
    for (int i = 0; i < layouts.size(); i++) {
      CrossProducts s = sums.get(i);
      fits.add(s == null ? null : ModelFit.solve(layouts.get(i), s));
    }

    Broadcast<List<ModelFit>> sharedFits = context.broadcast(fits);
    int clusterPosition = DesignLayout.SESSIONS + modalities.size();
    Column cluster =
        when(col(AnalysisColumns.COHORT_ID).isNotNull(), concat(lit("c:"), col(AnalysisColumns.COHORT_ID)))
            .otherwise(concat(lit("p:"), col(AnalysisColumns.PARTICIPANT_ID)));
    // As many partitions as the records have, so that adaptive execution does not merge them into
    // fewer tasks than keep the cores busy; the hash and the participant are shuffled for the
    // sort only (docs/PERFORMANCE.md, change 22).
    Map<Integer, ClusterScores> scores =
        codes.coded(
                changeRecords, modalities, cluster.as(CLUSTER), xxhash64(cluster).as(CLUSTER_HASH),
                col(AnalysisColumns.PARTICIPANT_ID))
            .repartition(changeRecords.rdd().getNumPartitions(), col(CLUSTER))
            // The cluster's hash first: clusters only need to be contiguous, in any order, and a
            // long sorts on its prefix where the cluster keys share their first bytes
            // (docs/PERFORMANCE.md, change 22).
            .sortWithinPartitions(
                col(CLUSTER_HASH), col(CLUSTER), col(AnalysisColumns.PARTICIPANT_ID),
                col(DesignCodes.codeColumn(DesignCodes.MEASURE)), col(DesignCodes.codeColumn(DesignCodes.TIMEPOINT)))
            .drop(CLUSTER_HASH, AnalysisColumns.PARTICIPANT_ID)
            .javaRDD()
            .mapPartitionsToPair(rows -> ClusterScores.ofPartition(rows, clusterPosition, sharedCodes.value(), sharedFits.value()))
            .reduceByKey(ClusterScores::merge)
            .collectAsMap();

    for (Broadcast<?> b : List.of(sharedLayouts, sharedCodes, sharedFits)) {
      b.destroy();
    }
    List<AdjustedEffectRow> rows = new ArrayList<>();
    for (int i = 0; i < layouts.size(); i++) {
      ModelFit fit = fits.get(i);
      ClusterScores s = scores.get(i);
      if (fit != null && s != null && s.clusters() >= 2) {
        rows.addAll(rowsOf(fit, sums.get(i), s));
      }
    }
    return rows;
  }

  /**
   * Pass 1: the records per combination of the coded variables (a few thousand rows), added up on
   * the driver into each model's records per level. Fills {@code layouts} with the models present,
   * in key order, each with its columns; returns the codes.
   */
  private static DesignCodes layouts(Dataset<Row> changeRecords, List<String> modalities, List<DesignLayout> layouts) {
    List<Row> counts =
        changeRecords.groupBy(DesignCodes.VARIABLES.stream().map(functions::col).toArray(Column[]::new))
            .count()
            .collectAsList();
    List<TreeSet<String>> levels = new ArrayList<>();
    DesignCodes.VARIABLES.forEach(v -> levels.add(new TreeSet<>(DesignCodes.CODE_POINT_ORDER)));
    Map<EffectModelKey, Map<String, Map<String, Long>>> byModel = new TreeMap<>(EffectModelKey.ORDER);
    for (Row r : counts) {
      for (int v = 0; v < levels.size(); v++) {
        levels.get(v).add(r.getString(v));
      }
      long n = r.getLong(DesignCodes.VARIABLES.size());
      for (String condition : List.of(r.getString(DesignCodes.CONDITION), OutcomeChangeRow.ALL)) {
        Map<String, Map<String, Long>> model =
            byModel.computeIfAbsent(
                new EffectModelKey(condition, r.getString(DesignCodes.MEASURE), r.getString(DesignCodes.TIMEPOINT)),
                k -> new HashMap<>());
        for (String variable : DesignLayout.CATEGORICALS) {
          String level = r.getString(DesignCodes.VARIABLES.indexOf(variable));
          model.computeIfAbsent(variable, k -> new HashMap<>()).merge(level, n, Long::sum);
        }
      }
    }
    DesignCodes codes = new DesignCodes(levels.stream().map(List::copyOf).toList(), List.copyOf(byModel.keySet()));
    byModel.forEach((key, c) -> layouts.add(DesignLayout.of(key, c, modalities, codes)));
    return codes;
  }

  /** Pass 2 on one partition of coded records: a {@link CrossProducts} per model present in it. */
  private static Iterator<Tuple2<Integer, CrossProducts>> crossProducts(
      Iterator<Row> rows, DesignCodes codes, List<DesignLayout> layouts) {
    CrossProducts[] perModel = new CrossProducts[layouts.size()];
    int width = layouts.stream().mapToInt(DesignLayout::maxNonZero).max().orElse(0) + 1;
    int[] columns = new int[width];
    double[] values = new double[width];
    while (rows.hasNext()) {
      Row r = rows.next();
      for (int m : new int[] {codes.ownModel(r), codes.pooledModel(r)}) {
        DesignLayout layout = layouts.get(m);
        if (perModel[m] == null) {
          perModel[m] = new CrossProducts(layout);
        }
        perModel[m].add(layout, r, columns, values);
      }
    }
    List<Tuple2<Integer, CrossProducts>> out = new ArrayList<>();
    for (int m = 0; m < perModel.length; m++) {
      if (perModel[m] != null) {
        out.add(new Tuple2<>(m, perModel[m]));
      }
    }
    return out.iterator();
  }

  /**
   * The rows of a fitted model: V = c (X'X)^-1 M (X'X)^-1 with M the sum of s_g s_g' and c = G /
   * (G - 1) * (N - 1) / (N - K); intervals and p-values from t(G - 1); q-values over the model's
   * rows (SPEC 7.5).
   */
  static List<AdjustedEffectRow> rowsOf(ModelFit fit, CrossProducts sums, ClusterScores scores) {
    long n = fit.n();
    long k = fit.parameters();
    long g = scores.clusters();
    double c = (double) g / (g - 1) * ((double) (n - 1) / (n - k));
    RealMatrix inverse = fit.inverse();
    RealMatrix v = inverse.multiply(scores.meat()).multiply(inverse).scalarMultiply(c);
    double t = StudentT.criticalValue(g - 1);
    DesignLayout layout = fit.layout();
    EffectModelKey key = layout.key();
    String direction = Instrument.byCode(key.measure()).direction().label();
    List<AdjustedEffectRow> rows = new ArrayList<>();
    for (int m = 0; m < layout.modalities().size(); m++) {
      int p = fit.positionOf(layout.modalityColumn(m));
      if (p < 0) {
        continue;
      }
      double estimate = fit.estimate(p);
      double se = Math.sqrt(Math.max(0.0, v.getEntry(p, p)));
      Double pValue = se == 0 ? null : StudentT.twoSidedP(estimate / se, g - 1);
      rows.add(
          new AdjustedEffectRow(
              key.condition(), key.measure(), key.timepoint(), direction, layout.modalities().get(m), estimate, se,
              estimate - t * se, estimate + t * se, pValue, null, n, sums.withSessions(m), g, k));
    }
    List<Double> q = BenjaminiHochberg.qValues(rows.stream().map(AdjustedEffectRow::pValue).toList());
    List<AdjustedEffectRow> withQ = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      withQ.add(rows.get(i).withQValue(q.get(i)));
    }
    return withQ;
  }

  private AdjustedEffects() {}
}
