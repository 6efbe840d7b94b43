package org.painoutcomes;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.config.SparkDefaults;

/**
 * The one local SparkSession the tests of a JVM share, started as for a small input (their inputs
 * all are): local[2], UI off, bound to 127.0.0.1, two shuffle partitions and no adaptive execution
 * (as a small run has), little history kept. Never stopped by a test; the JVM's exit ends it.
 */
public final class SparkTestSession {
  private static SparkSession spark;

  public static synchronized SparkSession get() {
    if (spark == null) {
      // The job's own Spark defaults too, so that tests run the code paths a real run takes.
      String master = "local[2]";
      spark =
          SparkDefaults.onto(SparkSession.builder(), new SparkConf().setMaster(master), true)
              .master(master)
              .appName("pain-outcomes-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              // As a run on a small input sets it (config.RunScale), so that the tests that call
              // the stages directly take the same path: each action one job, planned once.
              .config("spark.sql.adaptive.enabled", "false")
              .config("spark.sql.session.timeZone", "UTC")
              // Hundreds of runs share this session: keep little of each one's history in the heap.
              .config("spark.sql.ui.retainedExecutions", "20")
              .config("spark.ui.retainedJobs", "50")
              .config("spark.ui.retainedStages", "50")
              .getOrCreate();
    }
    return spark;
  }

  /** The ids of the RDDs persisted in the session now (what a test compares before and after a run). */
  public static java.util.Set<Object> persistedRdds() {
    return new java.util.HashSet<>(scala.jdk.javaapi.CollectionConverters.asJava(get().sparkContext().getPersistentRDDs()).keySet());
  }

  private SparkTestSession() {}
}
