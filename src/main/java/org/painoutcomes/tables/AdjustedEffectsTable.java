package org.painoutcomes.tables;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * summary/adjusted_effects and public/adjusted_effects as Datasets (SPEC 7.5, 8): labels string,
 * counts long, statistics double, {@code suppressed} boolean.
 */
public final class AdjustedEffectsTable {

  private static final List<String> LABELS = List.of("condition", "measure", "timepoint", "direction", "term");
  private static final List<String> COUNTS = List.of("n", "with_sessions", "clusters", "parameters");

  /** The column names of public/adjusted_effects, in table order: no counts (SPEC 7.5). */
  public static final List<String> PUBLIC_COLUMNS =
      List.of(
          "condition", "measure", "timepoint", "direction", "term", "estimate", "std_error", "ci_low",
          "ci_high", "p_value", "q_value", "suppressed");

  /** The schema of summary/adjusted_effects. */
  public static final StructType SCHEMA = schema(AdjustedEffectRow.COLUMNS);

  /** The schema of public/adjusted_effects. */
  public static final StructType PUBLIC_SCHEMA = schema(PUBLIC_COLUMNS);

  public static Dataset<Row> toDataset(SparkSession spark, List<AdjustedEffectRow> rows) {
    return SparkRows.dataset(spark, SCHEMA, rows, AdjustedEffectsTable::values);
  }

  /** A row's values in column order. */
  public static Object[] values(AdjustedEffectRow r) {
    return new Object[] {
        r.condition(), r.measure(), r.timepoint(), r.direction(), r.term(), r.estimate(), r.stdError(), r.ciLow(),
        r.ciHigh(), r.pValue(), r.qValue(), r.n(), r.withSessions(), r.clusters(), r.parameters()};
  }

  private static StructType schema(List<String> columns) {
    StructType s = new StructType();
    for (String c : columns) {
      if (LABELS.contains(c)) {
        s = s.add(c, DataTypes.StringType, false);
      } else if (COUNTS.contains(c)) {
        s = s.add(c, DataTypes.LongType, false);
      } else if (c.equals("suppressed")) {
        s = s.add(c, DataTypes.BooleanType, false);
      } else {
        s = s.add(c, DataTypes.DoubleType, true);
      }
    }
    return s;
  }

  private AdjustedEffectsTable() {}
}
