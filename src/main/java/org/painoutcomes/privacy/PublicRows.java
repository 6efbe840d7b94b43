package org.painoutcomes.privacy;

import org.painoutcomes.summarize.FlowRow;
import org.painoutcomes.summarize.OutcomeChangeRow;
import org.painoutcomes.summarize.PublicFlowRow;
import org.painoutcomes.summarize.PublicOutcomeChangeRow;

/** Makes the public form of a row from what suppression hid in it (SPEC 7.2, 7.3). */
final class PublicRows {

  private PublicRows() {}

  /** The row as published, with n and every statistic null ({@code suppressed = "n"}). */
  static PublicOutcomeChangeRow nHidden(OutcomeChangeRow r) {
    return new PublicOutcomeChangeRow(
        new OutcomeChangeRow(
            r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint(), r.direction(),
            null, null, null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null),
        PublicOutcomeChangeRow.SUPPRESSED_N);
  }

  /** The row as published, with responder_n, responders, the rate and its interval null. */
  static PublicOutcomeChangeRow respondersHidden(OutcomeChangeRow r) {
    return new PublicOutcomeChangeRow(
        new OutcomeChangeRow(
            r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint(), r.direction(),
            r.n(), r.baselineMean(), r.followupMean(), r.changeMean(), r.changeSd(),
            r.changeCiLow(), r.changeCiHigh(), r.changeMedian(), r.changeP25(), r.changeP75(),
            r.srm(), r.pValue(), null, null, null, null, null),
        PublicOutcomeChangeRow.SUPPRESSED_RESPONDERS);
  }

  static PublicOutcomeChangeRow shown(OutcomeChangeRow r) {
    return new PublicOutcomeChangeRow(r, null);
  }

  static PublicFlowRow flow(FlowRow r, boolean hidden) {
    return hidden
        ? new PublicFlowRow(
            new FlowRow(r.site(), r.condition(), r.stage(), r.measure(), r.timepoint(), null), true)
        : new PublicFlowRow(r, false);
  }
}
