package org.painoutcomes.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.TestInputs;

/** The Parquet tables of a published OUTPUT, whichever the pipeline writes, read for comparison. */
final class ParquetTables {

  /** Every folder under output holding Parquet files, as a path relative to output ("quality/rejects"). */
  static SortedSet<String> names(Path output) throws IOException {
    SortedSet<String> tables = new TreeSet<>();
    try (Stream<Path> files = Files.walk(output)) {
      files.filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .forEach(p -> tables.add(output.relativize(p.getParent()).toString()));
    }
    return tables;
  }

  /** The table's schema, then its rows as text, sorted: row order is not part of a table. */
  static List<String> sortedRows(SparkSession spark, Path table) {
    Dataset<Row> rows = spark.read().parquet(table.toString());
    List<String> lines = new ArrayList<>(TestInputs.lines(rows));
    Collections.sort(lines);
    lines.add(0, rows.schema().simpleString());
    return lines;
  }

  private ParquetTables() {}
}
