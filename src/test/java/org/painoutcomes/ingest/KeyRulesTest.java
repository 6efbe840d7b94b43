package org.painoutcomes.ingest;

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
 * SPEC 2.5's DUPLICATE and CONFLICT on staged attendance rows made by hand, where the earliest row
 * of a key is earliest by file, then split, then line, and the rows reach the rules in another
 * order.
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
    // A key of one row.
    rows.add(row(0, 0, 12, null, "P3", "S1", "yoga", "30"));
    Dataset<Row> staged = SparkTestSession.get().createDataFrame(rows, SCHEMA);

    Map<String, String> reasons = new TreeMap<>();
    for (Row r : CrossRowRules.checkKeys(Source.ATTENDANCE, staged).collectAsList()) {
      String at = r.getInt(0) + "/" + r.getInt(1) + "/" + r.getLong(2);
      reasons.put(at, r.isNullAt(6) ? "kept" : r.getString(6));
    }

    assertThat(reasons)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "1/0/5", "DUPLICATE", "0/2/9", "DUPLICATE", "0/0/40", "kept", "0/0/3", "BAD_VALUE",
                "0/1/7", "DUPLICATE", "0/0/8", "kept",
                "0/0/11", "CONFLICT", "2/0/2", "CONFLICT", "1/0/6", "CONFLICT",
                "0/0/12", "kept"));
  }

  /** A staged attendance row: typed values set, the rest null. */
  private static Row row(int file, int split, long line, String reason, String participant, String session, String modality, String minutes) {
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
        case "session_date" -> values[i] = 20_000;
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
