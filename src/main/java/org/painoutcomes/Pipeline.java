package org.painoutcomes;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.QualityMetrics;
import org.painoutcomes.contract.Source;
import org.painoutcomes.ingest.IngestResult;
import org.painoutcomes.ingest.Ingestion;
import org.painoutcomes.io.Manifest;
import org.painoutcomes.io.Publisher;
import org.painoutcomes.io.TableWriter;
import org.painoutcomes.io.Versions;
import org.painoutcomes.io.InputFileStats;
import org.painoutcomes.io.LocalFolderUpload;
import org.painoutcomes.privacy.PublicDatasets;
import org.painoutcomes.privacy.PublicTables;
import org.painoutcomes.report.ReportData;
import org.painoutcomes.report.ReportWriter;
import org.painoutcomes.report.RunFacts;
import org.painoutcomes.report.StudyPeriod;
import org.painoutcomes.summarize.IndexMonths;
import org.painoutcomes.privacy.AdjustedEffectsSuppression;
import org.painoutcomes.tables.AdjustedEffectRow;
import org.painoutcomes.summarize.AdjustedEffects;
import org.painoutcomes.tables.AdjustedEffectsTable;
import org.painoutcomes.config.RunScale;
import org.painoutcomes.derive.Derivation;
import org.painoutcomes.derive.Derived;
import org.painoutcomes.ingest.SourceFiles;
import org.painoutcomes.summarize.Analysis;
import org.painoutcomes.summarize.AnalysisResult;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.OutcomeChangeTable;
import org.painoutcomes.tables.ParticipantFlowTable;
import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import org.painoutcomes.tables.QualityRow;
import org.painoutcomes.tables.QualityTables;
import org.apache.spark.storage.StorageLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Wires the stages of a run: ingest, derive, summarize, suppress, report, publish. Reading and
 * writing happen only here and in the stages' edges; every transformation in between is a pure
 * function of Datasets.
 */
public final class Pipeline {
  private final SparkSession spark;
  private final PipelineConfig config;
  private final StageLog log;
  private final Consumer<String> afterTableWritten;
  private String step;

  /**
   * @param afterTableWritten called with each table's name once it is written to staging; tests
   *     use it to make a run fail midway
   */
  public Pipeline(SparkSession spark, PipelineConfig config, StageLog log, Consumer<String> afterTableWritten) {
    this.spark = spark;
    this.config = config;
    this.log = log;
    this.afterTableWritten = afterTableWritten;
  }

  public Pipeline(SparkSession spark, PipelineConfig config, StageLog log) {
    this(spark, config, log, table -> {});
  }

  /** Runs the pipeline and publishes OUTPUT; returns the manifest that was published. */
  public Manifest run(RunOptions options) {
    Instant started = Instant.now();
    Manifest manifest = new Manifest(options.runId(), started, options.input(), options.output());
    manifest.configuration(config.asProperties()).put("versions", Versions.of(spark.version()));
    log.start();
    // What the run caches (checked rows, intermediates, change records) is owned by the stage
    // results that cached it and goes with them, also when the run fails: a session that runs
    // again (a test, a notebook) keeps no heap or disk for it.
    step("ingest");
    List<SourceFiles> sources = new Ingestion(spark, config).locate(options.input());
    try (RunScale scale = RunScale.of(spark, SourceFiles.bytes(sources));
        IngestResult ingest = new Ingestion(spark, config, scale.cacheLevel()).run(sources)) {
      log.done("ingest", ingestSummary(ingest.counts()));
      manifest.inputs(ingest.files()).put("checks", ingest.checks());
      return publish(options, started, manifest, scale, ingest);
    } finally {
      step(null);
    }
  }

