package org.painoutcomes.privacy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.tables.AdjustedEffectsTable;
import org.painoutcomes.tables.OutcomeChangeTable;
import org.painoutcomes.tables.ParticipantFlowTable;
import org.painoutcomes.tables.SparkRows;

/**
 * The public tables as Datasets (SPEC 7.2, 7.3, 7.5, 8), under the schemas {@code tables}
 * declares: the restricted table's values and {@code suppressed}. Here, not in {@code tables},
 * because only this package's types are public rows.
 */
public final class PublicDatasets {

  public static Dataset<Row> outcomeChange(SparkSession spark, List<PublicOutcomeChangeRow> rows) {
    return SparkRows.dataset(
        spark, OutcomeChangeTable.PUBLIC_SCHEMA, rows, p -> SparkRows.plus(OutcomeChangeTable.values(p.row()), p.suppressed()));
  }

  public static Dataset<Row> participantFlow(SparkSession spark, List<PublicFlowRow> rows) {
    return SparkRows.dataset(
        spark, ParticipantFlowTable.PUBLIC_SCHEMA, rows, p -> SparkRows.plus(ParticipantFlowTable.values(p.row()), p.suppressed()));
  }

  public static Dataset<Row> adjustedEffects(SparkSession spark, List<PublicAdjustedEffectRow> rows) {
    return SparkRows.dataset(
        spark, AdjustedEffectsTable.PUBLIC_SCHEMA, rows,
        r -> new Object[] {
            r.condition(), r.measure(), r.timepoint(), r.direction(), r.term(), r.estimate(), r.stdError(),
            r.ciLow(), r.ciHigh(), r.pValue(), r.qValue(), r.suppressed()});
  }

  private PublicDatasets() {}
}
