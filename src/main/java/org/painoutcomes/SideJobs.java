package org.painoutcomes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;

/**
 * Spark actions that run beside the pipeline's own thread: the summaries a run collects to the
 * driver, started as soon as they are planned, so that one action's planning and code generation
 * (driver work, one core) overlaps another's tasks (docs/PERFORMANCE.md, change 30). Each action
 * only reads and collects; every write stays on the pipeline's thread, in its order.
 *
 * <p>Closing cancels what still runs and waits for it, so that nothing reads the run's cached
 * rows after they are let go.
 */
final class SideJobs implements AutoCloseable {
  /** Two: with the pipeline's thread, enough to keep two cores busy while one thread plans. */
  private static final int THREADS = 2;

  /** How long no job of a stopped run's group may run before closing returns. */
  private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(500);

  private final SparkContext context;
  private final String group = "pain-outcomes-" + UUID.randomUUID();
  private final ExecutorService pool;
  private final List<Future<?>> submitted = new ArrayList<>();

  SideJobs(SparkContext context) {
    this.context = context;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            THREADS,
            r -> {
              Thread t = new Thread(r, "pain-outcomes-side-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts an action; its Spark jobs are named {@code description} (the run's step). */
  <T> Future<T> submit(String description, Callable<T> action) {
    Future<T> result = pool.submit(
        () -> {
          context.setJobGroup(group, description, true);
          try {
            return action.call();
          } finally {
            context.clearJobGroup();
          }
        });
    submitted.add(result);
    return result;
  }

  /**
   * The action's result; its failure is thrown as it was thrown, so the run reports it as it
   * would have on its own thread.
   */
  static <T> T get(Future<T> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a Spark action", e);
    } catch (ExecutionException e) {
      throw SideJobs.<RuntimeException>rethrow(e.getCause());
    }
  }

  // A Spark task's failure is a SparkException, checked in Java terms: thrown unchanged.
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E rethrow(Throwable t) throws E {
    throw (E) t;
  }

  @Override
  public void close() {
    boolean allSucceeded = submitted.stream().allMatch(SideJobs::succeeded);
    // Actions not begun never begin. Those running are not interrupted: a thread that stops
    // waiting does not stop the job it waited for, nor one started for it on another thread (a
    // broadcast's). Their jobs are cancelled instead, again until the threads end, since an
    // action between two of its jobs starts the next one after a cancel.
    submitted.forEach(f -> f.cancel(false));
    pool.shutdown();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    try {
      do {
        context.cancelJobGroup(group);
      } while (!pool.awaitTermination(100, TimeUnit.MILLISECONDS) && System.nanoTime() < deadline);
      // A stopped action may have left a broadcast starting on Spark's own thread, in this job
      // group, after the threads ended (a whole-suite run once found one still running): cancelled
      // until none of the group has run for a moment. Not when every action finished: a finished
      // query waited for its broadcasts.
      long quietSince = System.nanoTime();
      while (!allSucceeded && System.nanoTime() - quietSince < QUIET_NANOS && System.nanoTime() < deadline) {
        context.cancelJobGroup(group);
        if (groupHasActiveJob()) {
          quietSince = System.nanoTime();
        }
        Thread.sleep(50);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean groupHasActiveJob() {
    Set<Integer> active = new HashSet<>();
    for (int id : context.statusTracker().getActiveJobIds()) {
      active.add(id);
    }
    for (int id : context.statusTracker().getJobIdsForGroup(group)) {
      if (active.contains(id)) {
        return true;
      }
    }
    return false;
  }

  private static boolean succeeded(Future<?> f) {
    if (!f.isDone() || f.isCancelled()) {
      return false;
    }
    try {
      f.get();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } catch (ExecutionException e) {
      return false;
    }
  }
}
