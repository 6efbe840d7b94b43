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

  // 20 jobs and 35 stages before SPEC 7.5; its three passes and two tables, and the report's
  // study period, add 6 jobs and 11 stages (docs/PERFORMANCE.md, round four); outcome_change's
  // condition ALL, summed from aggregated rows, one stage (change 37); the index date taken from
  // the exposure's aggregation, one job and one stage fewer (change 46); the cross-row rules
  // checked partition by partition, without the enrollment's broadcast, two jobs and two stages
  // fewer (change 47).
  private static final int JOBS = 23;
  private static final int STAGES = 43;

  @Test
  void runningAgainGivesTheSameRows() {
    // SPEC 8: a second run on the same inputs and configuration, through the command line,
    // against this class's run.
    Path again = dir.resolve("again");
    assertThat(org.painoutcomes.cli.Main.execute("run", "--input", "sample-data", "--output", again.toString(), "--run-id", "sample"))
        .isZero();
    List<String> tables = List.of("quality/summary", "quality/rejects", "analysis/change_records",
        "summary/outcome_change", "summary/participant_flow", "summary/adjusted_effects", "public/outcome_change",
        "public/participant_flow", "public/adjusted_effects");
    for (String table : tables) {
      assertThat(TestInputs.sortedRows(spark, again.resolve(table).toString())).as(table)
          .isEqualTo(TestInputs.sortedRows(spark, output.resolve(table).toString())).hasSizeGreaterThan(1);
    }
    for (String csv : List.of("outcome_change.csv", "participant_flow.csv", "data_quality.csv", "adjusted_effects.csv")) {
      assertThat(again.resolve("report/" + csv)).as(csv).hasSameBinaryContentAs(output.resolve("report/" + csv));
    }
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
    // The generator's ledger for seed 20261201, 2,000 participants, defects 0.003, monthly gzip.
    assertThat(quality)
        .as("quality/summary counts")
        .containsExactlyInAnyOrder(
            "enrollment|rows_read|2003", "enrollment|rows_accepted|1990", "enrollment|rows_rejected|13",
            "enrollment|rejected_MALFORMED|4", "enrollment|rejected_MISSING_REQUIRED|2",
            "enrollment|rejected_BAD_FORMAT|1", "enrollment|rejected_BAD_VALUE|2",
            "enrollment|rejected_OUT_OF_RANGE|0", "enrollment|rejected_UNKNOWN_PARTICIPANT|0",
            "enrollment|rejected_BAD_DATE_ORDER|1", "enrollment|rejected_DUPLICATE|1",
            "enrollment|rejected_CONFLICT|2", "attendance|rows_read|49194", "attendance|rows_accepted|48797",
            "attendance|rows_rejected|397", "attendance|rejected_MALFORMED|31",
            "attendance|rejected_MISSING_REQUIRED|19", "attendance|rejected_BAD_FORMAT|17",
            "attendance|rejected_BAD_VALUE|19", "attendance|rejected_OUT_OF_RANGE|26",
            "attendance|rejected_UNKNOWN_PARTICIPANT|219", "attendance|rejected_BAD_DATE_ORDER|17",
            "attendance|rejected_DUPLICATE|17", "attendance|rejected_CONFLICT|32",
            "outcomes|rows_read|58986", "outcomes|rows_accepted|58431", "outcomes|rows_rejected|555",
            "outcomes|rejected_MALFORMED|25", "outcomes|rejected_MISSING_REQUIRED|28",
            "outcomes|rejected_BAD_FORMAT|23", "outcomes|rejected_BAD_VALUE|19",
            "outcomes|rejected_OUT_OF_RANGE|26", "outcomes|rejected_UNKNOWN_PARTICIPANT|361",
            "outcomes|rejected_BAD_DATE_ORDER|0", "outcomes|rejected_DUPLICATE|17",
            "outcomes|rejected_CONFLICT|56");
    assertThat(table("quality/rejects", "source", "file", "line")).as("one reject row per rejected row").hasSize(13 + 397 + 555);
  }

  @Test
  void publicOutputsHoldNoParticipantIdNorParticipantDate() throws Exception {
    java.util.Set<String> ids = new java.util.HashSet<>();
    java.util.Set<String> dates = new java.util.HashSet<>();
    for (Path file : sampleFiles()) {
      for (String line : gunzipLines(file)) {
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
    assertThat(ids).as("participant ids found in sample-data").hasSizeGreaterThan(1900);
    StringBuilder published = new StringBuilder();
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(output.resolve("report"))) {
      for (Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
        published.append(java.nio.file.Files.readString(f));
      }
    }
    for (String table : List.of("public/outcome_change", "public/participant_flow", "public/adjusted_effects")) {
      TestInputs.lines(spark.read().parquet(output.resolve(table).toString())).forEach(published::append);
    }
    String text = published.toString();
    assertThat(ids.stream().filter(text::contains)).as("participant ids in public outputs").isEmpty();
    // The report names the run's date and the extract files' modification dates, which are not
    // a participant's; every other date of the input must stay out.
    java.util.Set<String> runDates = new java.util.HashSet<>();
    runDates.add(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
    for (Path file : sampleFiles()) {
      runDates.add(java.nio.file.Files.getLastModifiedTime(file).toInstant().toString().substring(0, 10));
    }
    assertThat(dates.stream().filter(d -> !runDates.contains(d)).filter(text::contains)).as("participant dates in public outputs").isEmpty();
  }

  /** The monthly files of sample-data/ (SPEC 2: a folder per source of *.csv.gz). */
  private static List<Path> sampleFiles() throws java.io.IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(Path.of("sample-data"))) {
      return files.filter(f -> f.toString().endsWith(".csv.gz")).sorted().toList();
    }
  }

  private static List<String> gunzipLines(Path gz) throws java.io.IOException {
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(gz))) {
      return List.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1).split("\r?\n"));
    }
  }

  @Test
  void theReportSaysThePeriodFromMonthsWithAtLeastElevenStarts() throws Exception {
    // Worked out from the attendance files on their own: first attended session per participant,
    // by month: January 2023 (29) is the first month with 11 or more, June 2025 (60) the last;
    // July 2025 (8) and August 2025 (1) are fewer and never named.
    String html = java.nio.file.Files.readString(output.resolve("report/index.html"));
    assertThat(html).contains("Participants started the program (first session attended) between January 2023"
        + " and June 2025").doesNotContain("July 2025").doesNotContain("August 2025");
  }

  @Test
  void manifestRecordsInputsAndTables() throws Exception {
    String manifest = java.nio.file.Files.readString(output.resolve("manifest.json"));
    // one input entry per monthly file, with its own rows (the first enrollment month holds 14)
    assertThat(manifest).contains("\"status\" : \"succeeded\"", "\"quality/rejects\" : 965")
        .containsPattern("\"path\" : \"enrollment/2022-12.csv.gz\",[^}]*\"rows\" : 14,");
  }
}
