package org.painoutcomes.privacy;

import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * The public rows and how they are made from what suppression hid (SPEC 7.2, 7.3, 7.4, 7.5). The
 * records are this package's, and the public types they implement are sealed: no code outside
 * {@code privacy} can make a public row (docs/ARCHITECTURE.md, Public rows).
 */
final class PublicRows {

  record OutcomeChange(OutcomeChangeRow row, String suppressed) implements PublicOutcomeChangeRow {}

  record Flow(FlowRow row, boolean suppressed) implements PublicFlowRow {}

  record Quality(String source, String metric, Long value) implements PublicQualityRow {}

  record AdjustedEffect(
      String condition,
      String measure,
      String timepoint,
      String direction,
      String term,
      Double estimate,
      Double stdError,
      Double ciLow,
      Double ciHigh,
      Double pValue,
      Double qValue,
      boolean suppressed)
      implements PublicAdjustedEffectRow {}

  private PublicRows() {}

  /** The row as published, with n and every statistic null ({@code suppressed = "n"}). */
  static PublicOutcomeChangeRow nHidden(OutcomeChangeRow r) {
    return new OutcomeChange(
        new OutcomeChangeRow(
            r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint(), r.direction(),
            null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null),
        PublicOutcomeChangeRow.SUPPRESSED_N);
  }

  /** The row as published, with responder_n, responders, the rate and its interval null. */
  static PublicOutcomeChangeRow respondersHidden(OutcomeChangeRow r) {
    return new OutcomeChange(
        new OutcomeChangeRow(
            r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint(), r.direction(),
            r.n(), r.baselineMean(), r.followupMean(), r.changeMean(), r.changeSd(),
            r.changeCiLow(), r.changeCiHigh(), r.changeMedian(), r.changeP25(), r.changeP75(),
            r.srm(), r.pValue(), null, null, null, null, null),
        PublicOutcomeChangeRow.SUPPRESSED_RESPONDERS);
  }

  static PublicOutcomeChangeRow shown(OutcomeChangeRow r) {
    return new OutcomeChange(r, null);
  }

  static PublicFlowRow flow(FlowRow r, boolean hidden) {
    return hidden
        ? new Flow(new FlowRow(r.site(), r.condition(), r.stage(), r.measure(), r.timepoint(), null), true)
        : new Flow(r, false);
  }
}
