package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.PipelineException;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.QualityMetrics;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.summarize.QualityRow;

/**
 * Ingestion (SPEC 2): finds the sources, checks every header, reads and checks every record,
 * stops the run on an identifier-looking participant_id, applies the cross-row rules, and
 * accounts for every row read.
 */
public final class Ingestion {
  private final SparkSession spark;
  private final PipelineConfig config;

  public Ingestion(SparkSession spark, PipelineConfig config) {
    this.spark = spark;
    this.config = config;
  }

  /**
   * @throws org.painoutcomes.PipelineException a contract error (exit 65), or an input file that
   *     cannot be read to its end (exit 1)
   */
  public IngestResult run(String inputLocation) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<SourceFiles> sources = new SourceLocator(hadoop).locate(inputLocation);
    Map<String, HeaderLayout> layouts = new HeaderReader(hadoop).read(sources);
    try {
      return readAndCheck(sources, layouts);
    } catch (Exception e) { // a task's failure reaches here inside a SparkException (checked in Java)
      PipelineException unreadable = InputReadFailure.asRunError(e);
      if (unreadable != null) {
        throw unreadable;
      }
      throw e;
    }
  }

  private IngestResult readAndCheck(List<SourceFiles> sources, Map<String, HeaderLayout> layouts) {
    Map<Source, Dataset<Row>> staged = new EnumMap<>(Source.class);
    List<String> checks = new ArrayList<>();
    for (SourceFiles s : sources) {
      RuleCatalogue rules = RuleCatalogue.forSource(s.source(), config);
      rules.rules().forEach(r -> checks.add(r.id()));
      checks.addAll(rules.crossRowRules());
      staged.put(s.source(), ExtractReader.read(spark, s, layouts, rules).persist(StorageLevel.MEMORY_AND_DISK()));
    }
    for (SourceFiles s : sources) {
      IdentifierGuard.check(staged.get(s.source()));
    }

    Map<Source, Dataset<Row>> checked = new EnumMap<>(Source.class);
    Dataset<Row> enrollment = CrossRowRules.checkKeys(Source.ENROLLMENT, records(staged.get(Source.ENROLLMENT)));
    checked.put(Source.ENROLLMENT, enrollment.persist(StorageLevel.MEMORY_AND_DISK()));
    Dataset<Row> acceptedEnrollment = enrollment.filter(col(StagedSchema.REASON).isNull());
    for (Source source : List.of(Source.ATTENDANCE, Source.OUTCOMES)) {
      Dataset<Row> withParticipants =
          CrossRowRules.checkParticipants(source, records(staged.get(source)), acceptedEnrollment);
      checked.put(source, CrossRowRules.checkKeys(source, withParticipants).persist(StorageLevel.MEMORY_AND_DISK()));
    }

    List<InputFileStats> files = fileStats(sources, staged, layouts);
    List<QualityRow> counts = new ArrayList<>();
    Map<Source, Dataset<Row>> accepted = new EnumMap<>(Source.class);
    Dataset<Row> rejects = null;
    for (Source source : Source.values()) {
      Dataset<Row> c = checked.get(source);
      long read = files.stream().filter(f -> f.source().equals(source.id())).mapToLong(InputFileStats::rows).sum();
      counts.addAll(countRows(source, c, read));
      accepted.put(source, TypedRows.accepted(source, c));
      Dataset<Row> r = TypedRows.rejects(source, c);
      rejects = rejects == null ? r : rejects.unionByName(r);
    }
    staged.values().forEach(Dataset::unpersist);
    return new IngestResult(accepted, rejects, counts, files, checks);
  }

  private static Dataset<Row> records(Dataset<Row> staged) {
    return staged.filter(col(StagedSchema.LINE).gt(0));
  }

  private static List<InputFileStats> fileStats(
      List<SourceFiles> sources, Map<Source, Dataset<Row>> staged, Map<String, HeaderLayout> layouts) {
    List<InputFileStats> stats = new ArrayList<>();
    for (SourceFiles s : sources) {
      Map<String, Row> summaries = new HashMap<>();
      for (Row r : staged.get(s.source()).filter(col(StagedSchema.LINE).equalTo(0))
          .select(StagedSchema.FILE, StagedSchema.FILE_SHA256, StagedSchema.RECORD).collectAsList()) {
        summaries.put(r.getString(0), r);
      }
      for (InputFile f : s.files()) {
        Row r = summaries.get(f.name());
        stats.add(
            new InputFileStats(
                s.source().id(), f.name(), f.bytes(), f.modifiedMillis(), r.getString(1),
                Long.parseLong(r.getString(2)), layouts.get(f.name()).ignoredColumns()));
      }
    }
    return stats;
  }

  /** SPEC 7.4 counts of one source; fails the run unless rows read = accepted + rejected. */
  private static List<QualityRow> countRows(Source source, Dataset<Row> checked, long read) {
    Map<String, Long> byReason = new HashMap<>();
    for (Row r : checked.groupBy(col(StagedSchema.REASON)).count().collectAsList()) {
      byReason.put(r.isNullAt(0) ? null : r.getString(0), r.getLong(1));
    }
    long accepted = byReason.getOrDefault(null, 0L);
    long rejected = byReason.entrySet().stream().filter(e -> e.getKey() != null).mapToLong(Map.Entry::getValue).sum();
    if (read != accepted + rejected) {
      throw PipelineErrors.rowsUnaccounted(source.id(), read, accepted, rejected);
    }
    List<QualityRow> rows = new ArrayList<>();
    rows.add(new QualityRow(source.id(), QualityMetrics.ROWS_READ, read));
    rows.add(new QualityRow(source.id(), QualityMetrics.ROWS_ACCEPTED, accepted));
    rows.add(new QualityRow(source.id(), QualityMetrics.ROWS_REJECTED, rejected));
    for (ReasonCode code : ReasonCode.values()) {
      rows.add(new QualityRow(source.id(), code.metric(), byReason.getOrDefault(code.name(), 0L)));
    }
    return rows;
  }
}
