package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.EnumMap;
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
import org.painoutcomes.contract.Source;
import org.painoutcomes.tables.QualityRow;
import org.painoutcomes.io.InputFileStats;

/**
 * Ingestion (SPEC 2), in the steps it takes: finds the sources ({@link SourceLocator}), checks
 * every header ({@link HeaderReader}), reads and checks every record ({@link SourceCheck}: one
 * Spark job on a small input), stops the run on an identifier-looking participant_id ({@link
 * IdentifierGuard}), accounts for every row read ({@link RowAccounts}), and hands on the accepted
 * typed rows and the rejects ({@link TypedRows}, {@link RawRecords}).
 *
 * @param cacheLevel where the checked rows are cached while the run reads them (local disk for a
 *     large input, see {@link SourceCheck})
 */
public record Ingestion(SparkSession spark, PipelineConfig config, StorageLevel cacheLevel) {

  public Ingestion(SparkSession spark, PipelineConfig config) {
    this(spark, config, StorageLevel.DISK_ONLY());
  }

  /** The source files at the input location (SPEC 2). */
  public List<SourceFiles> locate(String inputLocation) {
    return new SourceLocator(spark.sparkContext().hadoopConfiguration()).locate(inputLocation);
  }

  /**
   * @throws org.painoutcomes.PipelineException a contract error (exit 65), or an input file that
   *     cannot be read to its end (exit 1)
   */
  public IngestResult run(String inputLocation) {
    return run(locate(inputLocation));
  }

  /** As {@link #run(String)}, on sources already located; the result owns what it cached. */
  public IngestResult run(List<SourceFiles> sources) {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Map<String, HeaderLayout> layouts = new HeaderReader(hadoop).read(sources);
    try {
      return readAndCheck(sources, layouts);
    } catch (Exception e) { // a task's failure reaches here inside a SparkException (checked in Java)
      PipelineException known = PipelineErrors.translate(e, null);
      if (known != null) {
        throw known;
      }
      throw e;
    }
  }

  private IngestResult readAndCheck(List<SourceFiles> sources, Map<String, HeaderLayout> layouts) {
    Map<Source, RuleCatalogue> rules = new EnumMap<>(Source.class);
    List<String> checks = new ArrayList<>();
    for (SourceFiles s : sources) {
      RuleCatalogue r = RuleCatalogue.forSource(s.source(), config);
      r.rules().forEach(rule -> checks.add(rule.id()));
      checks.addAll(r.crossRowRules());
      rules.put(s.source(), r);
    }
    SourceCheck.Checked checked = new SourceCheck(spark, config, cacheLevel).run(sources, layouts, rules);
    boolean handedOn = false;
    try {
      for (SourceFiles s : sources) {
        IdentifierGuard.check(checked.read().get(s.source()));
      }
      List<InputFileStats> files = RowAccounts.fileStats(sources, checked.read(), layouts);
      List<QualityRow> counts = new ArrayList<>();
      Map<Source, Dataset<Row>> accepted = new EnumMap<>(Source.class);
      Dataset<Row> rejects = null;
      for (SourceFiles s : sources) {
        Source source = s.source();
        Dataset<Row> c = checked.rows().get(source);
        counts.addAll(RowAccounts.countRows(source, checked.byReason().get(source), files));
        accepted.put(source, TypedRows.accepted(source, c));
        SplitLayout layout = checked.read().get(source);
        // Only the columns a reject shows: the typed values need not be read back from the cache.
        Dataset<Row> rejected =
            RawRecords.fill(c.filter(col(StagedSchema.REASON).isNotNull()).select(StagedSchema.metaColumns()), s.files());
        Dataset<Row> r = TypedRows.rejects(source, rejected, layout.fileName(), layout.physicalLine());
        rejects = rejects == null ? r : rejects.unionByName(r);
      }
      IngestResult result = new IngestResult(accepted, rejects, counts, files, checks, checked.cached());
      handedOn = true;
      return result;
    } finally {
      if (!handedOn) { // the identifier guard or the row accounts stopped the run: nothing stays cached
        checked.unpersist();
      }
    }
  }
}
