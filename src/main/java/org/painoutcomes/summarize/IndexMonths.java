package org.painoutcomes.summarize;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.derive.AnalysisColumns;

/**
 * Participants by calendar month of their index date (SPEC 4): restricted, never published as
 * it stands. The report states only the first and last month holding at least the suppression
 * threshold of them ({@code report.StudyPeriod}), so no count and no participant's date leaves.
 */
public final class IndexMonths {
  public static final String MONTH = "month";
  public static final String PARTICIPANTS = "participants";

  private IndexMonths() {}

  /**
   * @param indexDates participant_id, index_date ({@code derive.Timeline.indexDates})
   * @return month string {@code YYYY-MM}, participants long
   */
  public static Dataset<Row> byMonth(Dataset<Row> indexDates) {
    return indexDates
        .groupBy(date_format(col(AnalysisColumns.INDEX_DATE), "yyyy-MM").as(MONTH))
        .agg(count(lit(1)).as(PARTICIPANTS));
  }

  /** Collects {@link #byMonth} rows, months in order. */
  public static Map<YearMonth, Long> collect(Dataset<Row> months) {
    Map<YearMonth, Long> out = new TreeMap<>();
    for (Row r : months.collectAsList()) {
      out.put(YearMonth.parse(r.getString(0)), r.getLong(1));
    }
    return out;
  }
}
