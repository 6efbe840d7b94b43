package org.painoutcomes.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What an application's Spark event log (spark.eventLog.enabled=true, spark.eventLog.compress=false)
 * says about its executors and tasks: the driver's own record of an executor lost and the tasks
 * run again, readable after the driver ended. One JSON event a line; only the executor and
 * task-end events are read.
 */
final class EventLog {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A task attempt as it ended: where, which attempt, and why it failed ("Success" if it did not). */
  record TaskEnd(int stageId, int stageAttempt, int partition, int attempt, String executorId, String reason) {
    boolean succeeded() {
      return reason.equals("Success");
    }
  }

  final List<String> executorsAdded = new ArrayList<>();
  /** Removed executor id to the driver's reason. */
  final Map<String, String> executorsRemoved = new LinkedHashMap<>();
  final List<TaskEnd> taskEnds = new ArrayList<>();

  /** Reads every event file under dir (the log of one application, rolled or not). */
  static EventLog read(Path dir) throws IOException {
    EventLog log = new EventLog();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().matches("\\..*|appstatus.*")).sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(f)) {
          for (String line = in.readLine(); line != null; line = in.readLine()) {
            log.add(line);
          }
        }
      }
    }
    return log;
  }

  private void add(String line) throws IOException {
    // Most lines are SQL plans, megabytes of them: only these three kinds are parsed.
    if (line.startsWith("{\"Event\":\"SparkListenerExecutorAdded\"")) {
      executorsAdded.add(JSON.readTree(line).path("Executor ID").asText());
    } else if (line.startsWith("{\"Event\":\"SparkListenerExecutorRemoved\"")) {
      JsonNode e = JSON.readTree(line);
      executorsRemoved.put(e.path("Executor ID").asText(), e.path("Removed Reason").asText());
    } else if (line.startsWith("{\"Event\":\"SparkListenerTaskEnd\"")) {
      JsonNode e = JSON.readTree(line);
      JsonNode info = e.path("Task Info");
      taskEnds.add(new TaskEnd(e.path("Stage ID").asInt(), e.path("Stage Attempt ID").asInt(), info.path("Partition ID").asInt(),
          info.path("Attempt").asInt(), info.path("Executor ID").asText(), e.path("Task End Reason").path("Reason").asText()));
    }
  }

  /** The task attempts that failed because their executor was lost, on any of the given executors. */
  List<TaskEnd> lostWith(List<String> executorIds) {
    return taskEnds.stream().filter(t -> t.reason().equals("ExecutorLostFailure") && executorIds.contains(t.executorId())).toList();
  }

  /** True when the same stage's partition later succeeded on another executor (a retry, in this or a later stage attempt). */
  boolean ranAgainElsewhere(TaskEnd failed) {
    return taskEnds.stream().anyMatch(t -> t.succeeded() && t.stageId() == failed.stageId() && t.partition() == failed.partition()
        && !t.executorId().equals(failed.executorId())
        && (t.stageAttempt() > failed.stageAttempt() || t.attempt() > failed.attempt()));
  }

  /** The failed task attempts per reason (ExecutorLostFailure, FetchFailed, ...), in the order first seen. */
  Map<String, Long> failuresByReason() {
    Map<String, Long> byReason = new LinkedHashMap<>();
    taskEnds.stream().filter(t -> !t.succeeded()).forEach(t -> byReason.merge(t.reason(), 1L, Long::sum));
    return byReason;
  }

  /** The stage attempts after the first: stages Spark ran again, e.g. for shuffle output lost with an executor. */
  long stageReattempts() {
    return taskEnds.stream().filter(t -> t.stageAttempt() > 0).map(t -> t.stageId() + "." + t.stageAttempt()).distinct().count();
  }
}
