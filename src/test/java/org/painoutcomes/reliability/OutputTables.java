package org.painoutcomes.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads whatever an OUTPUT holds, without knowing its tables in advance: the tests of this
 * package must keep holding as stages and tables are added. A table is a folder holding Parquet
 * files.
 */
final class OutputTables {

  /** The table folders under output, relative ("quality/rejects"), sorted. */
  static List<String> tables(Path output) {
    try (Stream<Path> files = Files.walk(output)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .map(p -> output.relativize(p.getParent()).toString())
          .distinct()
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every table's rows as "a|b|c" strings, each table's rows sorted, keyed by table. */
  static TreeMap<String, List<String>> sortedRows(SparkSession spark, Path output) {
    TreeMap<String, List<String>> all = new TreeMap<>();
    for (String table : tables(output)) {
      Dataset<Row> rows = spark.read().parquet(output.resolve(table).toString());
      List<String> lines = new ArrayList<>();
      for (Row r : rows.collectAsList()) {
        lines.add(line(r));
      }
      Collections.sort(lines);
      all.put(table, lines);
    }
    return all;
  }

  /** A row as "a|b|c"; binary values by content, so that equal rows give equal text. */
  static String line(Row r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.length(); i++) {
      Object v = r.get(i);
      b.append(i == 0 ? "" : "|").append(v instanceof byte[] bytes ? java.util.Arrays.toString(bytes) : String.valueOf(v));
    }
    return b.toString();
  }

  /** Every regular file under output, relative, sorted. */
  static List<String> files(Path output) {
    try (Stream<Path> files = Files.walk(output)) {
      return files.filter(Files::isRegularFile).map(p -> output.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private OutputTables() {}
}
