package org.painoutcomes.summarize;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.derive.Assessments;
import org.painoutcomes.derive.ChangeRecords;
import org.painoutcomes.derive.Exposure;
import org.painoutcomes.derive.Timeline;

/**
 * The analysis stages (SPEC 3 to 7.1 and the flow counts of 7.3) wired together: lazy Dataset
 * transformations of the accepted, typed rows of ingestion. No I/O. The intermediates that
 * several tables read (scored assessments, index dates, baselines) are persisted on local disk so
 * that they are computed once; {@link AnalysisResult#release} lets them go.
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
   *     two summaries derive from, before writing them, and releases the result when done
   */
  public static AnalysisResult run(
      Dataset<Row> enrollment, Dataset<Row> attendance, Dataset<Row> outcomes, PipelineConfig config) {
    Dataset<Row> assessments = Assessments.score(outcomes).persist(StorageLevel.DISK_ONLY());
    Dataset<Row> indexDates = Timeline.indexDates(attendance).persist(StorageLevel.DISK_ONLY());
    Dataset<Row> dated = Timeline.onStudyDays(Assessments.scored(assessments), indexDates);
    Dataset<Row> baselines = Timeline.baselines(dated, config).persist(StorageLevel.DISK_ONLY());
    Dataset<Row> followUps = Timeline.followUps(dated, config);
    Dataset<Row> exposure = Exposure.participantExposure(attendance, config);
    Dataset<Row> changeRecords = ChangeRecords.build(enrollment, baselines, followUps, exposure, config);
    return new AnalysisResult(
        changeRecords,
        OutcomeChangeSummary.summarize(changeRecords, config),
        ParticipantFlowCounts.count(enrollment, indexDates, baselines, changeRecords, config),
        Assessments.unscoredCounts(assessments),
        List.of(assessments, indexDates, baselines));
  }

  private Analysis() {}
}
