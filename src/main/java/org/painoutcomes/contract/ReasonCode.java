package org.painoutcomes.contract;

/** Why a row was rejected (SPEC 2.5). Declaration order is the order in which rules are checked. */
public enum ReasonCode {
  MALFORMED,
  MISSING_REQUIRED,
  BAD_FORMAT,
  BAD_VALUE,
  OUT_OF_RANGE,
  UNKNOWN_PARTICIPANT,
  BAD_DATE_ORDER,
  DUPLICATE,
  CONFLICT;

  /** The quality/summary metric that counts rows rejected for this reason. */
  public String metric() {
    return QualityMetrics.rejected(this);
  }
}
