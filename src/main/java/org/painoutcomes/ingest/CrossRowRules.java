package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.painoutcomes.contract.CrossRowRule;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.contract.ValueType;

/**
 * The rules that look across rows (SPEC 2.5), applied to staged rows in reason-code order after
 * the row rules: UNKNOWN_PARTICIPANT and the attendance BAD_DATE_ORDER against the accepted
 * enrollments, then DUPLICATE and CONFLICT among the rows that passed every earlier check. Each
 * step sets {@code reason} only on rows that have none yet.
 */
public final class CrossRowRules {
  private static final String ENROLLED_ON = "_enrolled_on";

  /**
   * Checks against the accepted enrollments (participant_id, enrollment_date as staged days).
   *
   * @param broadcastEnrollment whether the accepted enrollments are small enough to send whole to
   *     every task, so that the staged rows are joined where they are rather than sorted for it
   */
  public static Dataset<Row> checkParticipants(
      Source source, Dataset<Row> staged, Dataset<Row> acceptedEnrollment, boolean broadcastEnrollment) {
    Dataset<Row> known =
        acceptedEnrollment.select(col("participant_id").as("_pid"), col("enrollment_date").as(ENROLLED_ON));
    if (broadcastEnrollment) {
      known = broadcast(known);
    }
    Dataset<Row> joined =
        staged.join(known, staged.col("participant_id").equalTo(known.col("_pid")), "left_outer");
    Column pending = col(StagedSchema.REASON).isNull();
    Column unknown = pending.and(col("_pid").isNull());
    CrossRowRule enrolled = CrossRowRule.KNOWN_PARTICIPANT;
    Column reason = when(unknown, lit(enrolled.reason().name()));
    Column column = when(unknown, lit(enrolled.column()));
    CrossRowRule order = CrossRowRule.SESSION_NOT_BEFORE_ENROLLMENT;
    if (source.crossRowRules().contains(order)) {
      Column early = pending.and(col("_pid").isNotNull()).and(col(order.column()).lt(col(ENROLLED_ON)));
      reason = reason.when(early, lit(order.reason().name()));
      column = column.when(early, lit(order.column()));
    }
    return joined
        // Both in one step: each is decided from the reason as it stood before this check.
        .withColumns(
            java.util.Map.of(
                StagedSchema.REASON, reason.otherwise(col(StagedSchema.REASON)),
                StagedSchema.REASON_COLUMN, column.otherwise(col(StagedSchema.REASON_COLUMN))))
        .drop("_pid", ENROLLED_ON);
  }

  /**
   * SPEC 2.5: among rows still without a reason, rows of one key are compared on their typed
   * contract values. All identical: the earliest (file order, then line) is kept and the rest are
   * DUPLICATE. Any difference: every row of the key is CONFLICT. (file_index, split, line) is that
   * order whether or not lines have been made physical yet (see {@link StagedSchema}).
   */
  public static Dataset<Row> checkKeys(Source source, Dataset<Row> staged) {
    // The key's own columns first: the sort's prefix is then participant_id's first bytes, which
    // tell rows apart, rather than a boolean that does not.
    List<Column> key = new ArrayList<>();
    source.key().forEach(k -> key.add(col(k)));
    key.add(col(StagedSchema.REASON).isNull().as("_eligible"));
    // One frame, the whole key, for all three aggregates: each key's rows are aggregated once and
    // need no order among themselves. The earliest row is the one at the least position.
    WindowSpec wholeKey = Window.partitionBy(key.toArray(Column[]::new));
    Column typed = struct(comparedColumns(source).toArray(Column[]::new));
    Column position = struct(col(StagedSchema.FILE_INDEX), col(StagedSchema.SPLIT), col(StagedSchema.LINE));
    Column pending = col(StagedSchema.REASON).isNull();
    Column conflict = pending.and(not(min(typed).over(wholeKey).eqNullSafe(max(typed).over(wholeKey))));
    Column duplicate = pending.and(not(min(position).over(wholeKey).equalTo(position)));
    return staged
        .withColumn(
            StagedSchema.REASON,
            when(conflict, lit(ReasonCode.CONFLICT.name()))
                .when(duplicate, lit(ReasonCode.DUPLICATE.name()))
                .otherwise(col(StagedSchema.REASON)));
  }

  private static Column not(Column c) {
    return org.apache.spark.sql.functions.not(c);
  }

  /**
   * The typed contract values that can differ within a key, with a number's exact decimal in place
   * of its double. The key's own columns are equal on every row of the window by its partitioning,
   * so they are left out: at 1,000,000 participants each row's struct was copied and compared for
   * min and max with them in (docs/PERFORMANCE.md, change 38). A number in the key stays: its
   * doubles can be equal where its decimals are not.
   */
  private static List<Column> comparedColumns(Source source) {
    List<Column> cols = new ArrayList<>();
    for (org.painoutcomes.contract.Column c : source.columns()) {
      if (c.type() == ValueType.NUMBER) {
        cols.add(col(c.name() + StagedSchema.EXACT_SUFFIX));
      } else if (!source.key().contains(c.name())) {
        cols.add(col(c.name()));
      }
    }
    return cols;
  }

  private CrossRowRules() {}
}
