package org.painoutcomes.contract;

/**
 * The rules that look across rows (SPEC 2.5), applied after the row rules, in this order. A source
 * lists the ones that apply to it ({@link Source#crossRowRules()}).
 */
public enum CrossRowRule {
  /** participant_id has an accepted enrollment. */
  KNOWN_PARTICIPANT("known_participant", ReasonCode.UNKNOWN_PARTICIPANT, "participant_id"),
  /** SPEC 2.3: session_date not before the participant's enrollment_date. */
  SESSION_NOT_BEFORE_ENROLLMENT(
      "session_date.not_before_enrollment", ReasonCode.BAD_DATE_ORDER, "session_date"),
  /** A later row of a key, identical on the typed contract values to the earliest. */
  DUPLICATE("duplicate", ReasonCode.DUPLICATE, null),
  /** Rows of one key that differ on a typed contract value: all of them. */
  CONFLICT("conflict", ReasonCode.CONFLICT, null);

  private final String idSuffix;
  private final ReasonCode reason;
  private final String column;

  CrossRowRule(String idSuffix, ReasonCode reason, String column) {
    this.idSuffix = idSuffix;
    this.reason = reason;
    this.column = column;
  }

  /** The rule's id for a source, as listed in the manifest's checks. */
  public String id(Source source) {
    return source.id() + "." + idSuffix;
  }

  public ReasonCode reason() {
    return reason;
  }

  /** The column a reject reports (SPEC 2.5), or null. */
  public String column() {
    return column;
  }
}
