package org.painoutcomes.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1: one master (RPC, REST submission endpoint, web
 * UI) and one worker, each a JVM started with {@code java <Spark's JVM flags> -cp
 * 'DIST/conf:DIST/jars/*'}, exactly as a Spark installation's scripts would. Ports are free ones
 * picked at start, so parallel builds on one machine do not collide. {@link #close()} stops every
 * process it started by PID (their children, the executors and drivers, first), also from a
 * shutdown hook when the test JVM is ended early.
 */
final class StandaloneCluster implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final String EXECUTOR_MAIN = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

  final int masterPort = freePort();
  final int restPort = freePort();
  final int masterUiPort = freePort();
  final int workerUiPort = freePort();
  final Path workerDir;
  private final Path dist;
  private final Path logs;
  private final List<String> jvmFlags;
  private final List<Process> processes = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-standalone-cluster");

  StandaloneCluster(Path dist, Path workDir, List<String> jvmFlags) {
    this.dist = dist;
    this.logs = workDir.resolve("logs");
    this.workerDir = workDir.resolve("worker");
    this.jvmFlags = jvmFlags;
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  String restUrl() {
    return "spark://127.0.0.1:" + restPort;
  }

  /** Starts the master and the worker; {@link #awaitReady()} waits for them. */
  void launch() throws IOException {
    Files.createDirectories(logs);
    Files.createDirectories(workerDir);
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    launch("master", List.of(
        "-Dspark.master.rest.enabled=true", "-Dspark.master.rest.port=" + restPort,
        "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUiPort)));
    launch("worker", List.of(
        "org.apache.spark.deploy.worker.Worker", masterUrl(),
        "--host", "127.0.0.1", "--cores", "2", "--memory", "3g",
        "--webui-port", Integer.toString(workerUiPort), "--work-dir", workerDir.toString()));
  }

  /** Waits until the worker is registered with the master and alive. */
  void awaitReady() throws InterruptedException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (aliveWorkers() < 1) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException("a cluster process exited at start; see " + logs);
        }
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no worker registered within " + START_TIMEOUT + "; see " + logs);
      }
      Thread.sleep(500);
    }
  }

  private void launch(String name, List<String> mainAndArgs) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-Xmx512m");
    command.addAll(List.of("-cp", dist.resolve("conf") + ":" + dist.resolve("jars") + "/*"));
    command.addAll(mainAndArgs);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    Map<String, String> env = pb.environment();
    // What the worker needs to launch executors and drivers: a Spark home with jars/ and conf/,
    // the Scala version (else "Cannot find any build directories"), scratch space, loopback only.
    env.put("SPARK_HOME", dist.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    // Its own folder: a test's reference run writes its OUTPUT beside it (work/local), and a walk of
    // that OUTPUT must not meet executors' block folders being created or deleted.
    env.put("SPARK_LOCAL_DIRS", workerDir.resolveSibling("spark-scratch").toString());
    processes.add(pb.start());
  }

  /** The master's view (its web UI's JSON): workers, applications and drivers with their states. */
  JsonNode masterState() throws IOException, InterruptedException {
    return JsonOverHttp.get("http://127.0.0.1:" + masterUiPort + "/json/");
  }

  private int aliveWorkers() throws InterruptedException {
    try {
      return masterState().path("aliveworkers").asInt(0);
    } catch (IOException e) {
      return 0; // master not listening yet
    }
  }

  /** The state of a cluster-mode submission from the REST endpoint: RUNNING, FINISHED, FAILED... */
  String driverState(String submissionId) throws IOException, InterruptedException {
    return JsonOverHttp.get("http://127.0.0.1:" + restPort + "/v1/submissions/status/" + submissionId).path("driverState").asText("");
  }

  /** Polls the submission until it ends; returns its last state. */
  String awaitDriver(String submissionId, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String state = driverState(submissionId);
    while (List.of("SUBMITTED", "RUNNING", "RELAUNCHING", "UNKNOWN", "").contains(state) && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      state = driverState(submissionId);
    }
    return state;
  }

  /**
   * The executor JVMs the worker runs now for an application ({@code CoarseGrainedExecutorBackend},
   * launched by the worker as its children), by executor id.
   */
  Map<String, ProcessHandle> executors(String appId) {
    Map<String, ProcessHandle> byId = new TreeMap<>();
    worker().descendants().forEach(p -> {
      List<String> args = p.info().arguments().map(List::of).orElse(List.of());
      int id = args.indexOf("--executor-id");
      int app = args.indexOf("--app-id");
      if (args.contains(EXECUTOR_MAIN) && id >= 0 && app >= 0 && app + 1 < args.size() && id + 1 < args.size()
          && args.get(app + 1).equals(appId)) {
        byId.put(args.get(id + 1), p);
      }
    });
    return byId;
  }

  private ProcessHandle worker() {
    if (processes.size() < 2) {
      throw new IllegalStateException("the cluster is not running");
    }
    return processes.get(1).toHandle();
  }

  /** Everything the cluster's JVMs printed: its own logs, and each driver's and executor's output. */
  List<Path> logFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(logs, workerDir)) {
      try (var walk = Files.walk(root)) {
        walk.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".log") || p.getFileName().toString().matches("stdout|stderr")))
            .forEach(files::add);
      }
    }
    return files;
  }

  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running
    }
  }

  /** Worker first (its executors and drivers before it), then the master; each by its PID. */
  private synchronized void stopAll() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      List<ProcessHandle> tree = new ArrayList<>();
      processes.get(i).descendants().forEach(tree::add);
      tree.add(processes.get(i).toHandle());
      tree.forEach(ProcessHandle::destroy);
      for (ProcessHandle h : tree) {
        try {
          h.onExit().get(15, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
          h.destroyForcibly();
        } catch (InterruptedException e) {
          h.destroyForcibly();
          Thread.currentThread().interrupt();
        }
      }
    }
    processes.clear();
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port on 127.0.0.1", e);
    }
  }
}
