package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Assumptions;

/**
 * Golden-file support for the analysis tests: typed input CSVs, expected tables as sorted CSV
 * (empty field = null), compared value by value with doubles to 1e-9. With
 * {@code -Dgolden.regenerate=true} the actual tables are written over the expected files under
 * src/test/resources instead (on purpose only; review the diff).
 */
final class GoldenTables {

  static final String FOLDER = "golden/analysis";
  static final double TOLERANCE = 1e-9;
  static final boolean REGENERATE = Boolean.getBoolean("golden.regenerate");

  static final StructType ENROLLMENT =
      new StructType()
          .add("participant_id", DataTypes.StringType, false)
          .add("site", DataTypes.StringType, false)
          .add("cohort_id", DataTypes.StringType)
          .add("enrollment_date", DataTypes.DateType, false)
          .add("exit_date", DataTypes.DateType)
          .add("exit_reason", DataTypes.StringType)
          .add("age_band", DataTypes.StringType, false)
          .add("sex", DataTypes.StringType, false)
          .add("primary_condition", DataTypes.StringType, false)
          .add("opioid_use_at_baseline", DataTypes.BooleanType);
  static final StructType ATTENDANCE =
      new StructType()
          .add("participant_id", DataTypes.StringType, false)
          .add("session_id", DataTypes.StringType, false)
          .add("session_date", DataTypes.DateType, false)
          .add("modality", DataTypes.StringType, false)
          .add("visit_type", DataTypes.StringType)
          .add("attended", DataTypes.BooleanType, false)
          .add("minutes", DataTypes.LongType);
  static final StructType OUTCOMES =
      new StructType()
          .add("participant_id", DataTypes.StringType, false)
          .add("assessment_date", DataTypes.DateType, false)
          .add("instrument", DataTypes.StringType, false)
          .add("item", DataTypes.StringType, false)
          .add("value", DataTypes.DoubleType, false);

  /** Reads an input CSV of the golden folder with its explicit schema. */
  static Dataset<Row> input(SparkSession spark, String name, StructType schema) {
    return spark.read()
        .option("header", "true")
        .option("mode", "FAILFAST")
        .schema(schema)
        .csv(resource(name).toString());
  }

  /** Compares (or with the flag, rewrites) an expected table; rows matched after sorting by {@code keyColumns}. */
  static void check(String expectedFile, Dataset<Row> actual, int keyColumns) {
    StructType schema = actual.schema();
    List<String[]> actualRows = new ArrayList<>();
    for (Row r : actual.collectAsList()) {
      String[] cells = new String[schema.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = r.isNullAt(i) ? "" : r.get(i).toString();
      }
      actualRows.add(cells);
    }
    Comparator<String[]> byKey = Comparator.comparing(c -> String.join("\u0000", Arrays.copyOf(c, keyColumns)));
    actualRows.sort(byKey);
    if (REGENERATE) {
      write(expectedFile, schema, actualRows);
      Assumptions.abort("regenerated " + expectedFile + ": review the diff before committing it");
    }
    List<String> lines = readLines(expectedFile);
    assertThat(lines.get(0)).as("header of %s = the table's columns in order", expectedFile)
        .isEqualTo(String.join(",", schema.fieldNames()));
    List<String[]> expectedRows = new ArrayList<>();
    lines.subList(1, lines.size()).forEach(l -> expectedRows.add(l.split(",", -1)));
    expectedRows.sort(byKey);
    assertThat(actualRows.stream().map(c -> String.join(",", Arrays.copyOf(c, keyColumns))).toList())
        .as("row keys of %s", expectedFile)
        .containsExactlyElementsOf(expectedRows.stream().map(c -> String.join(",", Arrays.copyOf(c, keyColumns))).toList());
    for (int r = 0; r < expectedRows.size(); r++) {
      String[] e = expectedRows.get(r);
      String[] a = actualRows.get(r);
      for (int c = 0; c < schema.size(); c++) {
        String what = expectedFile + " row " + String.join("/", Arrays.copyOf(e, keyColumns)) + " column " + schema.fields()[c].name();
        compareCell(what, schema.fields()[c], e[c], a[c]);
      }
    }
  }

  private static void compareCell(String what, StructField field, String expected, String actual) {
    if (expected.isEmpty() || actual.isEmpty()) {
      assertThat(actual).as(what + " (null)").isEqualTo(expected);
      return;
    }
    DataType t = field.dataType();
    if (t.equals(DataTypes.DoubleType)) {
      assertThat(Double.parseDouble(actual)).as(what).isCloseTo(Double.parseDouble(expected), within(TOLERANCE));
    } else if (t.equals(DataTypes.LongType) || t.equals(DataTypes.IntegerType)) {
      assertThat(Long.parseLong(actual)).as(what).isEqualTo(Long.parseLong(expected));
    } else {
      assertThat(actual).as(what).isEqualTo(expected);
    }
  }

  private static void write(String file, StructType schema, List<String[]> rows) {
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", schema.fieldNames()));
    rows.forEach(r -> lines.add(String.join(",", r)));
    Path target = Paths.get("src", "test", "resources", FOLDER, file);
    try {
      Files.write(target, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> readLines(String file) {
    try {
      return Files.readAllLines(resource(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resource(String name) {
    try {
      return Paths.get(GoldenTables.class.getClassLoader().getResource(FOLDER + "/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("missing test resource " + FOLDER + "/" + name, e);
    }
  }

  private GoldenTables() {}
}
