package org.painoutcomes.ingest;

import java.io.Serializable;
import org.painoutcomes.contract.ReasonCode;

/**
 * One validation rule of the catalogue (SPEC 2.5): an id, the reason code it gives, the column it
 * reports, and the test that finds a violation. MISSING_REQUIRED has no test (violation null): an
 * empty value breaks it. Every other rule applies only to a non-empty value (optional columns are
 * checked only when not empty).
 */
public record FieldRule(String id, ReasonCode reason, String column, int columnIndex, Violation violation)
    implements Serializable {

  /** Whether the record breaks the rule; values are the contract columns in table order, null when empty. */
  @FunctionalInterface
  public interface Violation extends Serializable {
    boolean test(String value, String[] record);
  }

  boolean violatedBy(String[] record) {
    String value = record[columnIndex];
    if (reason == ReasonCode.MISSING_REQUIRED) {
      return value == null;
    }
    return value != null && violation.test(value, record);
  }
}
