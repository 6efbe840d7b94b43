package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import scala.collection.Seq;

/**
 * The figures of SPEC 7.1 that a cell takes from the distribution of its changes: sums and
 * percentiles over the cell's distinct change values with their counts, (value double, count
 * long) structs in ascending order of value, as {@link CellStatistics} collects them.
 *
 * <p>Java functions rather than Spark's own: a Spark lambda function ({@code aggregate}) runs
 * without generated code, element by element, and Spark's {@code percentile} aggregate keeps
 * each group's values in a map that it writes out and reads back value by value; at 10,000
 * participants the two took several seconds for a few thousand cells (docs/PERFORMANCE.md,
 * change 31). The arithmetic is the same, in the same order, so every figure is as before.
 */
final class ChangeDistribution {

  /** The sum of value * count, in ascending order of value. */
  private static final UserDefinedFunction SUM =
      udf((UDF1<Seq<Row>, Double>) ChangeDistribution::sum, DataTypes.DoubleType);

  /** The sum of (value - mean)^2 * count, in ascending order of value. */
  private static final UserDefinedFunction SQUARED_DEVIATIONS =
      udf((UDF2<Seq<Row>, Double, Double>) ChangeDistribution::squaredDeviations, DataTypes.DoubleType);

  /** A percentile, R type 7, each value weighted by its count. */
  private static final UserDefinedFunction PERCENTILE =
      udf((UDF2<Seq<Row>, Double, Double>) ChangeDistribution::percentile, DataTypes.DoubleType);

  static Column sum(Column changes) {
    return SUM.apply(changes);
  }

  static Column squaredDeviations(Column changes, Column mean) {
    return SQUARED_DEVIATIONS.apply(changes, mean);
  }

  static Column percentile(Column changes, double p) {
    return PERCENTILE.apply(changes, lit(p));
  }

  static Double sum(Seq<Row> changes) {
    double sum = 0.0;
    for (int i = 0; i < changes.length(); i++) {
      Row c = changes.apply(i);
      sum = sum + c.getDouble(0) * c.getLong(1);
    }
    return sum;
  }

  /** Null when the mean is. */
  static Double squaredDeviations(Seq<Row> changes, Double mean) {
    if (mean == null) {
      return null;
    }
    double sum = 0.0;
    for (int i = 0; i < changes.length(); i++) {
      Row c = changes.apply(i);
      double deviation = c.getDouble(0) - mean;
      sum = sum + deviation * deviation * c.getLong(1);
    }
    return sum;
  }

  /**
   * The value at position p * (N - 1) of the N values in ascending order (each value repeated
   * count times, positions from 0), interpolated linearly between the two values either side of a
   * fractional position; null for no values.
   */
  static Double percentile(Seq<Row> changes, Double p) {
    int distinct = changes.length();
    if (distinct == 0) {
      return null;
    }
    long[] through = new long[distinct]; // how many values up to and including the i-th
    long n = 0;
    for (int i = 0; i < distinct; i++) {
      n += changes.apply(i).getLong(1);
      through[i] = n;
    }
    double position = (n - 1) * p;
    long lower = (long) Math.floor(position);
    long higher = (long) Math.ceil(position);
    double below = valueAt(changes, through, lower);
    if (higher == lower) {
      return below;
    }
    double above = valueAt(changes, through, higher);
    if (above == below) {
      return below;
    }
    return (higher - position) * below + (position - lower) * above;
  }

  /** The value at a position (from 0) of the values in ascending order. */
  private static double valueAt(Seq<Row> changes, long[] through, long position) {
    int lo = 0;
    int hi = through.length - 1;
    while (lo < hi) { // the first value whose run reaches past the position
      int mid = (lo + hi) >>> 1;
      if (through[mid] > position) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return changes.apply(lo).getDouble(0);
  }

  private ChangeDistribution() {}
}
