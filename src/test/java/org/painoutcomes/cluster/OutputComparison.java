package org.painoutcomes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.io.Manifest;

/**
 * A published OUTPUT against a reference OUTPUT of the same input and configuration (an
 * in-process local run): what a run on the cluster publishes must not depend on where it ran.
 */
final class OutputComparison {

  /**
   * Succeeded; same configuration and rows per table in the manifest; the same Parquet tables,
   * schemas and rows (in any order); the report's CSV files byte for byte.
   */
  static void assertSameAs(SparkSession spark, Path reference, Path output) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode expected = json.readTree(reference.resolve(Manifest.FILE_NAME).toFile());
    JsonNode actual = json.readTree(output.resolve(Manifest.FILE_NAME).toFile());
    assertThat(actual.path("status").asText()).as("manifest status").isEqualTo(Manifest.STATUS_SUCCEEDED);
    assertThat(actual.path("configuration")).as("whole configuration").isEqualTo(expected.path("configuration"));
    assertThat(actual.path("tables")).as("rows per table in the manifest").isEqualTo(expected.path("tables"));

    SortedSet<String> tables = ParquetTables.names(output);
    assertThat(tables).as("Parquet tables published").isNotEmpty().isEqualTo(ParquetTables.names(reference));
    for (String table : tables) {
      assertThat(TestInputs.sortedRows(spark, output.resolve(table).toString()))
          .as("table %s, schema and rows", table)
          .isEqualTo(TestInputs.sortedRows(spark, reference.resolve(table).toString()));
    }
    assertThat(reportCsvDigests(output)).as("report CSV files, SHA-256 of each").isNotEmpty().isEqualTo(reportCsvDigests(reference));
  }

  private static Map<String, String> reportCsvDigests(Path output) {
    Map<String, String> csv = new TreeMap<>(TestInputs.snapshot(output.resolve("report")));
    csv.keySet().removeIf(name -> !name.endsWith(".csv"));
    return csv;
  }

  private OutputComparison() {}
}
