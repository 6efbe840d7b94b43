package org.painoutcomes.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;

class ExactSumTest {

  private static final StructType VALUES = new StructType().add("v", DataTypes.DoubleType);

  /** Scores as SPEC 3 makes them: thirds (PEG), ninths (ODI), whole numbers and free decimals. */
  private static List<Double> scores(int n, long seed) {
    Random random = new Random(seed);
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          switch (i % 4) {
            case 0 -> random.nextInt(31) / 3.0;
            case 1 -> 100.0 * random.nextInt(46) / 45.0;
            case 2 -> (double) random.nextInt(11);
            default -> 10.0 + random.nextDouble() * 80.0;
          });
    }
    return out;
  }

  private static double sparkSum(List<Double> values, int partitions, long shuffleSeed) {
    Dataset<Row> rows =
        SparkTestSession.get()
            .createDataFrame(values.stream().map(v -> RowFactory.create(v)).toList(), VALUES)
            .orderBy(functions.rand(shuffleSeed))
            .repartition(partitions);
    Column[] parts = ExactSum.aggregates(functions.col("v"), "s");
    return rows.agg(parts[0], parts[1]).select(ExactSum.total("s")).first().getDouble(0);
  }

  @Test
  void theSumIsTheSameInAnyOrderAndWithinTheTruncationOfTheExactSum() {
    List<Double> values = scores(20_000, 11);
    BigDecimal exact = BigDecimal.ZERO;
    for (double v : values) {
      exact = exact.add(new BigDecimal(v));
    }
    double one = sparkSum(values, 1, 1);
    double seven = sparkSum(values, 7, 2);
    double thirteen = sparkSum(values, 13, 3);
    assertThat(seven).isEqualTo(one);
    assertThat(thirteen).isEqualTo(one);
    // Each value loses less than 2^-48 to truncation; the total is rounded to a double once.
    double bound = values.size() * 0x1p-48 + Math.ulp(exact.doubleValue());
    assertThat(one).isCloseTo(exact.doubleValue(), within(bound));
  }

  @Test
  void negativeValuesAndTheExtremesOfTheRangeSumExactly() {
    // Exactly representable in 48 fraction bits: the sum must be exact.
    List<Double> values = List.of(-127.5, 127.25, 100.0, 0.0, -0.0, 1.0 / 1024, -3.0, 0x1p-48);
    double expected = -127.5 + 127.25 + 100.0 - 3.0 + 1.0 / 1024 + 0x1p-48;
    assertThat(sparkSum(values, 3, 4)).isEqualTo(expected);
  }
}
