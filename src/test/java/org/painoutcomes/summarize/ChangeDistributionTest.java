package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import scala.collection.Seq;
import scala.jdk.javaapi.CollectionConverters;

class ChangeDistributionTest {

  /** Distinct values in ascending order with their counts, as CellStatistics collects them. */
  private static Seq<Row> changes(TreeMap<Double, Long> counts) {
    List<Row> rows = new ArrayList<>();
    counts.forEach((value, count) -> rows.add(RowFactory.create(value, count)));
    return CollectionConverters.asScala(rows).toSeq();
  }

  private static TreeMap<Double, Long> of(double... valueCountPairs) {
    TreeMap<Double, Long> m = new TreeMap<>();
    for (int i = 0; i < valueCountPairs.length; i += 2) {
      m.put(valueCountPairs[i], (long) valueCountPairs[i + 1]);
    }
    return m;
  }

  @Test
  void figuresWorkedOutByHand() {
    // The values 1, 2, 4, 4 (4 counted twice).
    Seq<Row> c = changes(of(1.0, 1, 2.0, 1, 4.0, 2));
    assertThat(ChangeDistribution.sum(c)).isEqualTo(11.0);
    // Mean 2.75: 1.75^2 + 0.75^2 + 2 * 1.25^2 = 3.0625 + 0.5625 + 3.125.
    assertThat(ChangeDistribution.squaredDeviations(c, 2.75)).isEqualTo(6.75);
    assertThat(ChangeDistribution.squaredDeviations(c, null)).isNull();
    // Positions p * 3: the median at 1.5, halfway between 2 and 4.
    assertThat(ChangeDistribution.percentile(c, 0.5)).isEqualTo(3.0);
    // 0.75: a quarter of 1 and three quarters of 2.
    assertThat(ChangeDistribution.percentile(c, 0.25)).isEqualTo(1.75);
    // 2.25: between the two 4s.
    assertThat(ChangeDistribution.percentile(c, 0.75)).isEqualTo(4.0);
    assertThat(ChangeDistribution.percentile(changes(of(-3.5, 7)), 0.25)).isEqualTo(-3.5);
    assertThat(ChangeDistribution.percentile(changes(of()), 0.5)).isNull();
    assertThat(ChangeDistribution.sum(changes(of()))).isEqualTo(0.0);
  }

  /**
   * The percentiles are those of Spark's exact percentile aggregate weighted by the counts (what
   * the outcome_change table used before), to the bit, on cells of random changes and counts.
   */
  @Test
  void percentilesAreThoseOfSparksPercentileAggregate() {
    var spark = SparkTestSession.get();
    Random random = new Random(7);
    StructType schema =
        new StructType().add("cell", DataTypes.IntegerType).add("value", DataTypes.DoubleType).add("count", DataTypes.LongType);
    List<Row> rows = new ArrayList<>();
    List<TreeMap<Double, Long>> cells = new ArrayList<>();
    for (int cell = 0; cell < 60; cell++) {
      TreeMap<Double, Long> counts = new TreeMap<>();
      int distinct = 1 + random.nextInt(cell < 30 ? 4 : 300);
      while (counts.size() < distinct) {
        // Changes as scores make them: ninths, thirds, whole numbers and free decimals.
        double value = switch (random.nextInt(4)) {
          case 0 -> (random.nextInt(181) - 90) / 9.0;
          case 1 -> (random.nextInt(61) - 30) / 3.0;
          case 2 -> random.nextInt(21) - 10.0;
          default -> random.nextDouble() * 40.0 - 20.0;
        };
        counts.put(value, 1L + random.nextInt(cell % 3 == 0 ? 1 : 50));
      }
      cells.add(counts);
      final int id = cell;
      counts.forEach((v, n) -> rows.add(RowFactory.create(id, v, n)));
    }
    List<Row> spark7 =
        spark.createDataFrame(rows, schema)
            .groupBy("cell")
            .agg(functions.percentile(functions.col("value"), functions.array(functions.lit(0.5), functions.lit(0.25), functions.lit(0.75)), functions.col("count")))
            .orderBy("cell")
            .collectAsList();
    assertThat(spark7).hasSize(60);
    for (Row r : spark7) {
      Seq<Row> c = changes(cells.get(r.getInt(0)));
      List<Double> expected = r.getList(1);
      assertThat(List.of(ChangeDistribution.percentile(c, 0.5), ChangeDistribution.percentile(c, 0.25), ChangeDistribution.percentile(c, 0.75)))
          .as("cell %d", r.getInt(0))
          .isEqualTo(expected);
    }
  }
}
