package org.painoutcomes.report;

import org.painoutcomes.contract.Instrument;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;
import org.painoutcomes.privacy.PublicRowsForTests;

/** Builds public/outcome_change rows for tests: shown, suppressed "n" or suppressed "responders". */
final class OutcomeRowBuilder {
  private final String grouping;
  private final String group;
  private final String condition;
  private final String measure;
  private final String timepoint;
  private Long n;
  private Double baselineMean;
  private Double followupMean;
  private Double changeMean;
  private Double changeCiLow;
  private Double changeCiHigh;
  private Long responderN;
  private Long responders;
  private Double rate;
  private Double rateLow;
  private Double rateHigh;

  private OutcomeRowBuilder(String grouping, String group, String condition, String measure, String timepoint) {
    this.grouping = grouping;
    this.group = group;
    this.condition = condition;
    this.measure = measure;
    this.timepoint = timepoint;
  }

  static OutcomeRowBuilder row(String grouping, String group, String condition, String measure, String timepoint) {
    return new OutcomeRowBuilder(grouping, group, condition, measure, timepoint);
  }

  /** n and the mean change with its interval; baseline and follow-up means are made to agree. */
  OutcomeRowBuilder change(long n, double mean, double low, double high) {
    this.n = n;
    this.changeMean = mean;
    this.changeCiLow = low;
    this.changeCiHigh = high;
    this.baselineMean = 50.0;
    this.followupMean = 50.0 + mean;
    return this;
  }

  OutcomeRowBuilder responders(long evaluable, long responders, double rate, double low, double high) {
    this.responderN = evaluable;
    this.responders = responders;
    this.rate = rate;
    this.rateLow = low;
    this.rateHigh = high;
    return this;
  }

  /** The row as published with nothing hidden. */
  PublicOutcomeChangeRow shown() {
    return PublicRowsForTests.outcome(make(false, false), null);
  }

  /** The row with n and every statistic hidden (SPEC 7.2 rule 1). */
  PublicOutcomeChangeRow suppressedN() {
    return PublicRowsForTests.outcome(make(true, true), PublicOutcomeChangeRow.SUPPRESSED_N);
  }

  /** The row with its responder counts hidden (SPEC 7.2 rule 2). */
  PublicOutcomeChangeRow suppressedResponders() {
    return PublicRowsForTests.outcome(make(false, true), PublicOutcomeChangeRow.SUPPRESSED_RESPONDERS);
  }

  private OutcomeChangeRow make(boolean hideAll, boolean hideResponders) {
    Instrument i = Instrument.byCode(measure);
    String direction = i == null ? null : i.direction().label();
    Double sd = hideAll || n == null ? null : 1.0;
    return new OutcomeChangeRow(
        grouping, group, condition, measure, timepoint, direction,
        hideAll ? null : n,
        hideAll ? null : baselineMean,
        hideAll ? null : followupMean,
        hideAll ? null : changeMean,
        sd,
        hideAll ? null : changeCiLow,
        hideAll ? null : changeCiHigh,
        hideAll ? null : changeMean,
        hideAll ? null : changeCiLow,
        hideAll ? null : changeCiHigh,
        hideAll || sd == null ? null : changeMean / sd,
        hideAll ? null : 0.01,
        hideResponders ? null : responderN,
        hideResponders ? null : responders,
        hideResponders ? null : rate,
        hideResponders ? null : rateLow,
        hideResponders ? null : rateHigh);
  }
}
