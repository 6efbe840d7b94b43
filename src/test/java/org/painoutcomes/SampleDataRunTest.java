package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.config.ConfigLoader;

/**
 * One whole run on sample-data/ (the README's first command, in-process), checked against what
 * the generator planted there (sample-data/README.md lists the ledger).
 */
class SampleDataRunTest {
  @TempDir static Path dir;
  static SparkSession spark;
  static Path output;
  static SparkWork work;
  static java.util.Set<Object> persistedBefore;
  static boolean cacheEmptyBefore;

  @BeforeAll
  static void run() throws Exception {
    spark = SparkTestSession.get();
    output = dir.resolve("out");
    persistedBefore = persistedRdds();
    cacheEmptyBefore = spark.sharedState().cacheManager().isEmpty();
    try (SparkWork counting = SparkWork.count(spark)) {
      work = counting;
      new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out))
          .run(new RunOptions("sample-data", output.toString(), "sample"));
    }
    System.out.println("sample-data run: " + work);
  }

  @Test
  void aRunStartsFewSparkJobs() {
    // The fixed cost of a run is mostly its Spark jobs and stages, each planned, code-generated
    // and scheduled (docs/PERFORMANCE.md). These bounds hold the count where it was brought.
    assertThat(work.jobs()).as("Spark jobs of a sample-data run: %s", work).isLessThanOrEqualTo(JOBS);
    assertThat(work.stages()).as("Spark stages of a sample-data run: %s", work).isLessThanOrEqualTo(STAGES);
  }

  private static final int JOBS = 22;
  private static final int STAGES = 38;

  @Test
  void runningAgainGivesTheSameRows() {
    // SPEC 8: a second run on the same inputs and configuration, through the command line,
    // against this class's run.
    Path again = dir.resolve("again");
    assertThat(org.painoutcomes.cli.Main.execute("run", "--input", "sample-data", "--output", again.toString(), "--run-id", "sample"))
        .isZero();
    List<String> tables = List.of("quality/summary", "quality/rejects", "analysis/change_records",
        "summary/outcome_change", "summary/participant_flow", "public/outcome_change", "public/participant_flow");
    for (String table : tables) {
      assertThat(sortedRows(again.resolve(table))).as(table).isEqualTo(sortedRows(output.resolve(table))).isNotEmpty();
    }
    for (String csv : List.of("outcome_change.csv", "participant_flow.csv", "data_quality.csv")) {
      assertThat(again.resolve("report/" + csv)).as(csv).hasSameBinaryContentAs(output.resolve("report/" + csv));
    }
  }

  private static List<String> sortedRows(Path table) {
    List<String> rows = new java.util.ArrayList<>(TestInputs.lines(spark.read().parquet(table.toString())));
    java.util.Collections.sort(rows);
    return rows;
  }

  @Test
  void aRunLeavesNothingCached() {
    // Each stage's result owns what it cached and lets it go (AutoCloseable), the session's other
    // caches untouched.
    assertThat(persistedRdds()).as("RDDs persisted after the run").isEqualTo(persistedBefore);
    if (cacheEmptyBefore) {
      assertThat(spark.sharedState().cacheManager().isEmpty()).as("no Dataset left cached").isTrue();
    }
  }

  private static java.util.Set<Object> persistedRdds() {
    return SparkTestSession.persistedRdds();
  }

  private static List<String> table(String name, String... order) {
    return TestInputs.lines(spark.read().parquet(output.resolve(name).toString()).orderBy(order[0], java.util.Arrays.copyOfRange(order, 1, order.length)));
  }

  @Test
  void everyRowIsAccountedForWithThePlantedReasons() {
    List<String> quality = TestInputs.lines(
        spark.read().parquet(output.resolve("quality/summary").toString())
            .filter("metric like 'rows_%' or metric like 'rejected_%'"));
    // The generator's ledger for seed 20261126, 300 participants, defects 0.01.
    assertThat(quality)
        .as("quality/summary counts")
        .containsExactlyInAnyOrder(
            "enrollment|rows_read|304", "enrollment|rows_accepted|289", "enrollment|rows_rejected|15",
            "enrollment|rejected_MALFORMED|4", "enrollment|rejected_MISSING_REQUIRED|2",
            "enrollment|rejected_BAD_FORMAT|1", "enrollment|rejected_BAD_VALUE|2",
            "enrollment|rejected_OUT_OF_RANGE|0", "enrollment|rejected_UNKNOWN_PARTICIPANT|0",
            "enrollment|rejected_BAD_DATE_ORDER|2", "enrollment|rejected_DUPLICATE|2",
            "enrollment|rejected_CONFLICT|2",
            "attendance|rows_read|7758", "attendance|rows_accepted|7341", "attendance|rows_rejected|417",
            "attendance|rejected_MALFORMED|11", "attendance|rejected_MISSING_REQUIRED|10",
            "attendance|rejected_BAD_FORMAT|6", "attendance|rejected_BAD_VALUE|10",
            "attendance|rejected_OUT_OF_RANGE|10", "attendance|rejected_UNKNOWN_PARTICIPANT|327",
            "attendance|rejected_BAD_DATE_ORDER|7", "attendance|rejected_DUPLICATE|12",
            "attendance|rejected_CONFLICT|24",
            "outcomes|rows_read|9516", "outcomes|rows_accepted|9010", "outcomes|rows_rejected|506",
            "outcomes|rejected_MALFORMED|15", "outcomes|rejected_MISSING_REQUIRED|19",
            "outcomes|rejected_BAD_FORMAT|10", "outcomes|rejected_BAD_VALUE|15",
            "outcomes|rejected_OUT_OF_RANGE|15", "outcomes|rejected_UNKNOWN_PARTICIPANT|386",
            "outcomes|rejected_BAD_DATE_ORDER|0", "outcomes|rejected_DUPLICATE|12",
            "outcomes|rejected_CONFLICT|34");
    assertThat(table("quality/rejects", "source", "file", "line")).as("one reject row per rejected row").hasSize(15 + 417 + 506);
  }

  @Test
  void publicOutputsHoldNoParticipantIdNorParticipantDate() throws Exception {
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.Set<String> dates = new java.util.HashSet<>();
    for (String source : List.of("enrollment", "attendance", "outcomes")) {
      for (String line : java.nio.file.Files.readAllLines(Path.of("sample-data", source + ".csv"), java.nio.charset.StandardCharsets.ISO_8859_1)) {
        String[] f = line.split(",");
        if (f.length > 1 && f[0].matches("[A-Za-z0-9_-]{6,}")) {
          ids.add(f[0]);
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(line);
        while (m.find()) {
          dates.add(m.group());
        }
      }
    }
    assertThat(ids).as("participant ids found in sample-data").hasSizeGreaterThan(250);
    StringBuilder published = new StringBuilder();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(output.resolve("report"))) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        published.append(java.nio.file.Files.readString(f));
      }
    }
    for (String table : List.of("public/outcome_change", "public/participant_flow")) {
      TestInputs.lines(spark.read().parquet(output.resolve(table).toString())).forEach(published::append);
    }
    String text = published.toString();
    assertThat(ids.stream().filter(text::contains)).as("participant ids in public outputs").isEmpty();
    // The report names the run's date and the extract files' modification dates, which are not
    // a participant's; every other date of the input must stay out.
    java.util.Set<String> runDates = new java.util.HashSet<>();
    runDates.add(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    for (String source : List.of("enrollment", "attendance", "outcomes")) {
      runDates.add(java.nio.file.Files.getLastModifiedTime(Path.of("sample-data", source + ".csv")).toInstant().toString().substring(0, 10));
    }
    assertThat(dates.stream().filter(d -> !runDates.contains(d)).filter(text::contains)).as("participant dates in public outputs").isEmpty();
  }

  @Test
  void manifestRecordsInputsAndTables() throws Exception {
    String manifest = java.nio.file.Files.readString(output.resolve("manifest.json"));
    assertThat(manifest).contains("\"status\" : \"succeeded\"", "\"path\" : \"enrollment.csv\"", "\"rows\" : 7758", "\"quality/rejects\" : 938");
  }
}
