package org.painoutcomes.contract;

import java.util.List;

/**
 * The three input sources (SPEC 2.2 to 2.4): their columns in the contract's table order (the
 * order in which a broken rule's column is reported) and the key that DUPLICATE and CONFLICT
 * compare on.
 */
public enum Source {
  ENROLLMENT(
      "enrollment",
      List.of(
          Column.required("participant_id", ValueType.IDENTIFIER),
          Column.required("site", ValueType.IDENTIFIER).withMaxLength(32),
          Column.optional("cohort_id", ValueType.IDENTIFIER),
          Column.required("enrollment_date", ValueType.DATE),
          Column.optional("exit_date", ValueType.DATE),
          Column.optional("exit_reason", ValueType.ENUM),
          Column.required("age_band", ValueType.ENUM),
          Column.required("sex", ValueType.ENUM),
          Column.required("primary_condition", ValueType.ENUM),
          Column.optional("opioid_use_at_baseline", ValueType.BOOLEAN)),
      List.of("participant_id")),
  ATTENDANCE(
      "attendance",
      List.of(
          Column.required("participant_id", ValueType.IDENTIFIER),
          Column.required("session_id", ValueType.IDENTIFIER),
          Column.required("session_date", ValueType.DATE),
          Column.required("modality", ValueType.ENUM),
          Column.optional("visit_type", ValueType.ENUM),
          Column.required("attended", ValueType.BOOLEAN),
          Column.optional("minutes", ValueType.WHOLE_NUMBER)),
      List.of("participant_id", "session_id", "modality")),
  OUTCOMES(
      "outcomes",
      List.of(
          Column.required("participant_id", ValueType.IDENTIFIER),
          Column.required("assessment_date", ValueType.DATE),
          Column.required("instrument", ValueType.ENUM),
          Column.required("item", ValueType.ENUM),
          Column.required("value", ValueType.NUMBER)),
      List.of("participant_id", "assessment_date", "instrument", "item"));

  private final String id;
  private final List<Column> columns;
  private final List<String> key;

  Source(String id, List<Column> columns, List<String> key) {
    this.id = id;
    this.columns = columns;
    this.key = key;
  }

  /** The lower-case name used in file names, rejects and the quality summary. */
  public String id() {
    return id;
  }

  public List<Column> columns() {
    return columns;
  }

  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  public List<String> requiredColumnNames() {
    return columns.stream().filter(Column::required).map(Column::name).toList();
  }

  public List<String> key() {
    return key;
  }
}
