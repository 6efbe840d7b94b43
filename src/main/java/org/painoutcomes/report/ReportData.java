package org.painoutcomes.report;

import java.util.List;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.summarize.PublicAdjustedEffectRow;
import org.painoutcomes.summarize.PublicFlowRow;
import org.painoutcomes.summarize.PublicOutcomeChangeRow;
import org.painoutcomes.summarize.QualityRow;

/**
 * Everything the evaluators' report is made from: only PUBLIC (already suppressed) tables, the
 * run's facts and its configuration. Row order does not matter: the report sorts.
 *
 * @param run run id, start time, version and input files
 * @param config responder rules, suppression threshold, modalities, conditions, bands, timepoints
 * @param outcomeChange public/outcome_change (SPEC 7.2): hidden values null, with what was hidden
 * @param flow public/participant_flow (SPEC 7.3): participants null where suppressed
 * @param quality the public view of quality/summary (SPEC 7.4): value null where suppressed
 * @param adjustedEffects public/adjusted_effects (SPEC 7.5): statistics null where suppressed
 */
public record ReportData(
    RunFacts run,
    PipelineConfig config,
    List<PublicOutcomeChangeRow> outcomeChange,
    List<PublicFlowRow> flow,
    List<QualityRow> quality,
    List<PublicAdjustedEffectRow> adjustedEffects) {

  public ReportData {
    outcomeChange = List.copyOf(outcomeChange);
    flow = List.copyOf(flow);
    quality = List.copyOf(quality);
    adjustedEffects = List.copyOf(adjustedEffects);
  }

  /** Report data without adjusted effects (a run that fitted no model). */
  public ReportData(
      RunFacts run, PipelineConfig config, List<PublicOutcomeChangeRow> outcomeChange, List<PublicFlowRow> flow,
      List<QualityRow> quality) {
    this(run, config, outcomeChange, flow, quality, List.of());
  }
}
