package org.painoutcomes.tables;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** quality/summary (SPEC 7.4) as a Dataset: source, metric, value (64-bit). */
public final class QualityTables {
  public static final StructType SCHEMA =
      DataTypes.createStructType(
          List.of(
              DataTypes.createStructField("source", DataTypes.StringType, false),
              DataTypes.createStructField("metric", DataTypes.StringType, false),
              DataTypes.createStructField("value", DataTypes.LongType, true)));

  public static Dataset<Row> toDataset(SparkSession spark, List<QualityRow> rows) {
    return SparkRows.dataset(spark, SCHEMA, rows, r -> new Object[] {r.source(), r.metric(), r.value()});
  }

  private QualityTables() {}
}
