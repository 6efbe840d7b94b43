package org.painoutcomes.tables;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * The one way a table's rows become a Dataset: each row's values in column order, under the
 * table's schema. The public tables' converters (in {@code privacy}, where the public rows are
 * made) use it too, with {@link #plus} for the {@code suppressed} column they add.
 */
public final class SparkRows {

  /** A Dataset of {@code rows} under {@code schema}; {@code values} gives a row's values in column order. */
  public static <T> Dataset<Row> dataset(SparkSession spark, StructType schema, List<T> rows, Function<T, Object[]> values) {
    return spark.createDataFrame(rows.stream().map(r -> RowFactory.create(values.apply(r))).toList(), schema);
  }

  /** The values followed by one more (a public table's {@code suppressed}). */
  public static Object[] plus(Object[] values, Object last) {
    Object[] out = Arrays.copyOf(values, values.length + 1);
    out[values.length] = last;
    return out;
  }

  private SparkRows() {}
}
