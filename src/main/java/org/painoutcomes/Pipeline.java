package org.painoutcomes;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Source;
import org.painoutcomes.ingest.IngestResult;
import org.painoutcomes.ingest.Ingestion;
import org.painoutcomes.io.Manifest;
import org.painoutcomes.io.Publisher;
import org.painoutcomes.io.TableWriter;
import org.painoutcomes.io.Versions;
import org.painoutcomes.ingest.InputFileStats;
import org.painoutcomes.io.LocalFolderUpload;
import org.painoutcomes.privacy.PublicTables;
import org.painoutcomes.report.ReportData;
import org.painoutcomes.report.ReportWriter;
import org.painoutcomes.report.RunFacts;
import org.painoutcomes.summarize.Analysis;
import org.painoutcomes.summarize.AnalysisResult;
import org.painoutcomes.summarize.FlowRow;
import org.painoutcomes.summarize.OutcomeChangeRow;
import org.painoutcomes.summarize.OutcomeChangeTable;
import org.painoutcomes.summarize.ParticipantFlowTable;
import org.painoutcomes.summarize.QualityRow;
import org.painoutcomes.summarize.QualityTables;
import org.apache.spark.storage.StorageLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

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
    try {
      return runStages(options);
    } finally {
      // What the run cached (checked rows, intermediates, change records) goes with it, also
      // when it failed, in ingestion or after: a session that runs again (a test, a notebook)
      // keeps no heap or disk for it.
      spark.catalog().clearCache();
    }
  }

  private Manifest runStages(RunOptions options) {
    Instant started = Instant.now();
    Manifest manifest = new Manifest(options.runId(), started, options.input(), options.output());
    manifest.configuration(config.asProperties()).put("versions", Versions.of(spark.version()));
    log.start();

    IngestResult ingest = new Ingestion(spark, config).run(options.input());
    log.done("ingest", ingestSummary(ingest.counts()));
    manifest.inputs(ingest.files()).put("checks", ingest.checks());

    Path output = new Path(options.output());
    FileSystem fs = fileSystem(output);
    Publisher publisher = Publisher.forOutput(fs, output, options.runId());
    manifest.publish(publisher);
    publisher.prepare();
    try {
      TableWriter writer = new TableWriter(publisher.staging(), config.parquetCompression());
      // Persisted: the sort's sampling and its shuffle would otherwise each scan every checked row.
      Dataset<Row> rejects = ingest.rejects().persist(StorageLevel.DISK_ONLY());
      write(writer, manifest, "quality/rejects", rejects.orderBy("source", "file", "line"), false);
      rejects.unpersist();

      AnalysisResult analysis =
          Analysis.run(
              ingest.accepted(Source.ENROLLMENT), ingest.accepted(Source.ATTENDANCE), ingest.accepted(Source.OUTCOMES), config);
      // On local disk like the other intermediates: held in the heap, uncompressed (see
      // SparkDefaults), 7.6M records at 1,000,000 participants took 1.9 GB of it.
      Dataset<Row> changeRecords = analysis.changeRecords().persist(StorageLevel.DISK_ONLY());
      // At most one file per core: the records are computed in their own partitions, many and
      // small (56 files of 2 MB at 1,000,000 participants), and merged only as they are written.
      write(writer, manifest, "analysis/change_records", changeRecords.coalesce(spark.sparkContext().defaultParallelism()), false);
      List<QualityRow> quality = new ArrayList<>(ingest.counts());
      quality.addAll(analysis.unscoredQualityRows());
      write(writer, manifest, "quality/summary", QualityTables.toDataset(spark, quality), true);
      log.done("derive", manifest.tables().get("analysis/change_records") + " change records");

      List<OutcomeChangeRow> outcomeChange = OutcomeChangeTable.toRows(analysis.outcomeChange());
      List<FlowRow> flow = ParticipantFlowTable.toRows(analysis.participantFlow());
      changeRecords.unpersist();
      analysis.release();
      write(writer, manifest, "summary/outcome_change", OutcomeChangeTable.toDataset(spark, outcomeChange), true);
      write(writer, manifest, "summary/participant_flow", ParticipantFlowTable.toDataset(spark, flow), true);
      log.done("summarize", outcomeChange.size() + " outcome_change rows, " + flow.size() + " flow rows");

      PublicTables published = PublicTables.of(outcomeChange, flow, quality, config.suppressionThreshold());
      write(writer, manifest, "public/outcome_change", OutcomeChangeTable.toPublicDataset(spark, published.outcomeChange()), true);
      write(writer, manifest, "public/participant_flow", ParticipantFlowTable.toPublicDataset(spark, published.flow()), true);
      manifest.put("suppression", suppressionSummary(published));
      log.done("suppress", published.suppression().total() + " cells hidden in " + published.suppression().passes() + " passes, audit clean");

      ReportData report = new ReportData(runFacts(options, started, ingest), config, published.outcomeChange(), published.flow(), published.quality());
      LocalFolderUpload.write(fs, new Path(publisher.staging(), "report"), dir -> ReportWriter.write(report, dir));
      afterTableWritten.accept("report");
      log.done("report", "report/index.html and 3 CSV files");

      manifest.finish(Manifest.STATUS_SUCCEEDED, Instant.now());
      manifest.write(fs, new Path(publisher.staging(), Manifest.FILE_NAME));
      afterTableWritten.accept(Manifest.FILE_NAME);
      publisher.publish();
      log.done("publish", publisher.publishedFolder().toString());
      return manifest;
    } catch (IOException e) {
      publisher.abandon();
      throw PipelineErrors.outputUnwritable(options.output(), e);
    } catch (Exception e) { // also a SparkException (checked in Java terms): staging must go too
      publisher.abandon();
      throw e;
    }
  }

  private static Map<String, Object> suppressionSummary(PublicTables published) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cells_hidden_by_rule", published.suppression().asManifestEntries());
    m.put("passes", published.suppression().passes());
    m.put("audit_cells_checked", published.audit().cellsChecked());
    m.put("audit_relations_checked", published.audit().relationsChecked());
    m.put("audit_violations", published.audit().violations().size());
    m.put("audit_residual_sums", published.audit().residualRisks().size());
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

  private void write(TableWriter writer, Manifest manifest, String table, Dataset<Row> rows, boolean small) {
    manifest.table(table, writer.write(table, rows, small));
    afterTableWritten.accept(table);
  }

  private FileSystem fileSystem(Path output) {
    try {
      return output.getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw PipelineErrors.outputUnwritable(output.toString(), e);
    }
  }

  private static String ingestSummary(List<QualityRow> counts) {
    StringBuilder b = new StringBuilder();
    for (Source s : Source.values()) {
      long read = value(counts, s.id(), "rows_read");
      long rejected = value(counts, s.id(), "rows_rejected");
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
