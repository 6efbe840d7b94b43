package org.painoutcomes.contract;

/** Why a row was rejected (SPEC 2.5). Declaration order is the order in which rules are checked. */
public enum ReasonCode {
  MALFORMED("could not be parsed, wrong number of fields, or not UTF-8"),
  MISSING_REQUIRED("a required value is empty"),
  BAD_FORMAT("a value does not match its pattern"),
  BAD_VALUE("not one of the allowed values"),
  OUT_OF_RANGE("a number outside its range"),
  UNKNOWN_PARTICIPANT("participant has no accepted enrollment"),
  BAD_DATE_ORDER("a date before the enrollment date"),
  DUPLICATE("an exact repeat of an accepted row"),
  CONFLICT("rows with the same key disagree");

  private final String meaning;

  ReasonCode(String meaning) {
    this.meaning = meaning;
  }

  /** What the code means, in a reader's words (the report shows it). */
  public String meaning() {
    return meaning;
  }

  /** The quality/summary metric that counts rows rejected for this reason. */
  public String metric() {
    return QualityMetrics.rejected(this);
  }
}
