package org.painoutcomes.summarize;

import java.io.Serializable;

/**
 * A vector of sums of doubles that do not depend on the order of the terms, for the sums of the
 * adjusted-effects models (SPEC 7.5). A floating-point sum depends on the order of its terms, and
 * Spark's order depends on the partitioning; a rerun must give the same rows (SPEC 8). Each term
 * is split into its whole part and its fraction, the fraction kept as a fixed-point number of
 * {@value #FRACTION_BITS} bits (truncated: at most 2^-52, about 2.2e-16, below the term). Both
 * parts are summed in longs, which is exact in any order, with the fraction carried into the whole
 * part; the total is put back together and rounded once. Unlike {@link ExactSum} (a Spark column
 * aggregate of values below 128), this runs inside the models' own aggregations and takes terms
 * up to 2^62 in magnitude, such as products of baseline values and session counts.
 */
final class FixedPointSums implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int FRACTION_BITS = 52;
  private static final long ONE = 1L << FRACTION_BITS;
  private static final double SCALE = 0x1p52;

  private final long[] whole;
  private final long[] fraction;

  FixedPointSums(int size) {
    whole = new long[size];
    fraction = new long[size];
  }

  int size() {
    return whole.length;
  }

  /** Adds a term to sum {@code i}. */
  void add(int i, double term) {
    double w = Math.floor(term);
    whole[i] += (long) w;
    // term - floor(term) is exact and in [0, 1); scaling by 2^52 is exact, the cast truncates.
    carry(i, fraction[i] + (long) ((term - w) * SCALE));
  }

  /** Adds another vector's sums of the same size, term for term. */
  void addAll(FixedPointSums other) {
    for (int i = 0; i < whole.length; i++) {
      whole[i] += other.whole[i];
      carry(i, fraction[i] + other.fraction[i]);
    }
  }

  private void carry(int i, long f) {
    // both parts are below 2^52, so their sum is below 2^53 and one carry suffices
    if (f >= ONE) {
      f -= ONE;
      whole[i]++;
    }
    fraction[i] = f;
  }

  /** Sum {@code i} as a double; the same whatever the order its terms came in. */
  double get(int i) {
    return whole[i] + fraction[i] / SCALE;
  }
}
