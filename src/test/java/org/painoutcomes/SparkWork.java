package org.painoutcomes;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs, stages and tasks started while it listens: the fixed cost of a run,
 * which a test holds down so that it cannot creep back (docs/PERFORMANCE.md). A stage whose
 * shuffle output is reused is skipped by Spark and not counted.
 */
final class SparkWork extends SparkListener implements AutoCloseable {
  private final SparkContext context;
  private final AtomicInteger jobs = new AtomicInteger();
  private final AtomicInteger stages = new AtomicInteger();
  private final AtomicInteger tasks = new AtomicInteger();
  private final Map<String, Integer> jobsByDescription = new TreeMap<>();
  private boolean closed;

  private SparkWork(SparkContext context) {
    this.context = context;
  }

  /** Starts counting what the session's jobs do from now on. */
  static SparkWork count(SparkSession spark) {
    SparkWork work = new SparkWork(spark.sparkContext());
    work.context.addSparkListener(work);
    return work;
  }

  @Override
  public void onJobStart(SparkListenerJobStart start) {
    jobs.incrementAndGet();
    String description = start.properties() == null ? null : start.properties().getProperty("spark.job.description");
    synchronized (jobsByDescription) {
      jobsByDescription.merge(description == null ? "(no description)" : description, 1, Integer::sum);
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted completed) {
    stages.incrementAndGet();
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    tasks.incrementAndGet();
  }

  /** Stops counting once every event posted so far has been heard. */
  @Override
  public void close() throws java.util.concurrent.TimeoutException {
    if (!closed) {
      closed = true;
      // The listener bus delivers events on its own thread: wait for the ones already posted.
      context.listenerBus().waitUntilEmpty();
      context.removeSparkListener(this);
    }
  }

  int jobs() {
    return jobs.get();
  }

  int stages() {
    return stages.get();
  }

  int tasks() {
    return tasks.get();
  }

  /** Jobs per job description (the step of the run that started them). */
  Map<String, Integer> jobsByDescription() {
    synchronized (jobsByDescription) {
      return new TreeMap<>(jobsByDescription);
    }
  }

  @Override
  public String toString() {
    return jobs() + " jobs, " + stages() + " stages, " + tasks() + " tasks; jobs by step " + jobsByDescription();
  }
}
