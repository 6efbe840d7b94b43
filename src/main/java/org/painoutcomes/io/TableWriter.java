package org.painoutcomes.io;

import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** Writes the Parquet tables of a run under its staging folder (SPEC 8). */
public final class TableWriter {
  private final Path root;
  private final String compression;

  public TableWriter(Path root, String compression) {
    this.root = root;
    this.compression = compression;
  }

  /** Writes a table and returns its row count. Small tables are written as one file. */
  public long write(String table, Dataset<Row> rows, boolean small) {
    Dataset<Row> out = small ? rows.coalesce(1) : rows;
    out.write()
        .mode(SaveMode.ErrorIfExists)
        .option("compression", compression)
        .parquet(new Path(root, table).toString());
    return out.sparkSession().read().parquet(new Path(root, table).toString()).count();
  }

  public Path root() {
    return root;
  }
}
