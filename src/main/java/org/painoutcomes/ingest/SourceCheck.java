package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.expressions.SortOrder;
import org.apache.spark.sql.execution.columnar.InMemoryRelation;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The step of ingestion that reads and checks every record (SPEC 2.1 to 2.5): plans the files'
 * splits, reads and checks the three sources (in one Spark job on a small input), and reads again,
 * whole, any file whose splits did not line up.
 *
 * <p>The files are read in splits in parallel (see {@link FileSplit}), each source is partitioned
 * once by participant_id (which serves the cross-row rules, checked partition by partition in
 * {@link CrossRowRules}, and the analysis after), and the checked rows are cached with the raw
 * record kept only on rejects. What the parser counted (rows read, the identifier guard, digests)
 * comes back from the splits as {@link SplitSummary}s.
 */
record SourceCheck(SparkSession spark, PipelineConfig config, StorageLevel cacheLevel) {
  private static final Logger LOG = LoggerFactory.getLogger(SourceCheck.class);

  /**
   * Input bytes per partition of the cross-row shuffle. The analysis keeps this partitioning (by
   * participant_id), so it also sizes the analysis' tasks: 32 MiB of CSV is about 600k rows, which
   * the cross-row rules hold in memory while they check their partition (some 100 to 150 MiB).
   */
  private static final long BYTES_PER_PARTITION = 32L << 20;

  /**
   * The checked rows of every source (read from their cache), their counts per reason, what the
   * splits reported (the files' layouts), and the cached Datasets to unpersist.
   */
  record Checked(
      Map<Source, Dataset<Row>> rows, Map<Source, Map<String, Long>> byReason, Map<Source, SplitLayout> read,
      List<Dataset<Row>> cached) {
    void unpersist() {
      cached.forEach(Dataset::unpersist);
    }
  }

  /** Reads and checks every source; the returned rows are cached (the caller unpersists them). */
  Checked run(List<SourceFiles> sources, Map<String, HeaderLayout> layouts, Map<Source, RuleCatalogue> rules) {
    SplitPlanner planner = new SplitPlanner(splitBytes(sources));
    Map<Source, List<FileSplit>> plans = new EnumMap<>(Source.class);
    for (SourceFiles s : sources) {
      plans.put(s.source(), planner.plan(s, layouts));
    }
    Checked checked = check(sources, plans, rules);
    if (replanMisaligned(sources, layouts, plans, checked.read())) {
      checked.unpersist();
      checked = check(sources, plans, rules);
    }
    return checked;
  }

  /**
   * Reads and checks every source: the counts per reason are the action. A small run does it in
   * one job; with adaptive execution (a large run) each source's shuffle is a job of its own, run
   * as its checked rows are planned.
   */
  private Checked check(List<SourceFiles> sources, Map<Source, List<FileSplit>> plans, Map<Source, RuleCatalogue> rules) {
    CollectionAccumulator<SplitSummary> summaries = spark.sparkContext().collectionAccumulator("split summaries");
    Map<Source, Dataset<Row>> rows = new EnumMap<>(Source.class);
    List<Dataset<Row>> cached = new ArrayList<>();
    Map<Source, Map<String, Long>> byReason = new EnumMap<>(Source.class);
    sources.forEach(s -> byReason.put(s.source(), new HashMap<>()));
    boolean counted = false;
    try {
      Dataset<Row> checkedEnrollment = null;
      Dataset<Row> reasons = null;
      // Every source in the same number of partitions by participant_id: the cross-row rules check
      // each partition on its own (a participant's rows and enrollment are in it), and the joins
      // and windows of the analysis need no other shuffle.
      int partitions = partitions(sources);
      for (SourceFiles s : sources) {
        Source source = s.source();
        Dataset<Row> staged =
            ExtractReader.read(spark, source, plans.get(source), rules.get(source), summaries)
                .repartition(partitions, col("participant_id"));
        Dataset<Row> c = CrossRowRules.check(source, staged, source == Source.ENROLLMENT ? null : checkedEnrollment);
        // Only rejects show their raw record: accepted rows need not hold it in memory.
        // A large input's rows go to local disk, not the heap: the analysis after reads these rows
        // a few times, and its joins and aggregations need the heap's execution memory (at 1M
        // participants they fail with UNABLE_TO_ACQUIRE_MEMORY in a 4 GiB heap when these hold its
        // storage memory). The exact decimals served DUPLICATE and CONFLICT only: not kept.
        c = c.withColumn(StagedSchema.RECORD, when(col(StagedSchema.REASON).isNotNull(), col(StagedSchema.RECORD)))
            .drop(StagedSchema.exactColumns(source).toArray(String[]::new))
            .persist(cacheLevel);
        cached.add(c);
        c = fromCache(c);
        rows.put(source, c);
        if (source == Source.ENROLLMENT) {
          checkedEnrollment = c;
        }
        Dataset<Row> r = countByReason(source, c);
        reasons = reasons == null ? r : reasons.union(r);
      }
      for (Row r : reasons.collectAsList()) {
        Map<String, Long> counts = byReason.get(Source.values()[r.getInt(0)]);
        counts.put(null, r.getLong(1));
        for (ReasonCode code : ReasonCode.values()) {
          counts.put(code.name(), r.getLong(2 + code.ordinal()));
        }
      }
      counted = true;
    } finally {
      if (!counted) { // a file that cannot be read: what was cached of the others goes too
        cached.forEach(Dataset::unpersist);
      }
    }
    Map<Source, SplitLayout> read = new EnumMap<>(Source.class);
    List<SplitSummary> reported = summaries.value();
    for (SourceFiles s : sources) {
      read.put(s.source(), new SplitLayout(s.files(), reportedFor(plans.get(s.source()), reported)));
    }
    return new Checked(rows, byReason, read, cached);
  }

