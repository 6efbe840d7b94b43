package org.painoutcomes.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;

class SparkDefaultsTest {
  private static final String CACHE_COMPRESSED = "spark.sql.inMemoryColumnarStorage.compressed";
  private static final String CODEGEN_CACHE = "spark.sql.codegen.cache.maxEntries";

  @Test
  void aDefaultAppliesOnlyWhereTheSubmitterSetNothing() {
    assertThat(SparkDefaults.missingFrom(new SparkConf(false))).isEqualTo(Map.of(CACHE_COMPRESSED, "false", CODEGEN_CACHE, "1000"));
    assertThat(SparkDefaults.missingFrom(new SparkConf(false).set(CACHE_COMPRESSED, "true"))).isEqualTo(Map.of(CODEGEN_CACHE, "1000"));
  }

  @Test
  void theTestSessionRunsWithTheJobsDefaults() {
    assertThat(SparkTestSession.get().conf().get(CACHE_COMPRESSED)).isEqualTo("false");
    assertThat(SparkTestSession.get().conf().get(CODEGEN_CACHE)).isEqualTo("1000");
  }
}
