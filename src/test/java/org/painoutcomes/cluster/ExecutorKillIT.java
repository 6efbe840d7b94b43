package org.painoutcomes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.cli.Main;
import org.painoutcomes.io.Manifest;

/**
 * Issue "Reliability": an executor killed during a stage on the standalone cluster. A generated
 * extract of 2,000 participants (a run of one to two minutes here, stages of two to five seconds)
 * is submitted in client mode to a real master and worker on 127.0.0.1; once the run is past its
 * first tasks and a stage is running tasks, the executor's JVM on the worker is killed with
 * SIGKILL ({@link ExecutorKiller}). The worker starts a replacement, and Spark runs the lost tasks
 * again and recomputes the cached rows and shuffle output that died with the executor, with its
 * default retry settings (spark.task.maxFailures=4, spark.stage.maxConsecutiveAttempts=4). Then:
 * exit status 0, a manifest that says succeeded, every table and report CSV as a clean local run
 * on the same input publishes them, nothing left beside OUTPUT or in it; and the driver's event
 * log must show the executor removed and its tasks failed and run again, or the kill proved
 * nothing.
 */
@Tag("cluster")
class ExecutorKillIT {
  private static final int PARTICIPANTS = 2000;
  private static final String SEED = "20261127";
  /** Past the ingest's first jobs: the executor holds cached rows and shuffle output by then. */
  private static final long KILL_AFTER_COMPLETED_TASKS = 10;
  private static final int MAX_KILLS = 3;
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
  private static final String RUN_ID = "executor-killed";

  static Path work;
  static Path reference;
  static Path output;
  static SparkSession spark;
  static StandaloneCluster cluster;
  static JobSubmission.Result submission;
  static List<ExecutorKiller.Kill> kills;
  static EventLog events;

