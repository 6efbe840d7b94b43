package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.Ascending$;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.NullsFirst$;
import org.apache.spark.sql.catalyst.expressions.SortOrder;
import org.apache.spark.sql.catalyst.plans.logical.RepartitionByExpression;
import org.apache.spark.sql.catalyst.plans.physical.HashPartitioning;
import org.apache.spark.sql.execution.LogicalRDD;
import org.painoutcomes.contract.CrossRowRule;
import org.painoutcomes.contract.Source;
import scala.Option;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The rules that look across rows (SPEC 2.5), applied to staged rows in reason-code order after
 * the row rules: UNKNOWN_PARTICIPANT and the attendance BAD_DATE_ORDER against the accepted
 * enrollments, then CONFLICT and DUPLICATE among the rows that passed every earlier check. Each
 * step sets {@code reason} only on rows that have none yet ({@link PartitionCheck} has the rules).
 *
 * <p>Every source is partitioned by participant_id into the same number of partitions, so a
 * partition holds all rows of its participants and their enrollments: each partition is checked
 * on its own, with no join and no sort. The result keeps the staged rows' partitioning, which the
 * analysis after relies on (it needs no other shuffle).
 */
public final class CrossRowRules {

  /**
   * The staged rows with every cross-row rule applied.
   *
   * @param staged a source's staged rows ({@link StagedSchema#of}), hash-partitioned by
   *     participant_id ({@code repartition(n, col("participant_id"))})
   * @param checkedEnrollment for a source checked against enrollment (KNOWN_PARTICIPANT): the
   *     enrollment's checked rows, partitioned the same way into as many partitions; null otherwise
   */
  public static Dataset<Row> check(Source source, Dataset<Row> staged, Dataset<Row> checkedEnrollment) {
    if (source.crossRowRules().contains(CrossRowRule.KNOWN_PARTICIPANT) != (checkedEnrollment != null)) {
      throw new IllegalArgumentException(source.id() + ": the checked enrollment is given if and only if it is checked against");
    }
    PartitionCheck check = new PartitionCheck(source, staged.schema());
    JavaRDD<InternalRow> rows = staged.queryExecution().toRdd().toJavaRDD();
    JavaRDD<InternalRow> checked;
    if (checkedEnrollment == null) {
      checked = rows.mapPartitions(it -> check.apply(it, null), true);
    } else {
      RDD<InternalRow> enrolled =
          checkedEnrollment
              .filter(col(StagedSchema.REASON).isNull())
              .select(col("participant_id"), col("enrollment_date"))
              .queryExecution()
              .toRdd();
      if (enrolled.getNumPartitions() != rows.getNumPartitions()) {
        throw new IllegalArgumentException(
            source.id() + ": " + rows.getNumPartitions() + " partitions against enrollment's " + enrolled.getNumPartitions());
      }
      checked = rows.zipPartitions(enrolled.toJavaRDD(), check::apply);
    }
    return partitionedLike(staged, checked.rdd());
  }

  /**
   * A Dataset of the given rows, with the staged rows' columns (the same attributes), their
   * partitioning by participant_id, which the rows keep (each partition was checked where it was),
   * and the order by participant_id that {@link PartitionCheck} leaves them in (a join on
   * participant_id then sorts neither side it reads from here). Both are stated, not taken from
   * the staged rows' plan: with adaptive execution (every large run) that plan does not report its
   * partitioning. The plan node is Spark's own for a Dataset over an RDD, as its checkpoint builds
   * it; its constructor is public in Spark's bytecode and the same in every supported version, and
   * jobs/spark-versions runs it on each.
   */
  private static Dataset<Row> partitionedLike(Dataset<Row> staged, RDD<InternalRow> rows) {
    var origin = (org.apache.spark.sql.classic.Dataset<Row>) staged;
    Seq<Attribute> output = origin.queryExecution().analyzed().output();
    Attribute participant =
        CollectionConverters.asJava(output).stream()
            .filter(a -> a.name().equals("participant_id"))
            .findFirst()
            .orElseThrow();
    if (!(origin.queryExecution().analyzed() instanceof RepartitionByExpression r)
        || r.numPartitions() != rows.getNumPartitions()
        || r.partitionExpressions().size() != 1
        || !r.partitionExpressions().head().semanticEquals(participant)) {
      throw new IllegalArgumentException("the staged rows are not repartitioned by participant_id alone");
    }
    Seq<Expression> by = CollectionConverters.asScala(List.<Expression>of(participant)).toList();
    SortOrder ascending =
        new SortOrder(participant, Ascending$.MODULE$, NullsFirst$.MODULE$, CollectionConverters.asScala(List.<Expression>of()).toList());
    LogicalRDD plan =
        new LogicalRDD(
            output, rows, new HashPartitioning(by, rows.getNumPartitions()),
            CollectionConverters.asScala(List.of(ascending)).toList(), false, Option.empty(),
            origin.sparkSession(), Option.empty(), Option.empty());
    return org.apache.spark.sql.classic.Dataset.ofRows(origin.sparkSession(), plan);
  }

  private CrossRowRules() {}
}
