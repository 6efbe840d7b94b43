package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.derive.AnalysisColumns;

/**
 * The statistics of an outcome_change cell over its change records (SPEC 7.1), in two
 * aggregations and a finish: {@link #byChange} groups a cell's records by their change value
 * (a few hundred distinct values however many records), {@link #byCell} merges those into the
 * cell, and {@link #finish} computes the statistics on the grouped rows.
 *
 * <p>Every figure is the same whatever the partitioning: the baseline and follow-up sums are
 * exact ({@link ExactSum}), and the change sums and percentiles are taken over the cell's
 * distinct changes in ascending order, each weighted by its count ({@link ChangeDistribution}).
 */
final class CellStatistics {

  /** The z of the Wilson score interval (SPEC 7.1). */
  static final double WILSON_Z = 1.959963984540054;

  private static final String RECORDS = "_records";
  private static final String BASELINES = "_baselines";
  private static final String FOLLOWUPS = "_followups";
  private static final String CHANGES = "_changes";
  private static final String RESPONDER_N = "responder_n";
  private static final String RESPONDERS = "responders";

  /** The aggregates of one cell and one change value, over change_records columns. */
  static List<Column> byChange() {
    List<Column> a = new ArrayList<>();
    a.add(count(lit(1)).as(RECORDS));
    a.addAll(List.of(ExactSum.aggregates(col(AnalysisColumns.BASELINE_VALUE), BASELINES)));
    a.addAll(List.of(ExactSum.aggregates(col(AnalysisColumns.FOLLOWUP_VALUE), FOLLOWUPS)));
    // count skips nulls: records whose responder is not null.
    a.add(count(col(AnalysisColumns.RESPONDER)).as(RESPONDER_N));
    a.add(count_if(col(AnalysisColumns.RESPONDER)).as(RESPONDERS));
    return a;
  }

  /** The aggregates that merge {@link #byChange} rows of the same cell and change value. */
  static List<Column> byChangeMerged() {
    List<Column> a = new ArrayList<>();
    a.add(sum(col(RECORDS)).as(RECORDS));
    a.addAll(List.of(ExactSum.merged(BASELINES)));
    a.addAll(List.of(ExactSum.merged(FOLLOWUPS)));
    a.add(sum(col(RESPONDER_N)).as(RESPONDER_N));
    a.add(sum(col(RESPONDERS)).as(RESPONDERS));
    return a;
  }

  /** The aggregates of a cell over its {@link #byChange} rows. */
  static List<Column> byCell() {
    Column change = col(AnalysisColumns.CHANGE);
    Column records = col(RECORDS);
    List<Column> a = new ArrayList<>();
    a.add(sum(records).as("n"));
    a.addAll(List.of(ExactSum.merged(BASELINES)));
    a.addAll(List.of(ExactSum.merged(FOLLOWUPS)));
    // The cell's distinct changes with their counts, ascending (the changes are distinct and
    // never null). sort_array, not array_sort: array_sort compares through a lambda function.
    a.add(sort_array(collect_list(struct(change.as("value"), records.as("count")))).as(CHANGES));
    a.add(sum(col(RESPONDER_N)).as(RESPONDER_N));
    a.add(sum(col(RESPONDERS)).as(RESPONDERS));
    return a;
  }

  /**
   * Adds the statistic columns to grouped rows, in three steps because later columns read earlier
   * ones (withColumns once per step: every call re-analyzes the plan).
   */
  static Dataset<Row> finish(Dataset<Row> grouped) {
    Column n = col("n");
    Column nDouble = n.cast("double");
    Column changes = col(CHANGES);
    Map<String, Column> means = new LinkedHashMap<>();
    means.put("baseline_mean", ExactSum.total(BASELINES).divide(nDouble));
    means.put("followup_mean", ExactSum.total(FOLLOWUPS).divide(nDouble));
    means.put("change_mean", ChangeDistribution.sum(changes).divide(nDouble));
    means.put(
        "responder_rate",
        when(col(RESPONDER_N).gt(0), col(RESPONDERS).cast("double").divide(col(RESPONDER_N).cast("double"))));

    Column changeMean = col("change_mean");
    Map<String, Column> spread = new LinkedHashMap<>();
    spread.put(
        "change_sd",
        when(n.lt(2), lit(null).cast("double"))
            // SPEC 7.1: exactly 0 when all changes are equal (a float mean need not equal them).
            .when(size(changes).equalTo(1), lit(0.0))
            .otherwise(
                sqrt(ChangeDistribution.squaredDeviations(changes, changeMean).divide(nDouble.minus(1)))));

    Column changeSd = col("change_sd");
    Column sdDefined = changeSd.isNotNull().and(changeSd.notEqual(0));
    Column rate = col("responder_rate");
    Column responderN = col(RESPONDER_N).cast("double");
    Map<String, Column> rest = new LinkedHashMap<>();
    rest.put("change_ci_low", when(n.geq(2), changeMean.minus(halfWidth(n, changeSd))));
    rest.put("change_ci_high", when(n.geq(2), changeMean.plus(halfWidth(n, changeSd))));
    rest.put("change_median", ChangeDistribution.percentile(changes, 0.5));
    rest.put("change_p25", ChangeDistribution.percentile(changes, 0.25));
    rest.put("change_p75", ChangeDistribution.percentile(changes, 0.75));
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
