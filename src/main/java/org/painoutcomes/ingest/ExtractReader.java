package org.painoutcomes.ingest;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.CollectionAccumulator;
import org.painoutcomes.contract.Source;

/**
 * Reads a source's splits into staged rows (see {@link StagedSchema}), one task per split,
 * applying the row rules of the {@link RuleCatalogue} as each record is parsed. The CSV rules of
 * SPEC 2.1 (line numbers, where a broken record ends and reading resumes, invalid UTF-8) need a
 * parser of their own, which Spark's CSV reader is not.
 */
public final class ExtractReader {

  /**
   * The staged rows of the splits (lazy). Each split, once read to its end, adds its {@link
   * SplitSummary} to {@code summaries}; a split read again (a task retried) adds the same one again.
   */
  static Dataset<Row> read(
      SparkSession spark, Source source, List<FileSplit> splits, RuleCatalogue rules,
      CollectionAccumulator<SplitSummary> summaries) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConfHolder> conf = jsc.broadcast(new HadoopConfHolder(jsc.hadoopConfiguration()));
    StagedRowBuilder builder = new StagedRowBuilder(rules);
    JavaRDD<InternalRow> rows =
        jsc.parallelize(splits, Math.max(1, splits.size()))
            .mapPartitions(it -> new TaskRows(it, builder, conf.value(), summaries));
    // Rows in Spark's own form (catalyst rows, strings as UTF8String), not as Row objects that
    // createDataFrame converts one value at a time: that conversion took a sixth of the reading
    // tasks' time (docs/PERFORMANCE.md, change 39). internalCreateDataFrame is what createDataFrame
    // calls after converting; it is private to Spark's sql package in Scala but public in its
    // bytecode, and jobs/spark-versions runs it on every Spark version the project supports.
    return ((org.apache.spark.sql.classic.SparkSession) spark).internalCreateDataFrame(rows.rdd(), StagedSchema.of(source), false);
  }

  /** The rows of every split of a partition, one split after another. */
  private static final class TaskRows implements Iterator<InternalRow> {
    private final Iterator<FileSplit> splits;
    private final StagedRowBuilder builder;
    private final HadoopConfHolder conf;
    private final CollectionAccumulator<SplitSummary> summaries;
    private Iterator<InternalRow> current = Collections.emptyIterator();

    TaskRows(
        Iterator<FileSplit> splits, StagedRowBuilder builder, HadoopConfHolder conf,
        CollectionAccumulator<SplitSummary> summaries) {
      this.splits = splits;
      this.builder = builder;
      this.conf = conf;
      this.summaries = summaries;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && splits.hasNext()) {
        current = new SplitRowIterator(splits.next(), builder, conf.get(), summaries);
      }
      return current.hasNext();
    }

    @Override
    public InternalRow next() {
      hasNext();
      return current.next();
    }
  }

  private ExtractReader() {}
}
