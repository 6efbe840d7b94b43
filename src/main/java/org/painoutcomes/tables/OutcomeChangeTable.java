package org.painoutcomes.tables;

import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Conversions between the outcome_change Dataset (SPEC 7.1, 8) and {@link OutcomeChangeRow}s, for
 * the steps that work on the small collected table (suppression).
 */
public final class OutcomeChangeTable {

  /** The schema of outcome_change: labels string, counts long, statistics double. */
  public static final StructType SCHEMA = schema();

  /** The schema of public/outcome_change (SPEC 7.2): the columns of outcome_change plus {@code suppressed}. */
  public static final StructType PUBLIC_SCHEMA = SCHEMA.add("suppressed", DataTypes.StringType, true);

  /** Orders rows by grouping, group, condition, measure, timepoint (code point order). */
  public static final Comparator<OutcomeChangeRow> KEY_ORDER =
      Comparator.comparing(OutcomeChangeRow::grouping)
          .thenComparing(OutcomeChangeRow::group)
          .thenComparing(OutcomeChangeRow::condition)
          .thenComparing(OutcomeChangeRow::measure)
          .thenComparing(OutcomeChangeRow::timepoint);

  /** Collects an outcome_change Dataset (columns by name) into rows in {@link #KEY_ORDER}. */
  public static List<OutcomeChangeRow> toRows(Dataset<Row> outcomeChange) {
    Dataset<Row> ordered =
        outcomeChange.select(OutcomeChangeRow.COLUMNS.stream().map(functions::col).toArray(Column[]::new));
    return ordered.collectAsList().stream().map(OutcomeChangeTable::fromRow).sorted(KEY_ORDER).toList();
  }

  /** Builds an outcome_change Dataset with {@link #SCHEMA} from rows. */
  public static Dataset<Row> toDataset(SparkSession spark, List<OutcomeChangeRow> rows) {
    return SparkRows.dataset(spark, SCHEMA, rows, OutcomeChangeTable::values);
  }

  /** The improvement columns (23 to 25) are not read: they follow from direction and the change columns. */
  static OutcomeChangeRow fromRow(Row r) {
    return new OutcomeChangeRow(
        r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
        (Long) r.get(6),
        (Double) r.get(7), (Double) r.get(8), (Double) r.get(9), (Double) r.get(10), (Double) r.get(11),
        (Double) r.get(12), (Double) r.get(13), (Double) r.get(14), (Double) r.get(15), (Double) r.get(16),
        (Double) r.get(17),
        (Long) r.get(18), (Long) r.get(19),
        (Double) r.get(20), (Double) r.get(21), (Double) r.get(22));
  }

  /** A row's values in column order, the improvement columns included. */
  public static Object[] values(OutcomeChangeRow o) {
    return new Object[] {
        o.grouping(), o.group(), o.condition(), o.measure(), o.timepoint(), o.direction(), o.n(),
        o.baselineMean(), o.followupMean(), o.changeMean(), o.changeSd(), o.changeCiLow(),
        o.changeCiHigh(), o.changeMedian(), o.changeP25(), o.changeP75(), o.srm(), o.pValue(),
        o.responderN(), o.responders(), o.responderRate(), o.responderCiLow(), o.responderCiHigh(),
        o.improvementMean(), o.improvementCiLow(), o.improvementCiHigh()};
  }

  private static StructType schema() {
    StructType s = new StructType();
    for (int i = 0; i < OutcomeChangeRow.COLUMNS.size(); i++) {
      String name = OutcomeChangeRow.COLUMNS.get(i);
      s = s.add(name, typeOf(name), i >= 6);
    }
    return s;
  }

  private static DataType typeOf(String column) {
    int i = OutcomeChangeRow.COLUMNS.indexOf(column);
    if (i < 6) {
      return DataTypes.StringType;
    }
    return List.of("n", "responder_n", "responders").contains(column) ? DataTypes.LongType : DataTypes.DoubleType;
  }

  private OutcomeChangeTable() {}
}
