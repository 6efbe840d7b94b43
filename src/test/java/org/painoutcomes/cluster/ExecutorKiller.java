package org.painoutcomes.cluster;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Kills an application's executor JVM with SIGKILL while a stage runs on it, as a lost machine or
 * the kernel's OOM killer would. It watches the driver's REST API until the application is past
 * its first tasks (so the executor holds cached blocks and shuffle output, not only running
 * tasks) and an executor is running tasks, then kills that executor's process on the worker.
 *
 * <p>A kill can land in the few milliseconds between two tasks and fail none. The driver's
 * figures say so within seconds; then it waits for the worker's replacement executor and kills
 * again, up to {@code maxKills} times, until a kill has failed a task. Every kill is reported.
 */
final class ExecutorKiller {
  private static final Duration POLL = Duration.ofMillis(100);
  private static final Duration FAILURES_REPORTED = Duration.ofSeconds(10);

  /** One kill: the executor and its process, when, the stages then running, the tasks it failed. */
  record Kill(String executorId, long pid, Instant at, List<Integer> activeStages, int runningTasks, long tasksFailed) {}

  private final StandaloneCluster cluster;
  private final DriverRestApi driver;
  private final BooleanSupplier applicationRunning;

  /**
   * @param applicationRunning false once the submission ended: then there is nothing left to kill
   */
  ExecutorKiller(StandaloneCluster cluster, DriverRestApi driver, BooleanSupplier applicationRunning) {
    this.cluster = cluster;
    this.driver = driver;
    this.applicationRunning = applicationRunning;
  }

  /** Kills until one kill failed a task, at most maxKills times; returns every kill made. */
  List<Kill> killWhileTasksRun(long afterCompletedTasks, int maxKills, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String app = awaitAppId(deadline);
    List<Kill> kills = new ArrayList<>();
    while (kills.size() < maxKills && (kills.isEmpty() || kills.get(kills.size() - 1).tasksFailed() == 0)) {
      kills.add(killOne(app, afterCompletedTasks, deadline));
    }
    return kills;
  }

  private Kill killOne(String app, long afterCompletedTasks, long deadline) throws IOException, InterruptedException {
    while (true) {
      DriverRestApi.Tasks tasks = driver.tasks(app);
      Optional<DriverRestApi.Executor> busy = driver.executors(app).stream().filter(e -> e.active() && e.activeTasks() > 0).findFirst();
      ProcessHandle process = busy.map(e -> cluster.executors(app).get(e.id())).orElse(null);
      if (tasks.completed() >= afterCompletedTasks && process != null) {
        Instant at = Instant.now();
        process.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye to the driver
        awaitExit(process);
        awaitRemoved(app, busy.get().id(), deadline);
        long failed = awaitFailures(app, tasks.failed());
        return new Kill(busy.get().id(), process.pid(), at, tasks.activeStages(), busy.get().activeTasks(), failed - tasks.failed());
      }
      pause(deadline, "an executor running tasks after " + afterCompletedTasks + " completed tasks");
    }
  }

  private String awaitAppId(long deadline) throws InterruptedException {
    Optional<String> app = driver.appId();
    while (app.isEmpty()) {
      pause(deadline, "the driver's REST API");
      app = driver.appId();
    }
    return app.get();
  }

  /** The driver has seen the executor go: its heartbeat connection closed, or the master told it. */
  private void awaitRemoved(String app, String executorId, long deadline) throws IOException, InterruptedException {
    while (driver.executors(app).stream().anyMatch(e -> e.id().equals(executorId) && e.active())) {
      pause(deadline, "the driver to remove executor " + executorId);
    }
  }

  /** The failed-task count once the lost tasks are reported (just after the removal), or as it stays. */
  private long awaitFailures(String app, long before) throws IOException, InterruptedException {
    long until = System.nanoTime() + FAILURES_REPORTED.toNanos();
    long failed = driver.tasks(app).failed();
    while (failed == before && System.nanoTime() < until && applicationRunning.getAsBoolean()) {
      Thread.sleep(POLL.toMillis());
      failed = driver.tasks(app).failed();
    }
    return failed;
  }

  private static void awaitExit(ProcessHandle process) throws InterruptedException {
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError("executor process " + process.pid() + " survived SIGKILL", e);
    }
  }

  private void pause(long deadline, String waitingFor) throws InterruptedException {
    if (!applicationRunning.getAsBoolean()) {
      throw new AssertionError("the run ended while waiting for " + waitingFor);
    }
    if (System.nanoTime() > deadline) {
      throw new AssertionError("timed out waiting for " + waitingFor);
    }
    Thread.sleep(POLL.toMillis());
  }
}
