package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.cli.Main;

/**
 * Issue "Reliability", reproducibility (SPEC 8: running again on the same inputs and
 * configuration gives the same rows): one run in a child JVM on {@code local[1]} with one shuffle
 * partition and one in this JVM's session ({@code local[2]}) with seven, at the same time, must
 * give the same rows in every table they write (compared sorted, whatever tables exist), the same
 * report CSVs, and the same manifest but for what names the run (id, times, output).
 */
class ReproducibilityTest {
  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";

  @Test
  void runsWithOtherParallelismAndShufflePartitionsGiveTheSameRows(@TempDir Path dir) throws Exception {
    Path input = SyntheticExtract.write(dir.resolve("in"), 150, 31);
    Path one = dir.resolve("one");
    Path seven = dir.resolve("seven");
    // The child first, then the run here while it goes on: neither can see the other.
    ChildJvm a = ChildJvm.of(dir.resolve("log-one"), "local[1]", "-D" + SHUFFLE_PARTITIONS + "=1");
    Process pa = a.start("org.painoutcomes.cli.Main", "run", "--input", input.toString(), "--output", one.toString(), "--run-id", "one");
    var spark = SparkTestSession.get();
    assertThat(spark.sparkContext().defaultParallelism()).as("this JVM's session").isEqualTo(2);
    String partitions = spark.conf().get(SHUFFLE_PARTITIONS);
    spark.conf().set(SHUFFLE_PARTITIONS, "7");
    try {
      assertThat(Main.execute("run", "--input", input.toString(), "--output", seven.toString(), "--run-id", "seven"))
          .as("local[2] run with seven shuffle partitions").isZero();
    } finally {
      spark.conf().set(SHUFFLE_PARTITIONS, partitions);
    }
    assertThat(pa.waitFor(DriverKillTest.CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the child finished").isTrue();
    assertThat(pa.exitValue()).as("local[1] run; stderr:\n%s", a.stderr()).isZero();

    TreeMap<String, List<String>> rowsOne = OutputTables.sortedRows(spark, one);
    TreeMap<String, List<String>> rowsSeven = OutputTables.sortedRows(spark, seven);
    assertThat(rowsOne.keySet()).as("tables written").contains("quality/summary", "quality/rejects").isEqualTo(rowsSeven.keySet());
    for (String table : rowsOne.keySet()) {
      assertThat(rowsSeven.get(table)).as("rows of %s", table).isEqualTo(rowsOne.get(table));
    }
    assertThat(rowsOne.get("quality/rejects")).as("the extract's broken rows").hasSizeGreaterThanOrEqualTo(6);

    for (String csv : OutputTables.files(one).stream().filter(f -> f.endsWith(".csv")).toList()) {
      assertThat(sortedLines(seven.resolve(csv))).as("lines of %s", csv).isEqualTo(sortedLines(one.resolve(csv)));
    }
    assertThat(manifestWithoutRun(seven)).as("manifest but run id, times and output").isEqualTo(manifestWithoutRun(one));
  }

  private static List<String> sortedLines(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    Collections.sort(lines);
    return lines;
  }

  private static JsonNode manifestWithoutRun(Path output) throws IOException {
    ObjectNode m = (ObjectNode) new ObjectMapper().readTree(output.resolve("manifest.json").toFile());
    m.remove(List.of("run_id", "started_at", "finished_at", "output"));
    return m;
  }
}
