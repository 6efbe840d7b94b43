package org.painoutcomes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;

/**
 * Issue 18 (3): the one application jar, built against Spark 4.2, spark-submitted in local mode on
 * sample-data/ with each Spark version's own runtime jars (target/spark-versions/VERSION, fetched
 * by jobs/spark-versions), publishes exactly the tables of the run on Spark 4.2. Tag
 * "spark-versions": run by jobs/spark-versions only, not by jobs/test (docs/STORAGE.md says why).
 */
@Tag("spark-versions")
class SparkVersionsIT {
  private static final String REFERENCE = "4.2.0";
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);

  @Test
  void theJarPublishesTheSameTablesOnEverySparkVersion() throws Exception {
    Path project = ClusterItEnvironment.project();
    Path dists = Path.of(System.getProperty("painoutcomes.it.sparkVersionsDir", "target/spark-versions")).toAbsolutePath();
    List<String> versions = List.of(System.getProperty("painoutcomes.it.sparkVersions", "4.0.4,4.1.3,4.2.0").split(","));
    assertThat(versions).as("4.2.0 is the reference run").contains(REFERENCE);
    Path work = ClusterItEnvironment.freshWorkDir("spark-versions");

    Map<String, Path> outputs = new LinkedHashMap<>();
    List<String> times = new ArrayList<>();
    for (String version : versions) {
      Path dist = dists.resolve(version);
      assertThat(dist.resolve("jars")).as("Spark %s's runtime jars: run jobs/spark-versions", version).isDirectory();
      Path output = work.resolve("out-" + version);
      JobSubmission.Result r = JobSubmission.run(project, dist, work.resolve("submit-" + version + ".log"), RUN_TIMEOUT, List.of(
          "--master", "local[2]", "--conf", "spark.ui.enabled=false", "--conf", "spark.driver.host=127.0.0.1",
          "--conf", "spark.driver.bindAddress=127.0.0.1", "--conf", "spark.driver.memory=1g",
          "--", "--input", project.resolve("sample-data").toString(), "--output", output.toString(), "--run-id", "spark-" + version));
      assertThat(r.exitCode()).as("exit status on Spark %s; its output:\n%s", version, r.output()).isZero();
      String ran = new ObjectMapper().readTree(output.resolve("manifest.json").toFile()).path("versions").path("spark").asText();
      assertThat(ran).as("the manifest's Spark version").isEqualTo(version);
      outputs.put(version, output);
      times.add(version + " " + r.wallTime().toSeconds() + " s");
    }
    System.out.println("spark-submit wall times: " + String.join(", ", times));

    SparkSession spark = SparkTestSession.get();
    for (Map.Entry<String, Path> e : outputs.entrySet()) {
      if (!e.getKey().equals(REFERENCE)) {
        OutputComparison.assertSameAs(spark, outputs.get(REFERENCE), e.getValue());
      }
    }
  }
}
