package org.painoutcomes.derive;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the derive stage hands on ({@link Derivation#run}), persisted; {@link #close} lets it go
 * once every table that reads it has been computed.
 *
 * @param assessments {@link Assessments#score} rows: every accepted assessment, scored or not
 * @param indexDates {@link Timeline#indexDates} rows
 * @param baselines {@link Timeline#baselines} rows
 * @param changeRecords analysis/change_records (SPEC 6), columns as {@link ChangeRecords#columns}
 */
public record Derived(
    Dataset<Row> assessments, Dataset<Row> indexDates, Dataset<Row> baselines, Dataset<Row> changeRecords)
    implements AutoCloseable {

  @Override
  public void close() {
    changeRecords.unpersist();
    baselines.unpersist();
    indexDates.unpersist();
    assessments.unpersist();
  }
}