  /**
   * A cached Dataset whose plan is its cache itself. A query that uses a source's rows twice (a
   * join of a participant's rows with their own aggregate) gets a renewed copy of the second
   * occurrence's leaf, and Spark does not recognise the checked rows' plan above a renewed leaf as
   * cached: it would read and check them again. A renewed cache relation reads the same cache.
   *
   * <p>The relation states no order of its own: the rows' order by participant_id stays what its
   * scan reports (so a join on participant_id need not sort them), but it is not carried into the
   * plans built on them, where Spark 4 fails to canonicalize a cached plan whose order names a
   * column the plan projected away ("key not found").
   */
  private Dataset<Row> fromCache(Dataset<Row> persisted) {
    var cached = (InMemoryRelation) persisted.queryExecution().withCachedData();
    var relation = new InMemoryRelation(cached.output(), cached.cacheBuilder(), CollectionConverters.asScala(List.<SortOrder>of()).toList());
    relation.statsOfPlanToCache_$eq(cached.statsOfPlanToCache()); // as Spark's own copies of it do
    return org.apache.spark.sql.classic.Dataset.ofRows((org.apache.spark.sql.classic.SparkSession) spark, relation);
  }

  /**
   * One row: the source's ordinal, its rows without a reason, then its rows per reason code in
   * declaration order. Counted without a grouping key: grouped by the source's name and the
   * reason (two strings a row), the 56M checked rows of 1,000,000 participants took 11 s of CPU
   * (docs/PERFORMANCE.md, change 43). A reason outside the codes is counted nowhere, and {@link
   * RowAccounts} then fails the run.
   */
  private static Dataset<Row> countByReason(Source source, Dataset<Row> checked) {
    Column reason = col(StagedSchema.REASON);
    List<Column> counts = new ArrayList<>();
    counts.add(lit(source.ordinal()).as("source"));
    counts.add(count(when(reason.isNull(), lit(1))));
    for (ReasonCode code : ReasonCode.values()) {
      counts.add(count(when(reason.equalTo(code.name()), lit(1))));
    }
    return checked.select(counts.toArray(Column[]::new));
  }

  /** The summaries of one source's splits (file indices are per source). */
  private static List<SplitSummary> reportedFor(List<FileSplit> plan, List<SplitSummary> reported) {
    // Every split of a plan is one of its files, and files of different sources share indices, so
    // the reported summaries are matched to the plan's own (file, split) pairs.
    Set<String> own = new HashSet<>();
    plan.forEach(p -> own.add(p.file().path() + "\u0000" + p.index()));
    List<SplitSummary> out = new ArrayList<>();
    for (SplitSummary s : reported) {
      if (own.contains(s.path() + "\u0000" + s.split())) {
        out.add(s);
      }
    }
    return out;
  }

  /** Plans the files whose splits did not line up as one split each; true if there were any. */
  private static boolean replanMisaligned(
      List<SourceFiles> sources, Map<String, HeaderLayout> layouts, Map<Source, List<FileSplit>> plans,
      Map<Source, SplitLayout> read) {
    boolean any = false;
    for (SourceFiles s : sources) {
      List<InputFile> misaligned = read.get(s.source()).misaligned();
      if (misaligned.isEmpty()) {
        continue;
      }
      any = true;
      misaligned.forEach(
          f -> LOG.info("{}: its splits did not line up (a quoted field spans a split's first line end); reading it again as one split", f.name()));
      List<FileSplit> plan = new ArrayList<>();
      for (FileSplit split : plans.get(s.source())) {
        if (!misaligned.contains(split.file())) {
          plan.add(split);
        }
      }
      misaligned.forEach(f -> plan.add(FileSplit.whole(f, layouts.get(f.name()))));
      plans.put(s.source(), plan);
    }
    return any;
  }

  private long splitBytes(List<SourceFiles> sources) {
    long total = SourceFiles.bytes(sources);
    var conf = spark.sessionState().conf();
    return SplitPlanner.splitBytes(
        total, spark.sparkContext().defaultParallelism(), conf.filesMaxPartitionBytes(), conf.filesOpenCostInBytes());
  }

  /** Partitions of the cross-row shuffle: one per 32 MiB of the largest source, at least one per core. */
  private int partitions(List<SourceFiles> sources) {
    long largest = sources.stream().mapToLong(SourceFiles::bytes).max().orElse(0);
    long wanted = (largest + BYTES_PER_PARTITION - 1) / BYTES_PER_PARTITION;
    return (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(10_000, wanted));
  }
}
