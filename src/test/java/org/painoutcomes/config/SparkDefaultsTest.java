package org.painoutcomes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.execution.exchange.ShuffleExchangeExec;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.io.NioLocalFileSystem;

class SparkDefaultsTest {
  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  private static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";
  private static final String LOCAL_FS = "spark.hadoop.fs.file.impl";
  private static final String PAGE = "spark.buffer.pageSize";
  private static final String ISOLATION = "spark.sql.artifact.isolation.enabled";
  private static final String BYPASS = "spark.shuffle.sort.bypassMergeThreshold";
  private static final String CO_PARTITION = "spark.sql.requireAllClusterKeysForCoPartition";

  @Test
  void aDefaultAppliesOnlyWhereTheSubmitterSetNothing() {
    assertThat(SparkDefaults.missingFrom(new SparkConf(false), false))
        .isEqualTo(Map.of(CACHE_COMPRESSED, "false", CODEGEN_CACHE, "1000", ISOLATION, "false", BYPASS, "0", CO_PARTITION, "false"));
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).set(CACHE_COMPRESSED, "true"), false))
        .isEqualTo(Map.of(CODEGEN_CACHE, "1000", ISOLATION, "false", BYPASS, "0", CO_PARTITION, "false"));
  }

  @Test
  void aLocalMasterAloneWritesFilesWithoutAChmodProcess() {
    Map<String, String> local = SparkDefaults.missingFrom(new SparkConf(false).setMaster("local[*]"), false);
    assertThat(local).containsEntry(LOCAL_FS, NioLocalFileSystem.class.getName()).hasSize(6);
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).setMaster("local"), false)).containsKey(LOCAL_FS);
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).setMaster("spark://127.0.0.1:7077"), false)).doesNotContainKey(LOCAL_FS);
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).setMaster("yarn"), false)).doesNotContainKey(LOCAL_FS);
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).setMaster("local[2]").set(LOCAL_FS, "x"), false)).doesNotContainKey(LOCAL_FS);
  }

  @Test
  void aSmallInputAloneGetsSmallMemoryPages() {
    assertThat(SparkDefaults.missingFrom(new SparkConf(false), true))
        .isEqualTo(
            Map.of(CACHE_COMPRESSED, "false", CODEGEN_CACHE, "1000", ISOLATION, "false", BYPASS, "0", CO_PARTITION, "false", PAGE, "2m"));
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).setMaster("yarn"), true)).containsEntry(PAGE, "2m");
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).setMaster("local[2]"), false)).doesNotContainKey(PAGE);
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).set(PAGE, "16m"), true)).doesNotContainKey(PAGE);
  }

  @Test
  void theTestSessionRunsWithTheJobsDefaults() throws Exception {
    assertThat(SparkTestSession.get().conf().get(CACHE_COMPRESSED)).isEqualTo("false");
    assertThat(SparkTestSession.get().conf().get(CODEGEN_CACHE)).isEqualTo("1000");
    assertThat(SparkTestSession.get().sparkContext().getConf().get(PAGE)).as("the tests' inputs are small").isEqualTo("2m");
    // Without artifact isolation a task runs in the executor's own class loader, not in a
    // per-session one that asks the driver for classes it cannot find (Spark's ExecutorClassLoader).
    List<String> taskLoaders = SparkTestSession.get().range(2).repartition(2)
        .map((MapFunction<Long, String>) id -> Thread.currentThread().getContextClassLoader().getClass().getName(), Encoders.STRING())
        .collectAsList();
    assertThat(taskLoaders).hasSize(2).allSatisfy(loader -> assertThat(loader).doesNotContain("ExecutorClassLoader"));
    // A query's shuffle of 3 partitions (at most the bypass threshold of Spark's default) writes
    // one file per task, its rows sorted by partition, not a file per partition.
    ShuffleExchangeExec exchange = (ShuffleExchangeExec) SparkTestSession.get().range(10).repartition(3).queryExecution().sparkPlan();
    assertThat(exchange.shuffleDependency().shuffleHandle().getClass().getSimpleName()).isEqualTo("SerializedShuffleHandle");
    // Two sides partitioned alike by one column, joined on it and another: no further shuffle.
    var left = SparkTestSession.get().range(10).selectExpr("id % 3 AS p", "id AS q").repartition(3, functions.col("p"));
    var right = SparkTestSession.get().range(10).selectExpr("id % 3 AS p", "id AS q").repartition(3, functions.col("p"));
    String joined =
        left.join(right.hint("merge"), left.col("p").equalTo(right.col("p")).and(left.col("q").equalTo(right.col("q"))))
            .queryExecution().executedPlan().toString();
    assertThat(joined).contains("SortMergeJoin");
    assertThat(joined.split("Exchange hashpartitioning", -1)).hasSize(3);
    assertThat(joined).doesNotContainPattern("hashpartitioning\\(p#\\d+L?, q#");
    Configuration hadoop = SparkTestSession.get().sparkContext().hadoopConfiguration();
    try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), hadoop)) {
      assertThat(fs).isInstanceOf(NioLocalFileSystem.class);
    }
  }
}
