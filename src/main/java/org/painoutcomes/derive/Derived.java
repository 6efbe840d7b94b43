package org.painoutcomes.derive;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the derive stage hands on ({@link Derivation#run}), persisted; {@link #close} lets it go
 * once every table that reads it has been computed.
 *
 * @param assessments {@link Assessments#score} rows: every accepted assessment, scored or not
 * @param exposure {@link Exposure#participantExposure} rows, with the index dates
 * @param timelines {@link Timeline#measureTimelines} rows
 * @param changeRecords analysis/change_records (SPEC 6), columns as {@link ChangeRecords#columns}
 */
public record Derived(
    Dataset<Row> assessments, Dataset<Row> exposure, Dataset<Row> timelines, Dataset<Row> changeRecords)
    implements AutoCloseable {

  /** {@link Timeline#indexDates} rows, read from the persisted exposure. */
  public Dataset<Row> indexDates() {
    return Timeline.indexDates(exposure);
  }

  /** {@link Timeline#baselines} rows, read from the persisted timelines. */
  public Dataset<Row> baselines() {
    return Timeline.baselines(timelines);
  }

  @Override
  public void close() {
    changeRecords.unpersist();
    timelines.unpersist();
    exposure.unpersist();
    assessments.unpersist();
  }
}
