package org.painoutcomes.summarize;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.QualityMetrics;
import org.painoutcomes.contract.Source;
import org.painoutcomes.derive.Derived;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.tables.QualityRow;
import org.painoutcomes.tables.ParticipantFlowTable;

/**
 * The tables of one analysis run ({@link Analysis#summarize}): lazy, sharing the persisted
 * intermediates of the derive stage, which it owns: {@link #close} lets them go.
 *
 * @param changeRecords analysis/change_records (SPEC 6), columns as {@code ChangeRecords.columns}
 * @param outcomeChange summary/outcome_change (SPEC 7.1), columns as {@link OutcomeChangeRow#COLUMNS}
 * @param participantFlow summary/participant_flow (SPEC 7.3, 8), columns as {@link ParticipantFlowTable#COLUMNS}
 * @param unscoredCounts instrument string, unscored long: one row per instrument, zeros included (SPEC 3)
 * @param derived the derive stage's persisted result the tables read
 */
public record AnalysisResult(
    Dataset<Row> changeRecords,
    Dataset<Row> outcomeChange,
    Dataset<Row> participantFlow,
    Dataset<Row> unscoredCounts,
    Derived derived)
    implements AutoCloseable {

  /** Lets go of the persisted intermediates, once every table has been computed. */
  @Override
  public void close() {
    derived.close();
  }

  /** The quality/summary metric of an instrument's unscored assessments (SPEC 7.4). */
  public static String unscoredMetric(Instrument instrument) {
    return QualityMetrics.unscored(instrument);
  }

  /** Collects {@link #unscoredCounts} per instrument, every instrument present (0 when none). */
  public Map<Instrument, Long> collectUnscoredCounts() {
    Map<Instrument, Long> counts = new EnumMap<>(Instrument.class);
    for (Instrument i : Instrument.values()) {
      counts.put(i, 0L);
    }
    for (Row r : unscoredCounts.collectAsList()) {
      Instrument i = Instrument.byCode(r.getString(0));
      if (i != null) {
        counts.put(i, r.getLong(1));
      }
    }
    return counts;
  }

  /** The {@code unscored_<INSTRUMENT>} rows of quality/summary for source outcomes, in instrument order. */
  public List<QualityRow> unscoredQualityRows() {
    return collectUnscoredCounts().entrySet().stream()
        .map(e -> new QualityRow(Source.OUTCOMES.id(), unscoredMetric(e.getKey()), e.getValue()))
        .toList();
  }
}
