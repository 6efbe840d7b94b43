package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.contract.Source;

/**
 * SPEC 2.5's cross-row rules on staged attendance rows made by hand: UNKNOWN_PARTICIPANT and
 * BAD_DATE_ORDER against the accepted enrollments, then DUPLICATE and CONFLICT among the rows left,
 * where the earliest row of a key is earliest by file, then split, then line, and the rows reach
 * the rules in another order.
 */
class KeyRulesTest {
  private static final StructType SCHEMA = StagedSchema.of(Source.ATTENDANCE);

  @Test
  void theEarliestByFileSplitAndLineIsKeptAndADifferenceMakesEveryRowAConflict() {
    List<Row> rows = new ArrayList<>();
    // Key (P1, S1, yoga), all alike: three files' and splits' worth; (file 0, split 0, line 40) is first.
    rows.add(row(1, 0, 5, null, "P1", "S1", "yoga", "30"));
    rows.add(row(0, 2, 9, null, "P1", "S1", "yoga", "30"));
    rows.add(row(0, 0, 40, null, "P1", "S1", "yoga", "30"));
    // The same key with a reason already: not compared, not changed, even though it differs.
    rows.add(row(0, 0, 3, "BAD_VALUE", "P1", "S1", "yoga", "45"));
    // Key (P1, S1, tai_chi), alike: (file 0, split 0, line 8) is before (file 0, split 1, line 7).
    rows.add(row(0, 1, 7, null, "P1", "S1", "tai_chi", "30"));
    rows.add(row(0, 0, 8, null, "P1", "S1", "tai_chi", "30"));
    // Key (P2, S1, yoga): one value differs, so all three are CONFLICT.
    rows.add(row(0, 0, 11, null, "P2", "S1", "yoga", "30"));
    rows.add(row(2, 0, 2, null, "P2", "S1", "yoga", "45"));
    rows.add(row(1, 0, 6, null, "P2", "S1", "yoga", "30"));
    // A key of one row once the row before P3's enrollment (BAD_DATE_ORDER) is left out.
    rows.add(row(0, 0, 12, null, "P3", "S1", "yoga", "30"));
    rows.add(row(0, 0, 13, null, "P3", "S1", "yoga", "45", ENROLLED - 1));
    // P3 on the day of enrollment: not before it.
    rows.add(row(0, 0, 14, null, "P3", "S2", "yoga", "30", ENROLLED));
    // P4 has no accepted enrollment (P5's has a reason): every row of theirs is UNKNOWN_PARTICIPANT,
    // the same row twice included, and a row with a reason keeps it.
    rows.add(row(0, 0, 15, null, "P4", "S1", "yoga", "30"));
    rows.add(row(0, 0, 16, null, "P4", "S1", "yoga", "30"));
    rows.add(row(0, 0, 17, "BAD_VALUE", "P4", "S2", "yoga", "30"));
    rows.add(row(0, 0, 18, null, "P5", "S1", "yoga", "30"));
    // A row without a participant_id (it broke a row rule): kept as it is, and ordered first.
    rows.add(row(0, 0, 19, "MISSING_REQUIRED", null, "S1", "yoga", "30"));
    var spark = SparkTestSession.get();
    Dataset<Row> staged = spark.createDataFrame(rows, SCHEMA).repartition(3, col("participant_id"));
    Dataset<Row> enrollment = enrollmentRows(List.of("P1", "P2", "P3", "P5"), "P5");

    Dataset<Row> checked = CrossRowRules.check(Source.ATTENDANCE, staged, enrollment);
    // The Dataset states that each partition is in participant_id order (a null first): so it is.
    for (List<Row> partition : checked.select("participant_id").toJavaRDD().glom().collect()) {
      List<String> ids = partition.stream().map(r -> r.isNullAt(0) ? "" : r.getString(0)).toList();
      assertThat(ids).isSorted();
    }
    Map<String, String> reasons = new TreeMap<>();
    for (Row r : checked.collectAsList()) {
      String at = r.getInt(0) + "/" + r.getInt(1) + "/" + r.getLong(2);
      String column = r.isNullAt(7) ? "" : " " + r.getString(7);
      reasons.put(at, r.isNullAt(6) ? "kept" : r.getString(6) + column);
    }

    assertThat(reasons)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("1/0/5", "DUPLICATE"), Map.entry("0/2/9", "DUPLICATE"), Map.entry("0/0/40", "kept"),
                Map.entry("0/0/3", "BAD_VALUE"),
                Map.entry("0/1/7", "DUPLICATE"), Map.entry("0/0/8", "kept"),
                Map.entry("0/0/11", "CONFLICT"), Map.entry("2/0/2", "CONFLICT"), Map.entry("1/0/6", "CONFLICT"),
                Map.entry("0/0/12", "kept"), Map.entry("0/0/13", "BAD_DATE_ORDER session_date"),
                Map.entry("0/0/14", "kept"),
                Map.entry("0/0/15", "UNKNOWN_PARTICIPANT participant_id"),
                Map.entry("0/0/16", "UNKNOWN_PARTICIPANT participant_id"),
                Map.entry("0/0/17", "BAD_VALUE"),
                Map.entry("0/0/18", "UNKNOWN_PARTICIPANT participant_id"),
                Map.entry("0/0/19", "MISSING_REQUIRED")));
  }

  @Test
  void theCheckedRowsKeepTheirPartitioningWithAdaptiveExecution() {
    // A large run has adaptive execution on, and then the staged rows' plan reports no
    // partitioning: the checked rows must still say theirs, or every query of the analysis
    // shuffles them again by participant_id (docs/PERFORMANCE.md, change 47).
    var spark = SparkTestSession.get();
    spark.conf().set("spark.sql.adaptive.enabled", "true");
    try {
      Dataset<Row> staged =
          spark.createDataFrame(List.of(row(0, 0, 1, null, "P1", "S1", "yoga", "30")), SCHEMA)
              .repartition(3, col("participant_id"));
      Dataset<Row> checked = CrossRowRules.check(Source.ENROLLMENT, enrollmentRows(List.of("P1"), null), null);
      Dataset<Row> joined =
          CrossRowRules.check(Source.ATTENDANCE, staged, checked).join(checked, "participant_id");
      assertThat(joined.count()).isEqualTo(1);
      String plan = joined.queryExecution().executedPlan().toString();
      assertThat(plan).contains("SortMergeJoin").doesNotContain("Exchange").doesNotContain("Sort [");
    } finally {
      spark.conf().set("spark.sql.adaptive.enabled", "false");
    }
  }

  /**
   * Staged enrollment rows of the given participants, partitioned as the tests' attendance: each
   * accepted but the one given a reason (BAD_VALUE), if any.
   */
  private static Dataset<Row> enrollmentRows(List<String> participants, String rejected) {
    StructType schema = StagedSchema.of(Source.ENROLLMENT);
    List<Row> rows = new ArrayList<>();
    for (String p : participants) {
      Object[] values = new Object[schema.size()];
      values[0] = 0;
      values[1] = 0;
      values[2] = (long) rows.size() + 1;
      values[schema.fieldIndex(StagedSchema.REASON)] = p.equals(rejected) ? "BAD_VALUE" : null;
      values[schema.fieldIndex("participant_id")] = p;
      values[schema.fieldIndex("enrollment_date")] = ENROLLED;
      rows.add(RowFactory.create(values));
    }
    return SparkTestSession.get().createDataFrame(rows, schema).repartition(3, col("participant_id"));
  }

  /** Every enrollment_date here (days since 1970-01-01); sessions are on day 20,000 unless given. */
  private static final int ENROLLED = 19_000;

  private static Row row(int file, int split, long line, String reason, String participant, String session, String modality, String minutes) {
    return row(file, split, line, reason, participant, session, modality, minutes, 20_000);
  }

  /** A staged attendance row: typed values set, the rest null. */
  private static Row row(
      int file, int split, long line, String reason, String participant, String session, String modality, String minutes,
      int date) {
    Object[] values = new Object[SCHEMA.size()];
    values[0] = file;
    values[1] = split;
    values[2] = line;
    for (int i = 0; i < values.length; i++) {
      StructField f = SCHEMA.fields()[i];
      switch (f.name()) {
        case StagedSchema.REASON -> values[i] = reason;
        case "participant_id" -> values[i] = participant;
        case "session_id" -> values[i] = session;
        case "modality" -> values[i] = modality;
        case "session_date" -> values[i] = date;
        case "visit_type" -> values[i] = "group";
        case "attended" -> values[i] = true;
        case "minutes" -> values[i] = number(f, minutes);
        case "minutes_exact" -> values[i] = minutes;
        default -> { }
      }
    }
    return RowFactory.create(values);
  }

  /** A number as the staged schema types it (not a ternary: that would make every one a double). */
  private static Object number(StructField f, String text) {
    if (f.dataType() == DataTypes.DoubleType) {
      return Double.parseDouble(text);
    }
    return Long.parseLong(text);
  }
}
