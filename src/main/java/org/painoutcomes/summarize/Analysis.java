package org.painoutcomes.summarize;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.derive.Assessments;
import org.painoutcomes.derive.Derivation;
import org.painoutcomes.derive.Derived;

/**
 * The summarize stage (SPEC 7.1, the flow counts of 7.3, the unscored counts of 7.4): lazy
 * Dataset transformations of what the derive stage persisted. No I/O.
 */
public final class Analysis {

  /**
   * The summaries of derived rows.
   *
   * @param enrollment accepted enrollment rows (SPEC 2.2 columns, typed)
   * @param derived the derive stage's result; the returned result closes it when closed
   */
  public static AnalysisResult summarize(Dataset<Row> enrollment, Derived derived, PipelineConfig config) {
    return new AnalysisResult(
        derived.changeRecords(),
        OutcomeChangeSummary.summarize(derived.changeRecords(), config),
        ParticipantFlowCounts.count(enrollment, derived.indexDates(), derived.baselines(), derived.changeRecords(), config),
        Assessments.unscoredCounts(derived.assessments()),
        derived);
  }

  /**
   * Derives and summarizes (the derive and summarize stages in one call) a small input, the
   * intermediates cached in memory as a small run has them ({@code config.RunScale}).
   *
   * @param enrollment accepted enrollment rows (SPEC 2.2 columns, typed)
   * @param attendance accepted attendance rows (SPEC 2.3 columns, typed)
   * @param outcomes accepted outcome rows (SPEC 2.4 columns, typed)
   */
  public static AnalysisResult run(
      Dataset<Row> enrollment, Dataset<Row> attendance, Dataset<Row> outcomes, PipelineConfig config) {
    Derived derived = Derivation.run(enrollment, attendance, outcomes, config, StorageLevel.MEMORY_AND_DISK());
    return summarize(enrollment, derived, config);
  }

  private Analysis() {}
}