  /** The stages after ingestion, writing into a staging folder that is published at the end. */
  private Manifest publish(RunOptions options, Instant started, Manifest manifest, RunScale scale, IngestResult ingest) {
    Path output = new Path(options.output());
    FileSystem fs = fileSystem(output);
    Publisher publisher = Publisher.forOutput(fs, output, options.runId());
    manifest.publish(publisher);
    publisher.prepare();
    try {
      TableWriter writer = new TableWriter(publisher.staging(), config.parquetCompression());
      Derived derived =
          Derivation.run(
              ingest.accepted(Source.ENROLLMENT), ingest.accepted(Source.ATTENDANCE), ingest.accepted(Source.OUTCOMES),
              config, scale.cacheLevel());
      List<QualityRow> quality = new ArrayList<>(ingest.counts());
      List<OutcomeChangeRow> outcomeChange;
      List<FlowRow> flow;
      List<AdjustedEffectRow> adjusted;
      Map<YearMonth, Long> indexMonths;
      try (AnalysisResult analysis = Analysis.summarize(ingest.accepted(Source.ENROLLMENT), derived, config);
          SideJobs side = new SideJobs(spark.sparkContext())) {
        // What the run collects to the driver is computed beside the writes below, which stay on
        // this thread in their order (docs/PERFORMANCE.md, change 30).
        Future<List<QualityRow>> unscored = side.submit("derive", analysis::unscoredQualityRows);
        Future<List<OutcomeChangeRow>> outcomeRows = side.submit("summarize", () -> OutcomeChangeTable.toRows(analysis.outcomeChange()));
        Future<List<FlowRow>> flowRows = side.submit("summarize", () -> ParticipantFlowTable.toRows(analysis.participantFlow()));
        Future<List<AdjustedEffectRow>> adjustedRows = side.submit("adjust", () -> AdjustedEffects.fit(derived.changeRecords(), config));
        // From the derive stage's cached index dates, not a second pass over attendance.
        Future<Map<YearMonth, Long>> months = side.submit("adjust", () -> IndexMonths.collect(IndexMonths.byMonth(derived.indexDates())));

        writeRejects(writer, manifest, ingest.rejects(), scale);
        step("derive");
        // At most one file per core: the records are computed in their own partitions, many and
        // small (56 files of 2 MB at 1,000,000 participants), and merged only as they are written.
        write(writer, manifest, "analysis/change_records", derived.changeRecords().coalesce(spark.sparkContext().defaultParallelism()), false);
        quality.addAll(SideJobs.get(unscored));
        write(writer, manifest, "quality/summary", QualityTables.toDataset(spark, quality), true);
        log.done("derive", manifest.tables().get("analysis/change_records") + " change records");

        step("summarize");
        outcomeChange = SideJobs.get(outcomeRows);
        flow = SideJobs.get(flowRows);
        write(writer, manifest, "summary/outcome_change", OutcomeChangeTable.toDataset(spark, outcomeChange), true);
        write(writer, manifest, "summary/participant_flow", ParticipantFlowTable.toDataset(spark, flow), true);
        log.done("summarize", outcomeChange.size() + " outcome_change rows, " + flow.size() + " flow rows");

        step("adjust");
        adjusted = SideJobs.get(adjustedRows);
        indexMonths = SideJobs.get(months);
      }
      write(writer, manifest, "summary/adjusted_effects", AdjustedEffectsTable.toDataset(spark, adjusted), true);
      log.done("adjust", adjusted.size() + " adjusted_effects rows");

      step("suppress");
      PublicTables published = PublicTables.of(outcomeChange, flow, quality, config.suppressionThreshold());
      write(writer, manifest, "public/outcome_change", PublicDatasets.outcomeChange(spark, published.outcomeChange()), true);
      write(writer, manifest, "public/participant_flow", PublicDatasets.participantFlow(spark, published.flow()), true);
      List<PublicAdjustedEffectRow> publicAdjusted = AdjustedEffectsSuppression.publish(adjusted, config.suppressionThreshold());
      write(writer, manifest, "public/adjusted_effects", PublicDatasets.adjustedEffects(spark, publicAdjusted), true);
      manifest.put("suppression", suppressionSummary(published));
      log.done("suppress", published.suppression().total() + " cells hidden in " + published.suppression().passes() + " passes, audit clean");

      step("report");
      // Only the first and last month with at least the threshold of index dates reach the report.
      StudyPeriod period = StudyPeriod.fromMonthCounts(indexMonths, config.suppressionThreshold());
      ReportData report = new ReportData(runFacts(options, started, ingest), config, published.outcomeChange(), published.flow(), published.quality(), period, publicAdjusted);
      LocalFolderUpload.write(fs, new Path(publisher.staging(), "report"), dir -> ReportWriter.write(report, dir));
      afterTableWritten.accept("report");
      log.done("report", "report/index.html and 4 CSV files");

      step("publish");
      manifest.finish(Manifest.STATUS_SUCCEEDED, Instant.now());
      manifest.write(fs, new Path(publisher.staging(), Manifest.FILE_NAME));
      afterTableWritten.accept(Manifest.FILE_NAME);
      publisher.publish();
      log.done("publish", publisher.publishedFolder().toString());
      return manifest;
    } catch (IOException e) {
      publisher.abandon();
      throw OutputErrors.outputUnwritable(options.output(), e);
    } catch (Exception e) { // also a SparkException (checked in Java terms): staging must go too
      publisher.abandon();
      throw e;
    }
  }

