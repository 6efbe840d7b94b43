package org.painoutcomes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;

class SparkDefaultsTest {
  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";

  @Test
  void aDefaultAppliesOnlyWhereTheSubmitterSetNothing() {
    assertThat(SparkDefaults.missingFrom(new SparkConf(false))).isEqualTo(Map.of(CACHE_COMPRESSED, "false"));
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).set(CACHE_COMPRESSED, "true"))).isEmpty();
  }

  @Test
  void theTestSessionRunsWithTheJobsDefaults() {
    assertThat(SparkTestSession.get().conf().get(CACHE_COMPRESSED)).isEqualTo("false");
  }
}
