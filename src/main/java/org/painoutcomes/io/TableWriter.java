package org.painoutcomes.io;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.PipelineException;

/** Writes the Parquet tables of a run under its staging folder (SPEC 8). */
public final class TableWriter {
  private final Path root;
  private final String compression;

  public TableWriter(Path root, String compression) {
    this.root = root;
    this.compression = compression;
  }

  /**
   * Writes a table and returns its row count. Small tables are written as one file.
   *
   * @throws PipelineException (exit 1) when the write job fails on an I/O error: the output
   *     cannot be written (a full disk, say), or an input file cannot be read again
   */
  public long write(String table, Dataset<Row> rows, boolean small) {
    String location = new Path(root, table).toString();
    Dataset<Row> out = small ? rows.coalesce(1) : rows;
    try {
      out.write()
          .mode(SaveMode.ErrorIfExists)
          .option("compression", compression)
          .parquet(location);
      return out.sparkSession().read().parquet(location).count();
    } catch (Exception e) { // a failed Spark job is a SparkException, checked in Java terms
      PipelineException error = PipelineErrors.translate(e, location);
      if (error != null) {
        throw error;
      }
      throw e;
    }
  }

  public Path root() {
    return root;
  }
}
