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

/**
 * Issue "Reliability", reproducibility (SPEC 8: running again on the same inputs and
 * configuration gives the same rows): two runs in child JVMs, one on {@code local[1]} with one
 * shuffle partition and one on {@code local[2]} with seven, must give the same rows in every
 * table they write (compared sorted, whatever tables exist), the same report CSVs, and the same
 * manifest but for what names the run (id, times, output).
 */
class ReproducibilityTest {

  @Test
  void runsWithOtherParallelismAndShufflePartitionsGiveTheSameRows(@TempDir Path dir) throws Exception {
    Path input = SyntheticExtract.write(dir.resolve("in"), 150, 31);
    Path one = dir.resolve("one");
    Path seven = dir.resolve("seven");
    // Both at once: the machine's two cores are better used, and neither run can see the other.
    ChildJvm a = ChildJvm.of(dir.resolve("log-one"), "local[1]", "-Dspark.sql.shuffle.partitions=1");
    ChildJvm b = ChildJvm.of(dir.resolve("log-seven"), "local[2]", "-Dspark.sql.shuffle.partitions=7");
    Process pa = a.start("org.painoutcomes.cli.Main", "run", "--input", input.toString(), "--output", one.toString(), "--run-id", "one");
    Process pb = b.start("org.painoutcomes.cli.Main", "run", "--input", input.toString(), "--output", seven.toString(), "--run-id", "seven");
    assertThat(pa.waitFor(DriverKillTest.CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS) && pb.waitFor(60, TimeUnit.SECONDS)).as("both finished").isTrue();
    assertThat(pa.exitValue()).as("local[1] run; stderr:\n%s", a.stderr()).isZero();
    assertThat(pb.exitValue()).as("local[2] run; stderr:\n%s", b.stderr()).isZero();

    var spark = SparkTestSession.get();
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
