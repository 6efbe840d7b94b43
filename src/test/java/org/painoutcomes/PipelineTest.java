package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.cli.Main;
import org.painoutcomes.config.ConfigLoader;

/** Whole runs through the command line: exit statuses, the identifier guard, atomic publish, reruns. */
class PipelineTest {
  static SparkSession spark;

  @BeforeAll
  static void session() {
    spark = SparkTestSession.get();
  }

  private static int run(Path input, Path output, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("run", "--input", input.toString(), "--output", output.toString(), "--run-id", "test"));
    args.addAll(List.of(extra));
    return Main.execute(args.toArray(String[]::new));
  }

  @Test
  void identifierColumnStopsTheRunBeforeAnythingIsWritten(@TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    TestInputs.write(input.resolve("enrollment.csv"),
        "participant_id,site,enrollment_date,age_band,sex,primary_condition,Date of Birth\nP1,S1,2025-01-01,45-54,F,migraine,1970-01-01\n");
    assertThat(run(input, dir.resolve("out"))).as("exit status of a contract error").isEqualTo(65);
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(dir.toFile().list()).containsExactly("in");
  }

  @Test
  void identifierValuesStopTheRunWhateverElseIsWrong(@TempDir Path dir) {
    for (String pid : List.of("123456789", "123-45-6789", "someone@example.org")) {
      Path input = TestInputs.minimalInput(dir.resolve("in-" + pid.hashCode()));
      // The record's date is also broken: the guard looks at it all the same.
      TestInputs.write(input.resolve("outcomes.csv"),
          "participant_id,assessment_date,instrument,item,value\nP1,2025-01-02,NRS,NRS_PAIN,6\n" + pid + ",not-a-date,NRS,NRS_PAIN,6\n");
      assertThat(run(input, dir.resolve("out"))).as("exit status for %s-shaped id", pid.length()).isEqualTo(65);
      assertThat(dir.resolve("out")).doesNotExist();
    }
  }

  @Test
  void identifierMessageNamesFileAndLineButNeverTheValue(@TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir);
    TestInputs.write(input.resolve("attendance.csv"),
        "participant_id,session_id,session_date,modality,attended\nP1,X1,2025-01-02,yoga,true\n\n987-65-4321,X1,2025-01-02,yoga,true\n");
    java.util.Set<Object> persistedBefore = SparkTestSession.persistedRdds();
    boolean cacheEmptyBefore = spark.sharedState().cacheManager().isEmpty();
    assertThatThrownBy(() -> new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out))
            .run(new RunOptions(input.toString(), dir.resolve("out").toString(), "t")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("attendance.csv line 4")
        .hasMessageNotContaining("987")
        .hasMessageNotContaining("4321");
    // The guard stops the run in ingestion, after the checked rows were cached: they go too
    // (and only they: what other tests of this JVM cached is not the run's to drop).
    assertThat(SparkTestSession.persistedRdds()).as("RDDs persisted after the run").isEqualTo(persistedBefore);
    if (cacheEmptyBefore) {
      assertThat(spark.sharedState().cacheManager().isEmpty()).as("no Dataset left cached").isTrue();
    }
  }

  @Test
  void missingRequiredColumnAndMissingSourceAreContractErrors(@TempDir Path dir) throws Exception {
    Path input = TestInputs.minimalInput(dir.resolve("a"));
    TestInputs.write(input.resolve("attendance.csv"), "participant_id,session_id,modality,attended\nP1,X1,yoga,true\n");
    assertThat(run(input, dir.resolve("out"))).isEqualTo(65);
    Path twice = TestInputs.minimalInput(dir.resolve("b"));
    TestInputs.write(twice.resolve("outcomes/x.csv"), "participant_id,assessment_date,instrument,item,value\n");
    assertThat(run(twice, dir.resolve("out"))).as("outcomes given as file and folder").isEqualTo(65);
    Path missing = TestInputs.minimalInput(dir.resolve("c"));
    Files.delete(missing.resolve("enrollment.csv"));
    assertThat(run(missing, dir.resolve("out"))).isEqualTo(65);
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void usageAndConfigurationErrorsExitWith2(@TempDir Path dir) {
    Path input = TestInputs.minimalInput(dir);
    assertThat(Main.execute("run", "--input", input.toString())).as("--output missing").isEqualTo(2);
    assertThat(run(input, dir.resolve("out"), "--set", "suppression.threshold=10")).isEqualTo(2);
    assertThat(run(input, dir.resolve("out"), "--set", "no.such.key=1")).isEqualTo(2);
  }

  @Test
  void failedRunLeavesThePreviousOutputByteIdentical(@TempDir Path dir) {
    Path input = TestInputs.copyResource("ingest/reasons", dir);
    Path output = dir.resolve("out");
    assertThat(run(input, output)).isZero();
    Map<String, String> before = TestInputs.snapshot(output);
    assertThat(before).containsKey("manifest.json");

    Pipeline failing =
        new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out), table -> {
          if (table.equals("quality/rejects")) {
            throw new IllegalStateException("injected failure after quality/rejects");
          }
        });
    assertThatThrownBy(() -> failing.run(new RunOptions(input.toString(), output.toString(), "second")))
        .hasMessageContaining("injected");
    assertThat(TestInputs.snapshot(output)).as("previous OUTPUT, byte for byte").isEqualTo(before);
    assertThat(dir.toFile().list()).as("no staging folder left beside OUTPUT").containsExactlyInAnyOrder("reasons", "out");
  }

  /**
   * A run that fails while its side jobs (the summaries it collects) still run stops them before
   * it returns: no Spark job of it goes on, no thread of it is left, nothing of it stays cached.
   */
  @Test
  void aRunThatFailsStopsItsSideJobsBeforeItReturns(@TempDir Path dir) throws Exception {
    Path input = TestInputs.copyResource("ingest/reasons", dir);
    java.util.Set<Object> persistedBefore = SparkTestSession.persistedRdds();
    boolean[] sideJobRan = {false};
    Pipeline failing =
        new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out), table -> {
          if (table.equals("quality/rejects")) {
            // This thread is in the hook, so a job active now is a side job's.
            long until = System.nanoTime() + 30_000_000_000L;
            while (!sideJobRan[0] && System.nanoTime() < until) {
              sideJobRan[0] = spark.sparkContext().statusTracker().getActiveJobIds().length > 0;
              Thread.onSpinWait();
            }
            throw new IllegalStateException("injected failure after quality/rejects");
          }
        });
    assertThatThrownBy(() -> failing.run(new RunOptions(input.toString(), dir.resolve("out").toString(), "side")))
        .hasMessageContaining("injected");
    assertThat(sideJobRan[0]).as("a side job was running when the run failed").isTrue();
    // The status tracker hears of a job's end through the listener bus, after the job ended.
    spark.sparkContext().listenerBus().waitUntilEmpty(30_000);
    assertThat(spark.sparkContext().statusTracker().getActiveJobIds()).as("Spark jobs still active").isEmpty();
    assertThat(Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(n -> n.startsWith("pain-outcomes-side-")))
        .as("side-job threads left").isEmpty();
    assertThat(SparkTestSession.persistedRdds()).as("RDDs persisted after the run").isEqualTo(persistedBefore);
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
