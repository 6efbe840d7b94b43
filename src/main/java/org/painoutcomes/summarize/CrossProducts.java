package org.painoutcomes.summarize;

import java.io.Serializable;
import org.apache.spark.sql.Row;

/**
 * The sums one adjusted-effects model needs from its records (SPEC 7.5), in one pass: the packed
 * upper triangle of [X y]'[X y] over the candidate columns (so X'X, X'y and y'y), the number of
 * records N and, per modality, the records with at least one attended session of it. Sums are
 * exact in any order ({@link FixedPointSums}), so the partials of the partitions merge in any
 * order to the same figures.
 */
final class CrossProducts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int dimension;
  private final FixedPointSums sums;
  private final long[] withSessions;
  private long n;

  CrossProducts(DesignLayout layout) {
    this.dimension = layout.candidates() + 1;
    this.sums = new FixedPointSums(dimension * (dimension + 1) / 2);
    this.withSessions = new long[layout.modalities().size()];
  }

  /** Position of entry (i, j) of a symmetric matrix of the given dimension in its packed upper triangle. */
  static int packed(int dimension, int i, int j) {
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return a * dimension - a * (a - 1) / 2 + (b - a);
  }

  /**
   * Adds one record. Only its non-zero entries are visited: a record has a handful (intercept,
   * baseline, one level per variable, the modalities it attended), however many columns X has.
   *
   * @param columns scratch of at least {@link DesignLayout#maxNonZero()} + 1
   * @param values scratch of the same size
   */
  void add(DesignLayout layout, Row r, int[] columns, double[] values) {
    int k = layout.encode(r, columns, values);
    columns[k] = dimension - 1;
    values[k++] = r.getDouble(DesignLayout.IMPROVEMENT);
    for (int a = 0; a < k; a++) {
      int rowStart = columns[a] * dimension - columns[a] * (columns[a] - 1) / 2 - columns[a];
      for (int b = a; b < k; b++) {
        sums.add(rowStart + columns[b], values[a] * values[b]);
      }
    }
    n++;
    for (int m = 0; m < withSessions.length; m++) {
      if (r.getLong(DesignLayout.SESSIONS + m) > 0) {
        withSessions[m]++;
      }
    }
  }

  CrossProducts merge(CrossProducts other) {
    sums.addAll(other.sums);
    n += other.n;
    for (int m = 0; m < withSessions.length; m++) {
      withSessions[m] += other.withSessions[m];
    }
    return this;
  }

  /** (X'X)_ij over the candidate columns. */
  double xtx(int i, int j) {
    return sums.get(packed(dimension, i, j));
  }

  /** (X'y)_i. */
  double xty(int i) {
    return sums.get(packed(dimension, i, dimension - 1));
  }

  long n() {
    return n;
  }

  /** Records with at least one attended session of the i-th configured modality. */
  long withSessions(int i) {
    return withSessions[i];
  }
}
