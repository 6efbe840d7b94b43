package org.painoutcomes.config;

import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark settings pain-outcomes runs with unless whoever starts it set them (spark-submit
 * {@code --conf}, a properties file, {@code -Dspark.*}): the one place the job tunes Spark itself.
 * docs/PERFORMANCE.md has the measurements behind each.
 */
public final class SparkDefaults {

  /**
   * <ul>
   *   <li>{@code spark.sql.inMemoryColumnarStorage.compressed=false}: what the run caches (checked
   *       rows, shared intermediates) lives on local disk, where compressing each column gains
   *       little, while choosing each column's encoding cost much of ingestion's CPU
   *       (docs/PERFORMANCE.md change 12).
   *   <li>{@code spark.sql.codegen.cache.maxEntries=1000}: a run generates more distinct classes
   *       than Spark's default cache of 100 holds, so a JVM that runs again (a test, a notebook,
   *       an executor) compiled every one of them again, and the JIT compiled their methods
   *       again (docs/PERFORMANCE.md change 24).
   *   <li>{@code spark.sql.artifact.isolation.enabled=false}: the job adds no jars or files to its
   *       session, so it has nothing to isolate from other sessions. With isolation on, Spark 4
   *       runs every task in a per-session class loader that asks the driver over RPC for each
   *       class name the parent loaders do not know, and Janino asks for many such names while it
   *       compiles a task's generated code: seconds of every run's first queries
   *       (docs/PERFORMANCE.md change 35).
   *   <li>{@code spark.shuffle.sort.bypassMergeThreshold=0}: every shuffle task writes one file,
   *       its rows sorted by partition. Spark's default (200) has a task whose shuffle has at most
   *       200 partitions, as every query's shuffle has before adaptive execution coalesces it,
   *       write a file per partition and concatenate them: at 1,000,000 participants 219,066
   *       files opened and 88,557 deleted against 53,301 and 2,600 with one file per task, and a
   *       quarter to a half more of the run's time in the kernel (docs/PERFORMANCE.md change 36).
   *   <li>{@code spark.sql.requireAllClusterKeysForCoPartition=false}: a join of two sides already
   *       partitioned alike by participant_id keeps that partitioning when it joins on
   *       participant_id and more (the change records' joins on participant_id and measure).
   *       Spark's default shuffled both sides again by all the join's keys, and shuffled the
   *       result back by participant_id for the next join: at 1,000,000 participants two
   *       shuffles of some 700 MB each. Spark's default guards against skew when a partitioning
   *       has few distinct values; participant_id has one per participant (docs/PERFORMANCE.md
   *       change 41).
   * </ul>
   */
  static final Map<String, String> SETTINGS =
      Map.of(
          "spark.sql.inMemoryColumnarStorage.compressed", "false",
          "spark.sql.codegen.cache.maxEntries", "1000",
          "spark.sql.artifact.isolation.enabled", "false",
          "spark.shuffle.sort.bypassMergeThreshold", "0",
          "spark.sql.requireAllClusterKeysForCoPartition", "false");

  /**
   * With a local master (jobs/run-local, the tests, spark-submit {@code --master local[N]}) only:
   * {@code file://} through {@code io.NioLocalFileSystem}, which sets permissions without a
   * {@code chmod} process per file (docs/PERFORMANCE.md change 27). Named by its class name
   * because io is a layer above config. Not on a cluster: its executors would have to load the
   * class from the application jar before any task, and a cluster writes to HDFS or an object
   * store.
   */
  static final Map<String, String> LOCAL_MASTER_SETTINGS =
      Map.of("spark.hadoop.fs.file.impl", "org.painoutcomes.io.NioLocalFileSystem");

  /**
   * For a small input ({@link RunScale#isSmall}) only: Tungsten's memory pages of 2 MiB. Spark
   * sizes a page from the heap and the cores (64 MiB with a 4 GiB heap on two cores), and every
   * sort, aggregation and window of every task takes at least one page: on a small input that is
   * hundreds of MiB allocated, zeroed and copied by the collector for a few thousand rows
   * (docs/PERFORMANCE.md change 28). A page is read when the SparkContext starts, so this is
   * decided before the session exists. A large input keeps Spark's size (measured no faster).
   */
  static final Map<String, String> SMALL_INPUT_SETTINGS = Map.of("spark.buffer.pageSize", "2m");

  /**
   * The defaults the given configuration does not set itself.
   *
   * @param smallInput whether the session is started for a small input ({@link RunScale#isSmall})
   */
  public static Map<String, String> missingFrom(SparkConf given, boolean smallInput) {
    Map<String, String> missing = new TreeMap<>(SETTINGS);
    String master = given.get("spark.master", "");
    if (master.equals("local") || master.startsWith("local[")) {
      missing.putAll(LOCAL_MASTER_SETTINGS);
    }
    if (smallInput) {
      missing.putAll(SMALL_INPUT_SETTINGS);
    }
    missing.keySet().removeIf(given::contains);
    return missing;
  }

  /** The builder with every default the given configuration does not set itself. */
  public static SparkSession.Builder onto(SparkSession.Builder builder, SparkConf given, boolean smallInput) {
    missingFrom(given, smallInput).forEach(builder::config);
    return builder;
  }

  private SparkDefaults() {}
}
