package org.painoutcomes.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Column;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * The row rules of one source (SPEC 2.2 to 2.5) as data, in the order they are checked: by reason
 * code, then by the column's place in the contract's table. The first rule a record violates gives
 * its reason and column. MALFORMED and the cross-row rules (UNKNOWN_PARTICIPANT, the attendance
 * BAD_DATE_ORDER, DUPLICATE, CONFLICT) are applied elsewhere and listed by {@link #crossRowRules}.
 */
public final class RuleCatalogue implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Source source;
  private final List<FieldRule> rules;

  private RuleCatalogue(Source source, List<FieldRule> rules) {
    this.source = source;
    this.rules = List.copyOf(rules);
  }

  public static RuleCatalogue forSource(Source source, PipelineConfig config) {
    List<String> names = source.columnNames();
    List<FieldRule> rules = new ArrayList<>();
    for (int c = 0; c < names.size(); c++) {
      Column col = source.columns().get(c);
      String prefix = source.id() + "." + col.name() + ".";
      if (col.required()) {
        rules.add(new FieldRule(prefix + "required", ReasonCode.MISSING_REQUIRED, col.name(), c, (v, r) -> v == null));
      }
      addTypeRules(rules, source, col, c, prefix, config, names);
    }
    if (source == Source.ENROLLMENT) {
      int enrolled = names.indexOf("enrollment_date");
      rules.add(
          new FieldRule(
              "enrollment.exit_date.not_before_enrollment",
              ReasonCode.BAD_DATE_ORDER,
              "exit_date",
              names.indexOf("exit_date"),
              (v, r) -> ValueParsers.date(v).isBefore(ValueParsers.date(r[enrolled]))));
    }
    rules.sort(Comparator.comparing(FieldRule::reason).thenComparingInt(FieldRule::columnIndex));
    return new RuleCatalogue(source, rules);
  }

  private static void addTypeRules(
      List<FieldRule> rules, Source source, Column col, int c, String prefix, PipelineConfig config, List<String> names) {
    String name = col.name();
    switch (col.type()) {
      case IDENTIFIER -> {
        int max = col.maxLength();
        rules.add(new FieldRule(prefix + "format", ReasonCode.BAD_FORMAT, name, c, (v, r) -> !ValueParsers.isIdentifier(v, max)));
      }
      case DATE -> rules.add(new FieldRule(prefix + "format", ReasonCode.BAD_FORMAT, name, c, (v, r) -> ValueParsers.date(v) == null));
      case BOOLEAN -> rules.add(new FieldRule(prefix + "format", ReasonCode.BAD_FORMAT, name, c, (v, r) -> ValueParsers.bool(v) == null));
      case NUMBER, WHOLE_NUMBER -> {
        rules.add(new FieldRule(prefix + "format", ReasonCode.BAD_FORMAT, name, c, (v, r) -> ValueParsers.number(v) == null));
        addRangeRule(rules, source, name, c, prefix, names);
      }
      case ENUM -> addEnumRule(rules, name, c, prefix, config, names);
      default -> throw new IllegalStateException("no rules for " + col.type());
    }
  }

  private static void addEnumRule(
      List<FieldRule> rules, String name, int c, String prefix, PipelineConfig config, List<String> names) {
    if (name.equals("item")) {
      int instrument = names.indexOf("instrument");
      // SPEC 2.5: an item that does not belong to its instrument is BAD_VALUE. An unknown
      // instrument is reported first (its column comes first), so here it is always known.
      rules.add(
          new FieldRule(
              prefix + "belongs_to_instrument",
              ReasonCode.BAD_VALUE,
              name,
              c,
              (v, r) -> {
                Instrument i = Instrument.byCode(r[instrument]);
                return i == null || !i.items().contains(v);
              }));
      return;
    }
    Set<String> allowed = Set.copyOf(enumValues(name, config));
    rules.add(new FieldRule(prefix + "allowed", ReasonCode.BAD_VALUE, name, c, (v, r) -> !allowed.contains(v)));
  }

  private static List<String> enumValues(String column, PipelineConfig config) {
    return switch (column) {
      case "exit_reason" -> Enums.EXIT_REASONS;
      case "age_band" -> Enums.AGE_BANDS;
      case "sex" -> Enums.SEXES;
      case "primary_condition" -> config.conditions();
      case "modality" -> config.modalities();
      case "visit_type" -> Enums.VISIT_TYPES;
      case "instrument" -> java.util.Arrays.stream(Instrument.values()).map(Enum::name).toList();
      default -> throw new IllegalStateException("no enum values for " + column);
    };
  }

  private static void addRangeRule(
      List<FieldRule> rules, Source source, String name, int c, String prefix, List<String> names) {
    if (source == Source.ATTENDANCE && name.equals("minutes")) {
      BigDecimal max = BigDecimal.valueOf(480);
      rules.add(
          new FieldRule(
              prefix + "range", ReasonCode.OUT_OF_RANGE, name, c,
              (v, r) -> outOfRange(ValueParsers.number(v), BigDecimal.ZERO, max, true)));
      return;
    }
    int instrument = names.indexOf("instrument");
    rules.add(
        new FieldRule(
            prefix + "range",
            ReasonCode.OUT_OF_RANGE,
            name,
            c,
            (v, r) -> {
              Instrument i = Instrument.byCode(r[instrument]);
              return outOfRange(ValueParsers.number(v), i.min(), i.max(), i.whole());
            }));
  }

  private static boolean outOfRange(BigDecimal d, BigDecimal min, BigDecimal max, boolean whole) {
    return d.compareTo(min) < 0 || d.compareTo(max) > 0 || (whole && !ValueParsers.isWhole(d));
  }

  /**
   * The first rule the record violates, or null.
   *
   * @param record the contract columns in table order, null where empty
   */
  public FieldRule firstViolation(String[] record) {
    for (FieldRule rule : rules) {
      if (rule.violatedBy(record)) {
        return rule;
      }
    }
    return null;
  }

  public Source source() {
    return source;
  }

  public List<FieldRule> rules() {
    return rules;
  }

  /** The ids of the cross-row rules, for the manifest's list of checks that ran. */
  public List<String> crossRowRules() {
    String s = source.id();
    return switch (source) {
      case ENROLLMENT -> List.of(s + ".duplicate", s + ".conflict");
      case ATTENDANCE -> List.of(s + ".known_participant", s + ".session_date.not_before_enrollment", s + ".duplicate", s + ".conflict");
      case OUTCOMES -> List.of(s + ".known_participant", s + ".duplicate", s + ".conflict");
    };
  }
}
