package org.painoutcomes.contract;

import static org.painoutcomes.contract.Column.DATE;
import static org.painoutcomes.contract.Column.IDENTIFIER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The three input sources (SPEC 2.2 to 2.4): their columns in the contract's table order (the
 * order in which a broken rule's column is reported) with the values each accepts, the key that
 * DUPLICATE and CONFLICT compare on, and the rules a row is checked against with their ids and
 * reason codes (SPEC 2.5).
 */
public enum Source {
  ENROLLMENT(
      "enrollment",
      List.of(
          Column.required("participant_id", IDENTIFIER),
          Column.required("site", new Domain.Identifier(32)),
          Column.optional("cohort_id", IDENTIFIER),
          Column.required("enrollment_date", DATE),
          Column.optional("exit_date", new Domain.Date("enrollment_date")),
          Column.optional("exit_reason", Domain.Values.fixed(Enums.EXIT_REASONS)),
          Column.required("age_band", Domain.Values.fixed(Enums.AGE_BANDS)),
          Column.required("sex", Domain.Values.fixed(Enums.SEXES)),
          Column.required("primary_condition", Domain.Values.configured(ConfiguredList.CONDITIONS)),
          Column.optional("opioid_use_at_baseline", new Domain.Bool())),
      List.of("participant_id"),
      List.of(CrossRowRule.DUPLICATE, CrossRowRule.CONFLICT)),
  ATTENDANCE(
      "attendance",
      List.of(
          Column.required("participant_id", IDENTIFIER),
          Column.required("session_id", IDENTIFIER),
          Column.required("session_date", DATE),
          Column.required("modality", Domain.Values.configured(ConfiguredList.MODALITIES)),
          Column.optional("visit_type", Domain.Values.fixed(Enums.VISIT_TYPES)),
          Column.required("attended", new Domain.Bool()),
          Column.optional("minutes", new Domain.Range(BigDecimal.ZERO, BigDecimal.valueOf(480), true))),
      List.of("participant_id", "session_id", "modality"),
      List.of(
          CrossRowRule.KNOWN_PARTICIPANT,
          CrossRowRule.SESSION_NOT_BEFORE_ENROLLMENT,
          CrossRowRule.DUPLICATE,
          CrossRowRule.CONFLICT)),
  OUTCOMES(
      "outcomes",
      List.of(
          Column.required("participant_id", IDENTIFIER),
          Column.required("assessment_date", DATE),
          Column.required("instrument", Domain.Values.fixed(Instrument.codes())),
          Column.required("item", new Domain.ItemOfInstrument("instrument")),
          Column.required("value", new Domain.InstrumentValue("instrument"))),
      List.of("participant_id", "assessment_date", "instrument", "item"),
      List.of(CrossRowRule.KNOWN_PARTICIPANT, CrossRowRule.DUPLICATE, CrossRowRule.CONFLICT));

  private final String id;
  private final List<Column> columns;
  private final List<String> key;
  private final List<CrossRowRule> crossRowRules;

  Source(String id, List<Column> columns, List<String> key, List<CrossRowRule> crossRowRules) {
    this.id = id;
    this.columns = columns;
    this.key = key;
    this.crossRowRules = crossRowRules;
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

  /** The column of this name; an unknown name is a defect of the caller. */
  public Column column(String name) {
    return columns.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(id + " has no column " + name));
  }

  /**
   * The row rules, in the order they are checked (SPEC 2.5): by reason code, then by the column's
   * place in the contract's table. MALFORMED is the reader's, before any of these.
   */
  public List<RowRule> rowRules() {
    List<RowRule> rules = new ArrayList<>();
    for (int c = 0; c < columns.size(); c++) {
      Column col = columns.get(c);
      String prefix = id + "." + col.name() + ".";
      if (col.required()) {
        rules.add(new RowRule(prefix + "required", ReasonCode.MISSING_REQUIRED, col, c, RowRule.Kind.REQUIRED));
      }
      if (col.type() != ValueType.ENUM) {
        rules.add(new RowRule(prefix + "format", ReasonCode.BAD_FORMAT, col, c, RowRule.Kind.FORMAT));
      }
      Domain.DomainRule own = col.domain().rule();
      if (own != null) {
        rules.add(new RowRule(prefix + own.idSuffix(), own.reason(), col, c, RowRule.Kind.DOMAIN));
      }
      if (col.domain() instanceof Domain.Date d && d.notBefore() != null) {
        rules.add(new RowRule(prefix + d.orderRuleSuffix(), ReasonCode.BAD_DATE_ORDER, col, c, RowRule.Kind.DATE_ORDER));
      }
    }
    rules.sort(Comparator.comparing(RowRule::reason).thenComparingInt(RowRule::columnIndex));
    return List.copyOf(rules);
  }

  /** Every reason code a row of this source can be rejected with: MALFORMED and those its rules give. */
  public Set<ReasonCode> reasonCodes() {
    Set<ReasonCode> codes = EnumSet.of(ReasonCode.MALFORMED);
    rowRules().forEach(r -> codes.add(r.reason()));
    crossRowRules.forEach(r -> codes.add(r.reason()));
    return codes;
  }

  /** The rules across rows that apply to this source, in the order they are applied. */
  public List<CrossRowRule> crossRowRules() {
    return crossRowRules;
  }
}
