package org.painoutcomes.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

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

  private ParquetTables() {}
}