  /**
   * quality/rejects in (source, file, line) order. A small input's rejects are sorted in one
   * task; a large input's are persisted first, since the sort's sampling and its shuffle would
   * otherwise each scan every checked row.
   */
  private void writeRejects(TableWriter writer, Manifest manifest, Dataset<Row> rejects, RunScale scale) {
    if (scale.small()) {
      write(writer, manifest, "quality/rejects", rejects.coalesce(1).sortWithinPartitions("source", "file", "line"), false);
      return;
    }
    Dataset<Row> persisted = rejects.persist(StorageLevel.DISK_ONLY());
    try {
      write(writer, manifest, "quality/rejects", persisted.orderBy("source", "file", "line"), false);
    } finally {
      persisted.unpersist();
    }
  }

  private static Map<String, Object> suppressionSummary(PublicTables published) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cells_hidden_by_rule", published.suppression().asManifestEntries());
    m.put("passes", published.suppression().passes());
    m.put("audit_cells_checked", published.audit().cellsChecked());
    m.put("audit_relations_checked", published.audit().relationsChecked());
    m.put("audit_violations", published.audit().violations().size());
    return m;
  }

  private static RunFacts runFacts(RunOptions options, Instant started, IngestResult ingest) {
    List<org.painoutcomes.report.InputFile> files = new ArrayList<>();
    for (InputFileStats f : ingest.files()) {
      files.add(
          new org.painoutcomes.report.InputFile(
              f.path(), f.bytes(), Instant.ofEpochMilli(f.modifiedMillis()), f.sha256().substring(0, 12)));
    }
    return new RunFacts(options.runId(), started, Versions.application(), files);
  }

  /** Names the Spark jobs started from here on after the run's step (the event log, the UI, tests). */
  private void step(String name) {
    step = name;
    spark.sparkContext().setJobDescription(name);
  }

  private void write(TableWriter writer, Manifest manifest, String table, Dataset<Row> rows, boolean small) {
    String current = step;
    spark.sparkContext().setJobDescription(current + ": write " + table);
    manifest.table(table, writer.write(table, rows, small));
    step(current);
    afterTableWritten.accept(table);
  }

  private FileSystem fileSystem(Path output) {
    try {
      return output.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toString(), e);
    }
  }

  private static String ingestSummary(List<QualityRow> counts) {
    StringBuilder b = new StringBuilder();
    for (Source s : Source.values()) {
      long read = value(counts, s.id(), QualityMetrics.ROWS_READ);
      long rejected = value(counts, s.id(), QualityMetrics.ROWS_REJECTED);
      b.append(s.id()).append(' ').append(read).append(" read/").append(rejected).append(" rejected  ");
    }
    return b.toString().trim();
  }

  static long value(List<QualityRow> rows, String source, String metric) {
    return rows.stream()
        .filter(r -> r.source().equals(source) && r.metric().equals(metric))
        .mapToLong(QualityRow::value)
        .findFirst()
        .orElse(0L);
  }
}
