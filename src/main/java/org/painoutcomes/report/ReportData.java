package org.painoutcomes.report;

import java.util.List;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.privacy.PublicAdjustedEffectRow;
import org.painoutcomes.privacy.PublicFlowRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;
import org.painoutcomes.privacy.PublicQualityRow;

/**
 * Everything the evaluators' report is made from: only PUBLIC (already suppressed) tables, the
 * run's facts and its configuration. Row order does not matter: the report sorts.
 *
 * @param run run id, start time, version and input files
 * @param config responder rules, suppression threshold, modalities, conditions, bands, timepoints
 * @param outcomeChange public/outcome_change (SPEC 7.2): hidden values null, with what was hidden
 * @param flow public/participant_flow (SPEC 7.3): participants null where suppressed
 * @param quality the public view of quality/summary (SPEC 7.4): value null where suppressed
 * @param period the months the index dates cover, public-safe ({@link StudyPeriod}); null when
 *     no month reaches the threshold or the caller does not know
 * @param adjustedEffects public/adjusted_effects (SPEC 7.5): statistics null where suppressed
 */
public record ReportData(
    RunFacts run,
    PipelineConfig config,
    List<PublicOutcomeChangeRow> outcomeChange,
    List<PublicFlowRow> flow,
    List<PublicQualityRow> quality,
    StudyPeriod period,
    List<PublicAdjustedEffectRow> adjustedEffects) {

  public ReportData {
    outcomeChange = List.copyOf(outcomeChange);
    flow = List.copyOf(flow);
    quality = List.copyOf(quality);
    adjustedEffects = List.copyOf(adjustedEffects);
  }

  /** Without a period or adjusted effects: the summary says the period cannot be given. */
  public ReportData(
      RunFacts run, PipelineConfig config, List<PublicOutcomeChangeRow> outcomeChange, List<PublicFlowRow> flow,
      List<PublicQualityRow> quality) {
    this(run, config, outcomeChange, flow, quality, null, List.of());
  }
}
