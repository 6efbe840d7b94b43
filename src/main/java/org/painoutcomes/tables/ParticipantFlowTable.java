package org.painoutcomes.tables;

import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Conversions between the participant_flow Dataset (SPEC 7.3, 8) and {@link FlowRow}s, for the
 * steps that work on the small collected table (suppression).
 */
public final class ParticipantFlowTable {

  /** The columns of summary/participant_flow, in table order. */
  public static final List<String> COLUMNS = List.of("site", "condition", "stage", "measure", "timepoint", "participants");

  /** The schema of summary/participant_flow; measure, timepoint and participants nullable. */
  public static final StructType SCHEMA =
      new StructType()
          .add(COLUMNS.get(0), DataTypes.StringType, false)
          .add(COLUMNS.get(1), DataTypes.StringType, false)
          .add(COLUMNS.get(2), DataTypes.StringType, false)
          .add(COLUMNS.get(3), DataTypes.StringType, true)
          .add(COLUMNS.get(4), DataTypes.StringType, true)
          .add(COLUMNS.get(5), DataTypes.LongType, true);

  /** The schema of public/participant_flow (SPEC 7.3): participants null where {@code suppressed} is true. */
  public static final StructType PUBLIC_SCHEMA = SCHEMA.add("suppressed", DataTypes.BooleanType, false);

  /** Orders rows by site, condition, stage, measure, timepoint (code point order, nulls first). */
  public static final Comparator<FlowRow> KEY_ORDER =
      Comparator.comparing(FlowRow::site)
          .thenComparing(FlowRow::condition)
          .thenComparing(FlowRow::stage)
          .thenComparing(FlowRow::measure, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(FlowRow::timepoint, Comparator.nullsFirst(Comparator.naturalOrder()));

  /** Collects a participant_flow Dataset (columns by name) into rows in {@link #KEY_ORDER}. */
  public static List<FlowRow> toRows(Dataset<Row> participantFlow) {
    return participantFlow.selectExpr(COLUMNS.toArray(String[]::new)).collectAsList().stream()
        .map(
            r ->
                new FlowRow(
                    r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4), (Long) r.get(5)))
        .sorted(KEY_ORDER)
        .toList();
  }

  /** Builds a participant_flow Dataset with {@link #SCHEMA} from rows. */
  public static Dataset<Row> toDataset(SparkSession spark, List<FlowRow> rows) {
    return SparkRows.dataset(spark, SCHEMA, rows, ParticipantFlowTable::values);
  }

  /** A row's values in column order. */
  public static Object[] values(FlowRow f) {
    return new Object[] {f.site(), f.condition(), f.stage(), f.measure(), f.timepoint(), f.participants()};
  }

  private ParticipantFlowTable() {}
}
