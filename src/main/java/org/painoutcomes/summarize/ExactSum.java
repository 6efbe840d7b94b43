package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.DataTypes;

/**
 * Sums of doubles that do not depend on the order of the rows, at the speed of long sums.
 *
 * <p>A floating-point sum depends on the order of its terms, and Spark's order depends on the
 * partitioning; outcome_change must be the same whatever the cores or partitions (a rerun gives
 * identical rows). Each value is taken as a fixed-point number of {@value #FRACTION_BITS}
 * fraction bits (truncated: at most 2^-48, about 3.6e-15, below the value), and split into a high
 * and a low part whose long sums are exact in any order and cannot overflow; the total is put
 * back together exactly and rounded to a double once.
 *
 * <p>Values must be below 2^{@value #INTEGER_BITS} (128) in magnitude: what is summed here are
 * baseline and follow-up scores, which lie in SPEC 3's ranges (0 to 100).
 */
final class ExactSum {

  static final int FRACTION_BITS = 48;
  static final int INTEGER_BITS = 7;
  private static final int LOW_BITS = 24;
  private static final long LOW_MASK = (1L << LOW_BITS) - 1;
  private static final double SCALE = 0x1p48;

  /** The two aggregate columns of a sum of {@code value}, named {@code name_hi} and {@code name_lo}. */
  static Column[] aggregates(Column value, String name) {
    // floor of an exact power-of-two scaling: |fixed| < 2^55 for |value| < 2^7.
    Column fixed = floor(value.multiply(SCALE));
    return new Column[] {
      // High part below 2^31 in magnitude: a sum of 2^32 of them still fits in a long.
      sum(shiftright(fixed, LOW_BITS)).as(name + "_hi"),
      sum(fixed.bitwiseAND(lit(LOW_MASK))).as(name + "_lo")
    };
  }

  /** Sums of sums: the aggregates that merge {@link #aggregates} of the same name. */
  static Column[] merged(String name) {
    return new Column[] {
      sum(col(name + "_hi")).as(name + "_hi"),
      sum(col(name + "_lo")).as(name + "_lo")
    };
  }

  /** The sum of a {@link #aggregates} pair as a double, rounded once. */
  static Column total(String name) {
    Column hi = col(name + "_hi").cast(DataTypes.createDecimalType(38, 0));
    Column lo = col(name + "_lo").cast(DataTypes.createDecimalType(38, 0));
    // hi * 2^24 + lo is below 2^87: exact in decimal(38, 0); one rounding to double, then an exact scaling.
    return hi.multiply(lit(1L << LOW_BITS)).plus(lo).cast(DataTypes.DoubleType).divide(SCALE);
  }

  private ExactSum() {}
}
