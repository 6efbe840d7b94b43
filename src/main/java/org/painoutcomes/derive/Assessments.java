package org.painoutcomes.derive;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.painoutcomes.derive.AnalysisColumns.ANSWERED;
import static org.painoutcomes.derive.AnalysisColumns.ASSESSMENT_DATE;
import static org.painoutcomes.derive.AnalysisColumns.INSTRUMENT;
import static org.painoutcomes.derive.AnalysisColumns.PARTICIPANT_ID;
import static org.painoutcomes.derive.AnalysisColumns.SCORE;
import static org.painoutcomes.derive.AnalysisColumns.UNSCORED;
import static org.painoutcomes.derive.AnalysisColumns.VALUE;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.painoutcomes.contract.Instrument;

/**
 * Assessments and their scores (SPEC 3). An assessment is one (participant, instrument,
 * assessment_date) with its accepted item rows.
 */
public final class Assessments {

  private static final String ITEM_SUM = "item_sum";

  /**
   * Scores every assessment.
   *
   * @param outcomes accepted outcome rows: participant_id, assessment_date, instrument, item, value
   * @return one row per assessment: participant_id string, instrument string, assessment_date date,
   *     answered long (item rows present), score double (null when unscored)
   */
  public static Dataset<Row> score(Dataset<Row> outcomes) {
    return outcomes
        .groupBy(col(PARTICIPANT_ID), col(INSTRUMENT), col(ASSESSMENT_DATE))
        .agg(count(lit(1)).as(ANSWERED), sum(col(VALUE)).as(ITEM_SUM))
        .withColumn(SCORE, scoreExpression(col(INSTRUMENT), col(ANSWERED), col(ITEM_SUM)))
        .drop(ITEM_SUM);
  }

  /** The assessments that have a score: the only ones the timeline uses (SPEC 3). */
  public static Dataset<Row> scored(Dataset<Row> assessments) {
    return assessments.filter(col(SCORE).isNotNull());
  }

  /**
   * Unscored assessments per instrument, every accepted assessment counted whether or not its
   * participant attended (SPEC 3, 7.4 {@code unscored_<INSTRUMENT>}).
   *
   * @param assessments the output of {@link #score}
   * @return one row per instrument of the contract, zeros included: instrument string, unscored long
   */
  public static Dataset<Row> unscoredCounts(Dataset<Row> assessments) {
    StructType schema = new StructType().add(INSTRUMENT, DataTypes.StringType, false);
    List<Row> instruments =
        Arrays.stream(Instrument.values()).map(i -> RowFactory.create(i.name())).toList();
    Dataset<Row> all = assessments.sparkSession().createDataFrame(instruments, schema);
    Dataset<Row> counted =
        assessments
            .filter(col(SCORE).isNull())
            .groupBy(col(INSTRUMENT))
            .agg(count(lit(1)).as(UNSCORED));
    return all.join(counted, all.col(INSTRUMENT).equalTo(counted.col(INSTRUMENT)), "left")
        .select(all.col(INSTRUMENT), coalesce(counted.col(UNSCORED), lit(0L)).as(UNSCORED));
  }

  /** The score of an assessment from its item count and item sum, per instrument (SPEC 3). */
  static Column scoreExpression(Column instrument, Column answered, Column itemSum) {
    Column score = null;
    for (Instrument i : Instrument.values()) {
      Column branch = instrument.equalTo(i.name());
      Column value = scoreOf(i, answered, itemSum);
      score = score == null ? when(branch, value) : score.when(branch, value);
    }
    return score;
  }

  private static Column scoreOf(Instrument instrument, Column answered, Column itemSum) {
    int items = instrument.items().size();
    return switch (instrument) {
      // SPEC 3: the mean of PEG_1..PEG_3, all three needed.
      case PEG -> when(answered.equalTo(items), itemSum.divide(answered));
      // SPEC 3: 100 * sum / (5 * answered), at least 9 answered (one section may be skipped).
      case ODI ->
          when(
              answered.geq(items - 1),
              lit(100.0).multiply(itemSum).divide(lit(instrument.max().doubleValue()).multiply(answered)));
      // SPEC 3: single-item instruments; the key makes answered exactly 1.
      case NRS, PROMIS_PI, PROMIS_PF -> when(answered.equalTo(items), itemSum);
    };
  }

  private Assessments() {}
}
