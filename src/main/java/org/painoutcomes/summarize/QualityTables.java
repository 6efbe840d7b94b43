package org.painoutcomes.summarize;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
    List<Row> out = new ArrayList<>();
    for (QualityRow r : rows) {
      out.add(RowFactory.create(r.source(), r.metric(), r.value()));
    }
    return spark.createDataFrame(out, SCHEMA);
  }

  private QualityTables() {}
}
