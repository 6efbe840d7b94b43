package org.painoutcomes.io;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.PipelineException;

/** Writes the Parquet tables of a run under its staging folder (SPEC 8). */
public final class TableWriter {
  private static final String ROWS = "rows";
  private final Path root;
  private final String compression;

  public TableWriter(Path root, String compression) {
    this.root = root;
    this.compression = compression;
  }

  /**
   * Writes a table and returns its row count. Small tables are written as one file. The rows are
   * counted as they are written (an observed metric of the write job), not by reading the table
   * back: that took three more Spark jobs per table (see docs/PERFORMANCE.md, change 18).
   *
   * @throws PipelineException (exit 1) when the write job fails on an I/O error: the output
   *     cannot be written (a full disk, say), or an input file cannot be read again
   */
  public long write(String table, Dataset<Row> rows, boolean small) {
    String location = new Path(root, table).toString();
    Observation written = new Observation("rows written to " + table);
    Dataset<Row> out = (small ? rows.coalesce(1) : rows).observe(written, functions.count(functions.lit(1)).as(ROWS));
    try {
      out.write()
          .mode(SaveMode.ErrorIfExists)
          .option("compression", compression)
          .parquet(location);
      return rows(written);
    } catch (Exception e) { // a failed Spark job is a SparkException, checked in Java terms
      PipelineException error = PipelineErrors.translate(e, location);
      if (error != null) {
        throw error;
      }
      throw e;
    }
  }

  /** The observed row count; it is there once the write has returned. */
  private static long rows(Observation written) {
    try {
      return ((Number) written.getAsJava().get(ROWS)).longValue();
    } catch (InterruptedException e) { // the run is being stopped (a signal): let it stop
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while counting the rows written", e);
    }
  }

  public Path root() {
    return root;
  }
}
