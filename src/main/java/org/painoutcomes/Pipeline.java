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
import org.painoutcomes.io.OutputPublisher;
import org.painoutcomes.io.TableWriter;
import org.painoutcomes.io.Versions;
import org.painoutcomes.summarize.QualityRow;
import org.painoutcomes.summarize.QualityTables;

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
    Instant started = Instant.now();
    Manifest manifest = new Manifest(options.runId(), started, options.input(), options.output());
    manifest.configuration(config.asProperties()).put("versions", Versions.of(spark.version()));
    log.start();

    IngestResult ingest = new Ingestion(spark, config).run(options.input());
    log.done("ingest", ingestSummary(ingest.counts()));
    manifest.inputs(ingest.files()).put("checks", ingest.checks());

    Path output = new Path(options.output());
    FileSystem fs = fileSystem(output);
    OutputPublisher publisher = new OutputPublisher(fs, output, options.runId());
    publisher.prepare();
    try {
      TableWriter writer = new TableWriter(publisher.staging(), config.parquetCompression());
      List<QualityRow> quality = ingest.counts();
      write(writer, manifest, "quality/summary", QualityTables.toDataset(spark, quality), true);
      write(writer, manifest, "quality/rejects", ingest.rejects().orderBy("source", "file", "line"), false);
      log.done("write", manifest.tables().size() + " tables");

      manifest.finish(Manifest.STATUS_SUCCEEDED, Instant.now());
      manifest.write(fs, new Path(publisher.staging(), Manifest.FILE_NAME));
      afterTableWritten.accept(Manifest.FILE_NAME);
      publisher.publish();
      log.done("publish", options.output());
      return manifest;
    } catch (IOException e) {
      publisher.abandon();
      throw PipelineErrors.outputUnwritable(options.output(), e);
    } catch (Exception e) { // also a SparkException (checked in Java terms): staging must go too
      publisher.abandon();
      throw e;
    }
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
