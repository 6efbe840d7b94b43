package org.painoutcomes.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A running driver's monitoring REST API ({@code http://127.0.0.1:PORT/api/v1}, served by its
 * web UI: spark.ui.enabled=true, spark.ui.port=PORT, bound to 127.0.0.1 by SPARK_LOCAL_IP). Live
 * figures, at most a fraction of a second behind the scheduler; gone when the driver ends.
 */
final class DriverRestApi {
  private final String base;

  DriverRestApi(int uiPort) {
    this.base = "http://127.0.0.1:" + uiPort + "/api/v1/applications";
  }

  /** The driver's application id, once its UI is up. */
  Optional<String> appId() throws InterruptedException {
    try {
      JsonNode apps = JsonOverHttp.get(base);
      return apps.size() == 1 ? Optional.of(apps.get(0).path("id").asText()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // not listening yet, or already gone
    }
  }

  /** Tasks per state over every stage attempt so far, and the ids of the stages running now. */
  record Tasks(long completed, long failed, long running, List<Integer> activeStages) {}

  Tasks tasks(String appId) throws IOException, InterruptedException {
    long completed = 0;
    long failed = 0;
    long running = 0;
    List<Integer> active = new ArrayList<>();
    for (JsonNode stage : JsonOverHttp.get(base + "/" + appId + "/stages")) {
      completed += stage.path("numCompleteTasks").asLong();
      failed += stage.path("numFailedTasks").asLong();
      running += stage.path("numActiveTasks").asLong();
      if (stage.path("status").asText().equals("ACTIVE")) {
        active.add(stage.path("stageId").asInt());
      }
    }
    return new Tasks(completed, failed, running, active);
  }

  /** An executor as the driver sees it: alive or removed, and the tasks it is running. */
  record Executor(String id, boolean active, int activeTasks) {}

  /** Every executor the application had, alive or removed (not the driver). */
  List<Executor> executors(String appId) throws IOException, InterruptedException {
    List<Executor> out = new ArrayList<>();
    for (JsonNode e : JsonOverHttp.get(base + "/" + appId + "/allexecutors")) {
      if (!e.path("id").asText().equals("driver")) {
        out.add(new Executor(e.path("id").asText(), e.path("isActive").asBoolean(), e.path("activeTasks").asInt()));
      }
    }
    return out;
  }
}