  @BeforeAll
  static void runOnTheClusterAndKillAnExecutorDuringAStage() throws Exception {
    long started = System.nanoTime();
    work = ClusterItEnvironment.freshWorkDir("executor-kill"); // kept after a run, for its logs
    Path input = work.resolve("input");
    assertThat(Main.execute("generate", "--participants", Integer.toString(PARTICIPANTS), "--seed", SEED, "--defects", "0.01",
        "--output", input.toString())).as("generate the input").isZero();

    cluster = new StandaloneCluster(ClusterItEnvironment.sparkDist(), work, ClusterItEnvironment.sparkJvmFlags());
    cluster.launch(); // its JVMs start while the reference run goes on
    spark = SparkTestSession.get();
    reference = work.resolve("local");
    long localStarted = System.nanoTime();
    assertThat(Main.execute("run", "--input", input.toString(), "--output", reference.toString(), "--run-id", "local"))
        .as("the clean local reference run").isZero();
    System.out.printf("clean local in-process run: %.1f s%n", seconds(localStarted));
    cluster.awaitReady();

    output = work.resolve("out/published");
    Path eventLogs = Files.createDirectories(work.resolve("events"));
    int uiPort = StandaloneCluster.freePort();
    List<String> args = List.of(
        "--master", cluster.masterUrl(), "--deploy-mode", "client",
        "--conf", "spark.driver.memory=1g", "--conf", "spark.executor.memory=1g",
        // The driver's REST API (on 127.0.0.1: SPARK_LOCAL_IP) says when a stage runs; its event log
        // keeps what happened after the driver ended.
        "--conf", "spark.ui.enabled=true", "--conf", "spark.ui.port=" + uiPort,
        "--conf", "spark.eventLog.enabled=true", "--conf", "spark.eventLog.dir=" + eventLogs.toUri(),
        "--conf", "spark.eventLog.compress=false",
        "--", "run", "--input", input.toString(), "--output", output.toString(), "--run-id", RUN_ID);
    ExecutorService background = Executors.newSingleThreadExecutor();
    try {
      long submitted = System.nanoTime();
      Instant submittedAt = Instant.now();
      Future<JobSubmission.Result> running = background.submit(() -> JobSubmission.run(
          ClusterItEnvironment.project(), ClusterItEnvironment.sparkDist(), work.resolve("logs/submit.log"), RUN_TIMEOUT, args));
      ExecutorKiller killer = new ExecutorKiller(cluster, new DriverRestApi(uiPort), () -> !running.isDone());
      kills = killer.killWhileTasksRun(KILL_AFTER_COMPLETED_TASKS, MAX_KILLS, RUN_TIMEOUT);
      submission = running.get(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      System.out.printf("cluster run with the kill: exit %d after %.1f s%n", submission.exitCode(), seconds(submitted));
      for (ExecutorKiller.Kill k : kills) {
        System.out.printf("  SIGKILL executor %s (pid %d) %.1f s after submit, stages %s active, %d task(s) running on it; driver counted %d failed task(s)%n",
            k.executorId(), k.pid(), Duration.between(submittedAt, k.at()).toMillis() / 1e3,
            k.activeStages(), k.runningTasks(), k.tasksFailed());
      }
    } finally {
      background.shutdownNow();
    }
    events = EventLog.read(eventLogs);
    System.out.printf("event log: executors added %s, removed %s; %d task attempts, failed ones by reason %s, %d stage re-attempts%n",
        events.executorsAdded, events.executorsRemoved.keySet(), events.taskEnds.size(), events.failuresByReason(),
        events.stageReattempts());
    System.out.printf("whole test setup: %.1f s%n", seconds(started));
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void exitStatusAndManifestSayTheRunSucceeded() throws Exception {
    assertThat(submission.exitCode()).as("client mode: the job's own status; output:%n%s", submission.output()).isZero();
    JsonNode manifest = new ObjectMapper().readTree(output.resolve(Manifest.FILE_NAME).toFile());
    assertThat(manifest.path("status").asText()).isEqualTo(Manifest.STATUS_SUCCEEDED);
    assertThat(manifest.path("run_id").asText()).as("published by the run whose executor was killed").isEqualTo(RUN_ID);
  }

  @Test
  void everyTableAndReportCsvIsWhatACleanRunPublishes() throws Exception {
    OutputComparison.assertSameAs(spark, reference, output);
  }

  @Test
  void nothingIsLeftBesideTheOutputOrInIt() throws Exception {
    assertThat(output.getParent().toFile().list())
        .as("no staging folder (.published.tmp-*), no previous output, no lock")
        .filteredOn(name -> !name.endsWith(".crc"))
        .containsExactly("published");
    try (Stream<Path> paths = Files.walk(output)) {
      assertThat(paths.map(p -> output.relativize(p).toString()))
          .as("no task attempt's leftovers (the killed tasks wrote under _temporary)")
          .noneMatch(p -> p.contains("_temporary") || p.contains("attempt_"));
    }
  }

  @Test
  void theExecutorDiedDuringAStageAndSparkRanItsTasksAgain() {
    assertThat(kills).as("kills made").isNotEmpty();
    assertThat(kills.get(kills.size() - 1).tasksFailed()).as("the driver counted the tasks the last kill failed").isPositive();
    List<String> killed = killedExecutors();
    assertThat(events.executorsRemoved).as("the driver removed each killed executor").containsKeys(killed.toArray(String[]::new));

    List<EventLog.TaskEnd> lost = events.lostWith(killed);
    assertThat(lost).as("task attempts failed because the executor was lost mid-task").isNotEmpty();
    assertThat(lost).as("each ran again and succeeded on another executor")
        .allSatisfy(t -> assertThat(events.ranAgainElsewhere(t)).as("%s", t).isTrue());
    assertThat(events.executorsAdded).as("the worker started a replacement executor").hasSizeGreaterThan(killed.size());
  }

  private static List<String> killedExecutors() {
    return kills.stream().map(ExecutorKiller.Kill::executorId).toList();
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }
}
