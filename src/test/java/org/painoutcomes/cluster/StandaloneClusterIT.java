package org.painoutcomes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.cli.Main;

/**
 * The application jar on a real Spark standalone cluster (a master and a worker on 127.0.0.1,
 * from the build's own Spark jars in target/spark-dist), submitted with jobs/submit in client mode
 * and through the REST endpoint in cluster mode. Each run must publish exactly the tables of a
 * local in-process run on the same input and configuration, row for row. Run by maven-failsafe in
 * {@code verify} (jobs/test); {@code -DskipITs} skips it.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(5);
  private static final String RUN_DATE = "2025-03-31";
  private static final String SLF4J_PROVIDER = "META-INF/services/org.slf4j.spi.SLF4JServiceProvider";

  static Path project;
  static Path dist;
  static Path work;
  static Path input;
  static Path jobConfig;
  static Path localOutput;
  static SparkSession spark;
  static StandaloneCluster cluster;
  static final List<Path> submissionLogs = new ArrayList<>();

  @BeforeAll
  static void runLocallyThenStartTheCluster() throws Exception {
    project = ClusterItEnvironment.project();
    dist = ClusterItEnvironment.sparkDist();
    work = ClusterItEnvironment.freshWorkDir(""); // kept after a run, for its logs
    input = TestInputs.copyResource("ingest/reasons", work);
    // The file says 5 and 12; the submissions say --conf spark.painoutcomes.exposure.min_sessions=4.
    // Expected in every manifest: 4 (--conf beats the file, README "Configuration") and 12 (the
    // file was shipped to the driver and read there).
    jobConfig = TestInputs.write(work.resolve("job.properties"), "exposure.min_sessions=5\nsuppression.threshold=12\n");

    // The cluster's JVMs start while the local run goes on.
    long started = System.nanoTime();
    cluster = new StandaloneCluster(dist, work, ClusterItEnvironment.sparkJvmFlags());
    cluster.launch();

    spark = SparkTestSession.get();
    localOutput = work.resolve("local");
    long localStarted = System.nanoTime();
    int status = Main.execute("run", "--input", input.toString(), "--output", localOutput.toString(),
        "--config", jobConfig.toString(), "--set", "exposure.min_sessions=4", "--run-id", "local");
    System.out.printf("local in-process run: %.1f s%n", (System.nanoTime() - localStarted) / 1e9);
    assertThat(status).as("local reference run").isZero();

    cluster.awaitReady();
    System.out.printf("standalone master and worker ready %.1f s after launch%n", (System.nanoTime() - started) / 1e9);
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  @Order(1)
  void clientModeOnTheClusterPublishesWhatALocalRunPublishes() throws Exception {
    Path output = work.resolve("client");
    JobSubmission.Result r = submit("client", List.of(
        "--master", cluster.masterUrl(), "--deploy-mode", "client",
        "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.memory=1g", "--conf", "spark.executor.memory=1g",
        "--conf", "spark.painoutcomes.exposure.min_sessions=4",
        "--", "run", "--input", input.toString(), "--output", output.toString(), "--config", jobConfig.toString(),
        "--run-id", "cluster-client"));
    assertThat(r.exitCode()).as("client mode: spark-submit exits with the job's status; output:%n%s", r.output()).isZero();
    assertSameAsLocal(output);
  }

  @Test
  @Order(2)
  void clientModeExitStatusIsTheJobsOwn() throws Exception {
    // A threshold below 11 is a configuration error: exit 2 (README "Exit status"), before Spark starts.
    JobSubmission.Result r = submit("client-usage-error", List.of(
        "--master", cluster.masterUrl(), "--conf", "spark.ui.enabled=false",
        "--conf", "spark.painoutcomes.suppression.threshold=10",
        "--", "--input", input.toString(), "--output", work.resolve("never").toString()));
    assertThat(r.exitCode()).as("output:%n%s", r.output()).isEqualTo(2);
    assertThat(r.output()).contains("never be lower than 11");
    assertThat(work.resolve("never")).doesNotExist();
  }

  @Test
  @Order(3)
  void clusterModeThroughRestPublishesTheRunDateLayout() throws Exception {
    Path base = work.resolve("cluster-base");
    JobSubmission.Result r = submit("cluster", List.of(
        "--master", cluster.restUrl(), "--deploy-mode", "cluster", "--conf", "spark.master.rest.enabled=true",
        "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.memory=1g", "--conf", "spark.executor.memory=1g",
        "--conf", "spark.painoutcomes.exposure.min_sessions=4",
        "--", "run", "--input", input.toString(), "--output-base", base.toString(), "--run-date", RUN_DATE,
        "--config", jobConfig.toString(), "--run-id", "cluster-cluster"));
    assertThat(r.exitCode()).as("cluster mode: 0 means only 'submitted'; output:%n%s", r.output()).isZero();
    Matcher id = Pattern.compile("driver-\\d{14}-\\d{4}").matcher(r.output());
    assertThat(id.find()).as("submission id printed (jobs/log4j2.properties keeps it at INFO):%n%s", r.output()).isTrue();

    long started = System.nanoTime();
    String state = cluster.awaitDriver(id.group(), SUBMIT_TIMEOUT);
    System.out.printf("cluster mode: submitted in %.1f s, driver %s after %.1f s more%n",
        r.wallTime().toMillis() / 1e3, state, (System.nanoTime() - started) / 1e9);
    assertThat(state).as("driver state from the REST status endpoint").isEqualTo("FINISHED");

    assertThat(Files.readString(base.resolve("latest"))).isEqualTo("runs/run_date=" + RUN_DATE + "\n");
    assertSameAsLocal(base.resolve("runs/run_date=" + RUN_DATE));
    assertThat(Files.readString(base.resolve("runs/run_date=" + RUN_DATE + "/manifest.json")))
        .as("the driver ran on the worker, from its own folder")
        .contains("\"run_id\" : \"cluster-cluster\"");
  }

  @Test
  @Order(4)
  void masterSawTwoApplicationsAndOneDriverFinish() throws Exception {
    JsonNode state = cluster.masterState();
    List<String> apps = new ArrayList<>();
    state.path("completedapps").forEach(a -> apps.add(a.path("name").asText() + ":" + a.path("state").asText()));
    assertThat(apps).as("the client-mode run and the cluster-mode driver's run")
        .containsExactlyInAnyOrder("pain-outcomes:FINISHED", "pain-outcomes:FINISHED");
    List<String> drivers = new ArrayList<>();
    state.path("completeddrivers").forEach(d -> drivers.add(d.path("state").asText()));
    assertThat(drivers).containsExactly("FINISHED");
  }

  @Test
  @Order(5)
  void exactlyOneSlf4jProviderLocallyAndOnTheCluster() throws Exception {
    List<URL> local = Collections.list(getClass().getClassLoader().getResources(SLF4J_PROVIDER));
    assertThat(local).as("in-process (tests, jobs/run-local): Logback only").hasSize(1);
    assertThat(local.get(0).toString()).contains("logback-classic");

    List<String> providers = new ArrayList<>();
    try (Stream<Path> jars = Files.list(dist.resolve("jars"))) {
      for (Path jar : jars.toList()) {
        try (ZipFile z = new ZipFile(jar.toFile())) {
          if (z.getEntry(SLF4J_PROVIDER) != null) {
            providers.add(jar.getFileName().toString());
          }
        }
      }
    }
    assertThat(providers).as("the cluster's jars: log4j2 only").singleElement().asString().startsWith("log4j-slf4j2-impl");
    Path appJar = Path.of(System.getProperty("painoutcomes.it.appJar"));
    try (ZipFile z = new ZipFile(appJar.toFile())) {
      assertThat(z.stream().map(e -> e.getName()).filter(n -> n.matches("(?i).*(slf4j|log4j|logback).*")))
          .as("the application jar bundles no logging").isEmpty();
    }

    List<Path> logs = new ArrayList<>(cluster.logFiles());
    logs.addAll(submissionLogs);
    assertThat(logs).as("submission, master, worker, driver and executor output").hasSizeGreaterThan(4);
    for (Path log : logs) {
      assertThat(Files.readString(log)).as(log.toString()).doesNotContain("SLF4J");
    }
  }

  private static JobSubmission.Result submit(String name, List<String> args) throws IOException, InterruptedException {
    Path log = work.resolve("logs/submit-" + name + ".log");
    submissionLogs.add(log);
    JobSubmission.Result r = JobSubmission.run(project, dist, log, SUBMIT_TIMEOUT, args);
    System.out.printf("jobs/submit %s: exit %d after %.1f s%n", name, r.exitCode(), r.wallTime().toMillis() / 1e3);
    return r;
  }

  /** Same status, configuration, tables and report CSV files as the local run; the configuration given reached the driver. */
  private static void assertSameAsLocal(Path output) throws IOException {
    JsonNode configuration = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).path("configuration");
    assertThat(configuration.path("exposure.min_sessions").asText())
        .as("--conf spark.painoutcomes.exposure.min_sessions reached the job and beat the file").isEqualTo("4");
    assertThat(configuration.path("suppression.threshold").asText()).as("the --config file was shipped and read").isEqualTo("12");
    OutputComparison.assertSameAs(spark, localOutput, output);
  }
}
