package org.painoutcomes.summarize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.spark.sql.Row;
import scala.Tuple2;
import org.painoutcomes.tables.EffectModelKey;

/**
 * The middle of one model's cluster-robust covariance (SPEC 7.5): the sum over clusters g of
 * s_g s_g', where s_g = X_g' e_g sums each record's kept row of X times its residual over the
 * cluster, and the number of clusters G. Exact in any order ({@link FixedPointSums}).
 */
final class ClusterScores implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int parameters;
  private final FixedPointSums outer;
  private long clusters;

  ClusterScores(int parameters) {
    this.parameters = parameters;
    this.outer = new FixedPointSums(parameters * (parameters + 1) / 2);
  }

  /** Adds one cluster's score sum s_g. */
  void addCluster(double[] s) {
    for (int i = 0; i < parameters; i++) {
      if (s[i] != 0) {
        for (int j = i; j < parameters; j++) {
          outer.add(CrossProducts.packed(parameters, i, j), s[i] * s[j]);
        }
      }
    }
    clusters++;
  }

  ClusterScores merge(ClusterScores other) {
    outer.addAll(other.outer);
    clusters += other.clusters;
    return this;
  }

  /** G. */
  long clusters() {
    return clusters;
  }

  /** The sum over clusters of s_g s_g'. */
  RealMatrix meat() {
    RealMatrix m = MatrixUtils.createRealMatrix(parameters, parameters);
    for (int i = 0; i < parameters; i++) {
      for (int j = 0; j < parameters; j++) {
        m.setEntry(i, j, outer.get(CrossProducts.packed(parameters, i, j)));
      }
    }
    return m;
  }

  /**
   * The score sums of one partition of records that arrive grouped by cluster, and within a
   * cluster by participant, measure and timepoint: each s_g is summed in that order, so the
   * figures do not depend on the partitioning.
   *
   * @param clusterPosition where the rows hold their cluster key
   * @param models the models' indices by key
   * @param fits the fitted models by index (null where not fitted)
   */
  static Iterator<Tuple2<Integer, ClusterScores>> ofPartition(
      Iterator<Row> rows, int clusterPosition, Map<EffectModelKey, Integer> models, List<ModelFit> fits) {
    Map<Integer, ClusterScores> perModel = new HashMap<>();
    Map<Integer, double[]> cluster = new TreeMap<>();
    String clusterKey = null;
    int width = 1;
    for (ModelFit f : fits) {
      width = f == null ? width : Math.max(width, f.layout().maxNonZero());
    }
    int[] columns = new int[width];
    double[] scratch = new double[width];
    int[] positions = new int[width];
    double[] values = new double[width];
    double[] residual = new double[1];
    while (rows.hasNext()) {
      Row r = rows.next();
      String key = r.getString(clusterPosition);
      if (!key.equals(clusterKey)) {
        flush(cluster, perModel, fits);
        clusterKey = key;
      }
      for (EffectModelKey model : DesignLayout.modelsOf(r)) {
        Integer m = models.get(model);
        ModelFit fit = m == null ? null : fits.get(m);
        if (fit == null) {
          continue;
        }
        double[] s = cluster.computeIfAbsent(m, i -> new double[fit.parameters()]);
        int k = fit.residual(r, columns, scratch, positions, values, residual);
        for (int i = 0; i < k; i++) {
          s[positions[i]] += values[i] * residual[0];
        }
      }
    }
    flush(cluster, perModel, fits);
    List<Tuple2<Integer, ClusterScores>> out = new ArrayList<>();
    perModel.forEach((m, scores) -> out.add(new Tuple2<>(m, scores)));
    return out.iterator();
  }

  private static void flush(Map<Integer, double[]> cluster, Map<Integer, ClusterScores> perModel, List<ModelFit> fits) {
    cluster.forEach(
        (m, s) -> perModel.computeIfAbsent(m, i -> new ClusterScores(fits.get(i).parameters())).addCluster(s));
    cluster.clear();
  }
}
