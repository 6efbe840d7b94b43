package org.painoutcomes.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a source's files into staged rows (see {@link StagedSchema}), one task per file, applying
 * the row rules of the {@link RuleCatalogue} as each record is parsed. The CSV rules of SPEC 2.1
 * (line numbers, where a broken record ends and reading resumes, invalid UTF-8) need a parser of
 * their own, which Spark's CSV reader is not.
 */
public final class ExtractReader {

  /** A file to read with the layout of its header. */
  record FileTask(InputFile file, HeaderLayout layout) implements java.io.Serializable {}

  public static Dataset<Row> read(
      SparkSession spark, SourceFiles source, Map<String, HeaderLayout> layouts, RuleCatalogue rules) {
    List<FileTask> tasks = new ArrayList<>();
    for (InputFile f : source.files()) {
      tasks.add(new FileTask(f, layouts.get(f.name())));
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<HadoopConfHolder> conf = jsc.broadcast(new HadoopConfHolder(jsc.hadoopConfiguration()));
    StagedRowBuilder builder = new StagedRowBuilder(rules);
    JavaRDD<Row> rows =
        jsc.parallelize(tasks, Math.max(1, tasks.size()))
            .mapPartitions(it -> new TaskRows(it, builder, conf.value()));
    return spark.createDataFrame(rows, StagedSchema.of(source.source()));
  }

  /** The rows of every file of a partition, one file after another. */
  private static final class TaskRows implements Iterator<Row> {
    private final Iterator<FileTask> tasks;
    private final StagedRowBuilder builder;
    private final HadoopConfHolder conf;
    private Iterator<Row> current = java.util.Collections.emptyIterator();

    TaskRows(Iterator<FileTask> tasks, StagedRowBuilder builder, HadoopConfHolder conf) {
      this.tasks = tasks;
      this.builder = builder;
      this.conf = conf;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && tasks.hasNext()) {
        FileTask t = tasks.next();
        current = new FileRowIterator(t.file(), t.layout(), builder, conf.get());
      }
      return current.hasNext();
    }

    @Override
    public Row next() {
      hasNext();
      return current.next();
    }
  }

  private ExtractReader() {}
}
