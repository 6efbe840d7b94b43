package org.painoutcomes.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.RuntimeConfig;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark settings a run takes from the size of its input: most runs are small (one program's
 * extract, every test), and there Spark's fixed cost per job and stage is most of the time
 * (docs/PERFORMANCE.md, changes 19 and 20). A setting whoever started the session set stays as
 * they set it. Set on the session for the run; {@link #close} restores it.
 */
public final class RunScale implements AutoCloseable {

  /**
   * Inputs up to this size are small: what the run caches fits in the heap (a sixth of the 512
   * MiB a run is tested in), and a shuffle needs no more partitions than cores.
   */
  static final long SMALL_INPUT_BYTES = 64L << 20;

  static final String ADAPTIVE = "spark.sql.adaptive.enabled";
  static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  private final RuntimeConfig conf;
  private final boolean small;
  private final Map<String, String> applied = new LinkedHashMap<>();

  private RunScale(SparkSession spark, boolean small) {
    this.conf = spark.conf();
    this.small = small;
  }

  /**
   * Applies the settings for an input of the given bytes. For a small input: adaptive execution
   * off (it made every shuffle a job of its own and planned the rest of the query again after
   * each), and as many shuffle partitions as cores (not 200 partitions of a few rows each).
   */
  public static RunScale of(SparkSession spark, long inputBytes) {
    RunScale scale = new RunScale(spark, isSmall(inputBytes));
    if (scale.small) {
      scale.setUnlessSet(ADAPTIVE, "false");
      scale.setUnlessSet(SHUFFLE_PARTITIONS, String.valueOf(spark.sparkContext().defaultParallelism()));
    }
    return scale;
  }

  /**
   * Where the run caches what it reads more than once: the heap for a small input; local disk
   * for a large one, whose joins and aggregations need the heap's execution memory (at 1M
   * participants they failed with UNABLE_TO_ACQUIRE_MEMORY in a 4 GiB heap when the cache held
   * its storage memory).
   */
  public StorageLevel cacheLevel() {
    return small ? StorageLevel.MEMORY_AND_DISK() : StorageLevel.DISK_ONLY();
  }

  /** Whether an input of this many bytes is small (what {@link #of} and {@link SparkDefaults} go by). */
  public static boolean isSmall(long inputBytes) {
    return inputBytes <= SMALL_INPUT_BYTES;
  }

  public boolean small() {
    return small;
  }

  private void setUnlessSet(String key, String value) {
    if (!conf.contains(key)) {
      conf.set(key, value);
      applied.put(key, value);
    }
  }

  /** Unsets what {@link #of} set, so that a session that runs again (a test, a notebook) is as it was. */
  @Override
  public void close() {
    applied.keySet().forEach(conf::unset);
    applied.clear();
  }
}
