package org.painoutcomes.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.painoutcomes.JvmProperties;

/**
 * Starts the pipeline in a JVM of its own, as {@code jobs/run-local} does: the test's own
 * classpath ({@code target/classes}, {@code target/test-classes} and the Maven test classpath), the
 * JVM flags of {@code jobs/spark-jvm.properties}, a local Spark master bound to 127.0.0.1 with the
 * UI off. Its stdout and stderr go to files, so a test can read everything the run printed and
 * logged. A child JVM is the only way to kill a driver with SIGKILL, or to run with another
 * {@code local[N]} than the test JVM's shared session.
 */
public final class ChildJvm {
  private final List<String> command = new ArrayList<>();
  private final Path logDir;

  private ChildJvm(Path logDir, String master, List<String> systemProperties) {
    this.logDir = logDir;
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JvmProperties.flags("spark.jvm.flags"));
    command.add("-Xmx1g");
    // As the test JVMs: a short run on a tiny input.
    command.addAll(JvmProperties.flags("small.run.jvm.flags"));
    command.add("-Dspark.master=" + master);
    command.add("-Dspark.ui.enabled=false");
    command.add("-Dspark.driver.host=127.0.0.1");
    command.add("-Dspark.driver.bindAddress=127.0.0.1");
    command.add("-Dspark.sql.session.timeZone=UTC");
    // Spark's own log (logback.xml sends it to a file, cli.RunLog): kept with the child's output.
    command.add("-Dpainoutcomes.log.file=" + logDir.resolve("spark.log").toAbsolutePath());
    // Spark's scratch folders (blockmgr-*, artifacts-*) under the test's folder, not the
    // machine's /tmp: a child the test kills with SIGKILL runs no shutdown hook to remove them.
    command.add("-Djava.io.tmpdir=" + logDir.resolve("tmp").toAbsolutePath());
    command.addAll(systemProperties);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
  }

  /** A child running {@code mainClass} on {@code master} (e.g. {@code local[2]}), logging under logDir. */
  public static ChildJvm of(Path logDir, String master, String... systemProperties) {
    return new ChildJvm(logDir, master, Arrays.asList(systemProperties));
  }

  /** Starts {@code mainClass} with the arguments; stdout and stderr go to files under logDir. */
  public Process start(String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(command);
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      Files.createDirectories(logDir.resolve("tmp"));
      pb.redirectOutput(logDir.resolve("stdout.txt").toFile());
      pb.redirectError(logDir.resolve("stderr.txt").toFile());
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts {@code mainClass} with stdout and stderr merged into one file, in the order written, as
   * a terminal shows them ({@link #console()}).
   */
  Process startWithConsole(String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(command);
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    try {
      Files.createDirectories(logDir.resolve("tmp"));
      pb.redirectOutput(logDir.resolve("console.txt").toFile());
      return pb.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What a child started with {@link #startWithConsole} printed, stdout and stderr together. */
  String console() {
    return read(logDir.resolve("console.txt"));
  }

  /** Runs {@code mainClass} to completion (at most timeoutSeconds) and returns what it did. */
  Result run(String mainClass, long timeoutSeconds, String... args) {
    Process p = start(mainClass, args);
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
        throw new AssertionError("child JVM did not finish within " + timeoutSeconds + " s; stderr:\n" + stderr());
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return new Result(p.exitValue(), stdout(), stderr(), read(logDir.resolve("spark.log")));
  }

  public String stdout() {
    return read(logDir.resolve("stdout.txt"));
  }

  public String stderr() {
    return read(logDir.resolve("stderr.txt"));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How a child run ended: its exit status, everything it printed, and Spark's log file. */
  record Result(int exitCode, String stdout, String stderr, String sparkLog) {
    /** Everything the run printed or logged. */
    String output() {
      return stdout + stderr + sparkLog;
    }
  }
}
