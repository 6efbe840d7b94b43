package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.derive.AnalysisColumns;

/**
 * The statistics of an outcome_change cell over its change records (SPEC 7.1): {@link
 * #aggregates} inside a groupBy, then {@link #finish} on the grouped rows.
 *
 * <p>Floating-point sums are taken over the cell's values sorted ascending, so every figure is the
 * same whatever the partitioning; the percentiles are Spark's exact {@code percentile} (R type 7).
 */
final class CellStatistics {

  /** The z of the Wilson score interval (SPEC 7.1). */
  static final double WILSON_Z = 1.959963984540054;

  private static final String BASELINES = "_baselines";
  private static final String FOLLOWUPS = "_followups";
  private static final String CHANGES = "_changes";
  private static final String CHANGE_MIN = "_change_min";
  private static final String CHANGE_MAX = "_change_max";
  private static final String QUARTILES = "_quartiles";

  /** The aggregate columns of a cell, over change_records columns. */
  static List<Column> aggregates() {
    return List.of(
        count(lit(1)).as("n"),
        array_sort(collect_list(col(AnalysisColumns.BASELINE_VALUE))).as(BASELINES),
        array_sort(collect_list(col(AnalysisColumns.FOLLOWUP_VALUE))).as(FOLLOWUPS),
        array_sort(collect_list(col(AnalysisColumns.CHANGE))).as(CHANGES),
        min(col(AnalysisColumns.CHANGE)).as(CHANGE_MIN),
        max(col(AnalysisColumns.CHANGE)).as(CHANGE_MAX),
        // Exact percentiles, linear interpolation between closest ranks (R type 7).
        percentile(col(AnalysisColumns.CHANGE), array(lit(0.5), lit(0.25), lit(0.75))).as(QUARTILES),
        // count skips nulls: records whose responder is not null.
        count(col(AnalysisColumns.RESPONDER)).as("responder_n"),
        count_if(col(AnalysisColumns.RESPONDER)).as("responders"));
  }

  /**
   * Adds the statistic columns to grouped rows, in three steps because later columns read earlier
   * ones (withColumns once per step: every call re-analyzes the plan).
   */
  static Dataset<Row> finish(Dataset<Row> grouped) {
    Column n = col("n");
    Column nDouble = n.cast("double");
    Map<String, Column> means = new LinkedHashMap<>();
    means.put("baseline_mean", sortedSum(col(BASELINES)).divide(nDouble));
    means.put("followup_mean", sortedSum(col(FOLLOWUPS)).divide(nDouble));
    means.put("change_mean", sortedSum(col(CHANGES)).divide(nDouble));
    means.put(
        "responder_rate",
        when(col("responder_n").gt(0), col("responders").cast("double").divide(col("responder_n").cast("double"))));

    Column changeMean = col("change_mean");
    Map<String, Column> spread = new LinkedHashMap<>();
    spread.put(
        "change_sd",
        when(n.lt(2), lit(null).cast("double"))
            // SPEC 7.1: exactly 0 when all changes are equal (a float mean need not equal them).
            .when(col(CHANGE_MIN).equalTo(col(CHANGE_MAX)), lit(0.0))
            .otherwise(sqrt(squaredDeviations(col(CHANGES), changeMean).divide(nDouble.minus(1)))));

    Column changeSd = col("change_sd");
    Column sdDefined = changeSd.isNotNull().and(changeSd.notEqual(0));
    Column rate = col("responder_rate");
    Column responderN = col("responder_n").cast("double");
    Map<String, Column> rest = new LinkedHashMap<>();
    rest.put("change_ci_low", when(n.geq(2), changeMean.minus(halfWidth(n, changeSd))));
    rest.put("change_ci_high", when(n.geq(2), changeMean.plus(halfWidth(n, changeSd))));
    rest.put("change_median", col(QUARTILES).getItem(0));
    rest.put("change_p25", col(QUARTILES).getItem(1));
    rest.put("change_p75", col(QUARTILES).getItem(2));
    rest.put("srm", when(sdDefined, changeMean.divide(changeSd)));
    rest.put(
        "p_value",
        when(
            n.geq(2).and(sdDefined),
            StudentT.TWO_SIDED_P.apply(changeMean.divide(changeSd.divide(sqrt(nDouble))), n.minus(1))));
    rest.put("responder_ci_low", wilson(rate, responderN, false));
    rest.put("responder_ci_high", wilson(rate, responderN, true));
    return grouped.withColumns(means).withColumns(spread).withColumns(rest);
  }

  private static Column halfWidth(Column n, Column sd) {
    return StudentT.CRITICAL_VALUE.apply(n.minus(1)).multiply(sd).divide(sqrt(n.cast("double")));
  }

  private static Column sortedSum(Column sortedValues) {
    return aggregate(sortedValues, lit(0.0), (acc, x) -> acc.plus(x));
  }

  private static Column squaredDeviations(Column sortedValues, Column mean) {
    return aggregate(sortedValues, lit(0.0), (acc, x) -> acc.plus(x.minus(mean).multiply(x.minus(mean))));
  }

  /**
   * SPEC 7.1: Wilson score interval; null when responder_n is 0. The exact interval lies in [0, 1];
   * clamping only removes rounding below 0 or above 1 at a rate of 0 or 1.
   */
  private static Column wilson(Column rate, Column total, boolean upper) {
    double z2 = WILSON_Z * WILSON_Z;
    Column denominator = lit(1.0).plus(lit(z2).divide(total));
    Column centre = rate.plus(lit(z2).divide(total.multiply(2.0))).divide(denominator);
    Column half =
        lit(WILSON_Z)
            .multiply(
                sqrt(
                    rate.multiply(lit(1.0).minus(rate))
                        .divide(total)
                        .plus(lit(z2).divide(total.multiply(total).multiply(4.0)))))
            .divide(denominator);
    Column bound = upper ? least(lit(1.0), centre.plus(half)) : greatest(lit(0.0), centre.minus(half));
    return when(total.gt(0), bound);
  }

  private CellStatistics() {}
}
