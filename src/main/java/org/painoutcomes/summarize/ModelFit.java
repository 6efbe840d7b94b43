package org.painoutcomes.summarize;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.spark.sql.Row;

/**
 * One adjusted-effects model solved on the driver from its {@link CrossProducts} (SPEC 7.5): the
 * kept columns, the estimates b = (X'X)^-1 X'y and (X'X)^-1. The systems are K x K (K about 100 at
 * most), solved with Commons Math's Cholesky decomposition.
 */
final class ModelFit implements Serializable {
  private static final long serialVersionUID = 1L;

  /** SPEC 7.5: column j is kept when d_j > KEEP_TOLERANCE * (X'X)_jj. */
  static final double KEEP_TOLERANCE = 1e-9;

  private final DesignLayout layout;
  private final int[] kept;
  private final int[] positionOfCandidate;
  private final double[] estimates;
  private final transient RealMatrix inverse;
  private final long n;

  private ModelFit(DesignLayout layout, int[] kept, double[] estimates, RealMatrix inverse, long n) {
    this.layout = layout;
    this.kept = kept;
    this.estimates = estimates;
    this.inverse = inverse;
    this.n = n;
    this.positionOfCandidate = new int[layout.candidates()];
    java.util.Arrays.fill(positionOfCandidate, -1);
    for (int p = 0; p < kept.length; p++) {
      positionOfCandidate[kept[p]] = p;
    }
  }

  /**
   * Applies the keep rule and solves; null when the model is not fitted because N <= K (the
   * cluster condition G >= 2 is checked once the clusters are counted).
   */
  static ModelFit solve(DesignLayout layout, CrossProducts sums) {
    int[] kept = keptColumns(layout.candidates(), sums);
    if (sums.n() <= kept.length) {
      return null;
    }
    RealMatrix xtx = xtx(sums, kept);
    RealVector xty = new ArrayRealVector(kept.length);
    for (int p = 0; p < kept.length; p++) {
      xty.setEntry(p, sums.xty(kept[p]));
    }
    DecompositionSolver solver = cholesky(xtx).getSolver();
    return new ModelFit(layout, kept, solver.solve(xty).toArray(), solver.getInverse(), sums.n());
  }

  /**
   * SPEC 7.5: going through the candidates in order, column j is kept when d_j = (X'X)_jj - a_j'
   * (X'X)_S^-1 a_j exceeds 1e-9 (X'X)_jj, S being the columns kept so far and a_j = (X'X)_S,j. The
   * decomposition of (X'X)_S is redone only when S grows.
   */
  static int[] keptColumns(int candidates, CrossProducts sums) {
    List<Integer> kept = new ArrayList<>();
    DecompositionSolver solver = null;
    for (int j = 0; j < candidates; j++) {
      double diagonal = sums.xtx(j, j);
      double explained = 0;
      if (!kept.isEmpty()) {
        RealVector a = new ArrayRealVector(kept.size());
        for (int p = 0; p < kept.size(); p++) {
          a.setEntry(p, sums.xtx(kept.get(p), j));
        }
        explained = a.dotProduct(solver.solve(a));
      }
      if (diagonal - explained > KEEP_TOLERANCE * diagonal) {
        kept.add(j);
        solver = cholesky(xtx(sums, kept.stream().mapToInt(Integer::intValue).toArray())).getSolver();
      }
    }
    return kept.stream().mapToInt(Integer::intValue).toArray();
  }

  private static RealMatrix xtx(CrossProducts sums, int[] columns) {
    RealMatrix m = MatrixUtils.createRealMatrix(columns.length, columns.length);
    for (int p = 0; p < columns.length; p++) {
      for (int q = 0; q < columns.length; q++) {
        m.setEntry(p, q, sums.xtx(columns[p], columns[q]));
      }
    }
    return m;
  }

  private static CholeskyDecomposition cholesky(RealMatrix m) {
    // The matrix is symmetric by construction; the keep rule has made it positive definite, so
    // only a pivot at or below 0 is refused.
    return new CholeskyDecomposition(m, CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, 0.0);
  }

  DesignLayout layout() {
    return layout;
  }

  /** The kept candidate columns, ascending. */
  int[] kept() {
    return kept;
  }

  /** K. */
  int parameters() {
    return kept.length;
  }

  long n() {
    return n;
  }

  /** The estimate of a kept position. */
  double estimate(int position) {
    return estimates[position];
  }

  /** The position of a candidate column among the kept ones, or -1 when it was left out. */
  int positionOf(int candidate) {
    return positionOfCandidate[candidate];
  }

  /** (X'X)^-1 over the kept columns (driver only). */
  RealMatrix inverse() {
    return inverse;
  }

  /**
   * A record's residual e = y - x'b, and its kept entries of x written into {@code positions} and
   * {@code values}; returns how many entries there are (after the residual in slot 0 of {@code
   * residual}).
   */
  int residual(Row r, int[] columns, double[] scratch, int[] positions, double[] values, double[] residual) {
    int k = layout.encode(r, columns, scratch);
    double fitted = 0;
    int kept = 0;
    for (int i = 0; i < k; i++) {
      int p = positionOfCandidate[columns[i]];
      if (p >= 0) {
        positions[kept] = p;
        values[kept++] = scratch[i];
        fitted += scratch[i] * estimates[p];
      }
    }
    residual[0] = r.getDouble(DesignLayout.IMPROVEMENT) - fitted;
    return kept;
  }
}
