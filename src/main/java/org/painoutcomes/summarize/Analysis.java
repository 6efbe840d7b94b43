package org.painoutcomes.summarize;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.derive.Assessments;
import org.painoutcomes.derive.ChangeRecords;
import org.painoutcomes.derive.Exposure;
import org.painoutcomes.derive.Timeline;

/**
 * The analysis stages (SPEC 3 to 7.1 and the flow counts of 7.3) wired together: pure,
 * lazy Dataset transformations of the accepted, typed rows of ingestion. No I/O.
 */
public final class Analysis {

  /**
   * Derives every analysis table.
   *
   * @param enrollment accepted enrollment rows (SPEC 2.2 columns, typed)
   * @param attendance accepted attendance rows (SPEC 2.3 columns, typed)
   * @param outcomes accepted outcome rows (SPEC 2.4 columns, typed)
   * @param config the run's configuration
   * @return the tables; the caller may persist {@link AnalysisResult#changeRecords()}, which the
   *     two summaries derive from, before writing them
   */
  public static AnalysisResult run(
      Dataset<Row> enrollment, Dataset<Row> attendance, Dataset<Row> outcomes, PipelineConfig config) {
    Dataset<Row> assessments = Assessments.score(outcomes);
    Dataset<Row> indexDates = Timeline.indexDates(attendance);
    Dataset<Row> dated = Timeline.onStudyDays(Assessments.scored(assessments), indexDates);
    Dataset<Row> baselines = Timeline.baselines(dated, config);
    Dataset<Row> followUps = Timeline.followUps(dated, config);
    Dataset<Row> exposure = Exposure.participantExposure(attendance, config);
    Dataset<Row> changeRecords = ChangeRecords.build(enrollment, baselines, followUps, exposure, config);
    return new AnalysisResult(
        changeRecords,
        OutcomeChangeSummary.summarize(changeRecords, config),
        ParticipantFlowCounts.count(enrollment, indexDates, baselines, changeRecords, config),
        Assessments.unscoredCounts(assessments));
  }

  private Analysis() {}
}
