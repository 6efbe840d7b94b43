package org.painoutcomes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.painoutcomes.JvmProperties;
import org.painoutcomes.SparkTestSession;

class RunScaleTest {

  @Test
  void jobsRunLocalTunesTheJvmForTheInputsRunScaleCallsSmall() {
    // jobs/run-local reads its threshold from jobs/spark-jvm.properties: one size is small for both.
    assertThat(Long.parseLong(JvmProperties.get(Path.of(""), "small.input.bytes")))
        .isEqualTo(RunScale.SMALL_INPUT_BYTES).isEqualTo(64L << 20);
  }

  @Test
  void aSmallInputSetsWhatTheSessionLeftUnsetAndCloseUnsetsItAgain() {
    SparkSession spark = SparkTestSession.get();
    var conf = spark.conf();
    String partitions = conf.get(RunScale.SHUFFLE_PARTITIONS);
    String adaptive = conf.get(RunScale.ADAPTIVE);
    try {
      try (RunScale given = RunScale.of(spark, 1)) {
        assertThat(conf.get(RunScale.SHUFFLE_PARTITIONS)).as("set by whoever started the session").isEqualTo(partitions);
      }
      conf.unset(RunScale.SHUFFLE_PARTITIONS);
      conf.unset(RunScale.ADAPTIVE);
      try (RunScale small = RunScale.of(spark, RunScale.SMALL_INPUT_BYTES)) {
        assertThat(small.small()).isTrue();
        assertThat(conf.get(RunScale.SHUFFLE_PARTITIONS)).isEqualTo(String.valueOf(spark.sparkContext().defaultParallelism()));
        assertThat(conf.get(RunScale.ADAPTIVE)).isEqualTo("false");
      }
      assertThat(conf.contains(RunScale.SHUFFLE_PARTITIONS)).as("unset again after the run").isFalse();
      try (RunScale large = RunScale.of(spark, RunScale.SMALL_INPUT_BYTES + 1)) {
        assertThat(large.small()).isFalse();
        assertThat(conf.contains(RunScale.SHUFFLE_PARTITIONS) || conf.contains(RunScale.ADAPTIVE)).isFalse();
      }
    } finally {
      conf.set(RunScale.SHUFFLE_PARTITIONS, partitions);
      conf.set(RunScale.ADAPTIVE, adaptive);
    }
  }
}
