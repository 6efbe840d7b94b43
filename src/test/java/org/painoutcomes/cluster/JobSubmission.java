package org.painoutcomes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One run of {@code jobs/submit} as a user would type it, forced onto its no-installation path
 * ({@code java ... org.apache.spark.deploy.SparkSubmit} with PAIN_OUTCOMES_SPARK_JARS): SPARK_HOME
 * is unset and PATH loses any folder holding a spark-submit, so the Spark under test is the
 * build's own, whatever the machine has installed.
 */
final class JobSubmission {

  /** What the submission printed and how it exited. */
  record Result(int exitCode, String output, Duration wallTime) {}

  static Result run(Path project, Path dist, Path log, Duration timeout, List<String> args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", project.resolve("jobs/submit").toString()));
    // Every JVM of the submission (driver, executors) runs a short run, as the tests' other JVMs.
    String shortRun = String.join(" ", ClusterItEnvironment.shortRunFlags());
    command.addAll(List.of("--conf", "spark.driver.extraJavaOptions=" + shortRun, "--conf", "spark.executor.extraJavaOptions=" + shortRun));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.remove("SPARK_HOME");
    env.put("PATH", Arrays.stream(env.getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator))
        .filter(dir -> !Files.isExecutable(Path.of(dir, "spark-submit")))
        .collect(Collectors.joining(File.pathSeparator)));
    env.put("PAIN_OUTCOMES_SPARK_JARS", dist.toString());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_SUBMIT_OPTS", shortRun); // the client-mode driver is the JVM jobs/submit starts
    long started = System.nanoTime();
    Process p = pb.start();
    try {
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("jobs/submit did not end within " + timeout + "; see " + log);
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      // The script's own failures do not change spark-submit's exit status: a file it reads that
      // is not there (jobs/spark-jvm.properties once, leaving the JVM without Spark's flags).
      assertThat(output.lines()).as("errors of jobs/submit itself; output:%n%s", output)
          .noneMatch(line -> line.startsWith("sed: ") || line.contains("jobs/submit: line "));
      return new Result(p.exitValue(), output, Duration.ofNanos(System.nanoTime() - started));
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  private JobSubmission() {}
}
