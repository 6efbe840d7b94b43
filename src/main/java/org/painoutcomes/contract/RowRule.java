package org.painoutcomes.contract;

import java.io.Serializable;

/**
 * One rule a single record is checked against (SPEC 2.5), declared as data: its id (as listed in
 * the manifest's checks), the reason code it gives, and the column it reports. What the check is
 * follows from {@link #kind} and the column's {@link Domain}.
 *
 * @param columnIndex the column's place in the source's contract table
 */
public record RowRule(String id, ReasonCode reason, Column column, int columnIndex, Kind kind)
    implements Serializable {

  /** What a rule checks. */
  public enum Kind {
    /** The value is empty. */
    REQUIRED,
    /** The value does not parse as the column's {@link ValueType}. */
    FORMAT,
    /** The parsed value is outside the column's domain ({@link Domain#rule()}). */
    DOMAIN,
    /** The date precedes the column named by {@link Domain.Date#notBefore()}. */
    DATE_ORDER
  }
}
