package org.painoutcomes.bench;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.length;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.contract.Source;

/**
 * The floor of the benchmark (jobs/bench): the least work Spark does to read the three inputs of
 * an extract, parse every field and count the rows, nothing else. The pipeline's time is reported
 * as a multiple of this.
 *
 * <p>It uses Spark's own CSV reader (header, {@code escape '"'} for RFC 4180 doubled quotes, every
 * column a string, {@code multiLine} off), because that is the engine's fastest way in: the files
 * split into byte ranges read in parallel, and the parser is Spark's tuned univocity reader. It is
 * a floor, not a correct reader of the contract: without {@code multiLine} a quoted field holding
 * a line break is misread (with it, a file is one task), and it gives no line numbers. Every field
 * is forced through the parser by taking the longest value of each column (a bare {@code count()}
 * would let Spark skip the parsing).
 *
 * <p>Usage: {@code SparkFloor INPUT_DIR}; prints one line per source (rows, seconds) and a total.
 */
public final class SparkFloor {

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: SparkFloor INPUT_DIR");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("pain-outcomes-floor").getOrCreate();
    try {
      long start = System.nanoTime();
      long total = 0;
      for (Source source : Source.values()) {
        long t = System.nanoTime();
        long rows = countParsed(spark, input(args[0], source.id()));
        total += rows;
        System.out.printf(Locale.ROOT, "floor %-10s %12d rows %8.1f s%n", source.id(), rows, (System.nanoTime() - t) / 1e9);
      }
      System.out.printf(Locale.ROOT, "floor %-10s %12d rows %8.1f s%n", "total", total, (System.nanoTime() - start) / 1e9);
    } finally {
      spark.stop();
    }
  }

  /** A source's file ({@code attendance.csv}) or its folder of monthly files ({@code attendance/}). */
  static String input(String dir, String source) {
    java.io.File folder = new java.io.File(dir, source);
    return folder.isDirectory() ? folder.getPath() : new Path(dir, source + ".csv").toString();
  }

  /** Rows of one CSV file, every field parsed (the longest value of each column is computed). */
  static long countParsed(SparkSession spark, String path) {
    Dataset<Row> csv =
        spark.read()
            .option("header", "true")
            .option("escape", "\"")
            .option("inferSchema", "false")
            .option("mode", "PERMISSIVE")
            .csv(path);
    List<Column> aggs = new ArrayList<>();
    aggs.add(count(lit(1)).as("rows"));
    for (String c : csv.columns()) {
      aggs.add(max(length(csv.col(c))));
    }
    Row r = csv.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
    return r.getLong(0);
  }

  private SparkFloor() {}
}
