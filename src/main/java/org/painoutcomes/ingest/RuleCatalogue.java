package org.painoutcomes.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Column;
import org.painoutcomes.contract.Domain;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.RowRule;
import org.painoutcomes.contract.Source;

/**
 * The row rules of one source, as the contract declares them ({@link Source#rowRules()}), made
 * into tests of a record, in the order they are checked. The first rule a record violates gives
 * its reason and column. MALFORMED is the reader's; the cross-row rules ({@link
 * Source#crossRowRules()}) are applied by {@link CrossRowRules}.
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
    List<FieldRule> rules =
        source.rowRules().stream()
            .map(r -> new FieldRule(r.id(), r.reason(), r.column().name(), r.columnIndex(), violation(r, config, names)))
            .toList();
    return new RuleCatalogue(source, rules);
  }

  /** The test of a declared rule; null for MISSING_REQUIRED, which {@link FieldRule} decides itself. */
  private static FieldRule.Violation violation(RowRule rule, PipelineConfig config, List<String> names) {
    Column col = rule.column();
    return switch (rule.kind()) {
      case REQUIRED -> null;
      case FORMAT -> format(col);
      case DOMAIN -> domain(col.domain(), config, names);
      case DATE_ORDER -> {
        int other = names.indexOf(((Domain.Date) col.domain()).notBefore());
        yield (v, r) -> ValueParsers.epochDay(v) < ValueParsers.epochDay(r[other]);
      }
    };
  }

  private static FieldRule.Violation format(Column col) {
    int max = col.maxLength();
    return switch (col.type()) {
      case IDENTIFIER -> (v, r) -> !ValueParsers.isIdentifier(v, max);
      case DATE -> (v, r) -> ValueParsers.epochDay(v) == ValueParsers.NOT_A_DATE;
      case BOOLEAN -> (v, r) -> ValueParsers.bool(v) == null;
      // ValueParsers.number is null exactly when the text is not of this form.
      case NUMBER, WHOLE_NUMBER -> (v, r) -> !ValueParsers.isNumberText(v);
      case ENUM -> throw new IllegalStateException("an enum has no format rule: " + col.name());
    };
  }

  private static FieldRule.Violation domain(Domain domain, PipelineConfig config, List<String> names) {
    if (domain instanceof Domain.Values v) {
      return allowed(v.configuredBy() == null ? v.values() : config.values(v.configuredBy()));
    }
    if (domain instanceof Domain.ItemOfInstrument item) {
      int instrument = names.indexOf(item.instrumentColumn());
      // SPEC 2.5: an item that does not belong to its instrument is BAD_VALUE. An unknown
      // instrument is reported first (its column comes first), so here it is always known.
      return (v, r) -> {
        Instrument i = Instrument.byCode(r[instrument]);
        return i == null || !i.items().contains(v);
      };
    }
    if (domain instanceof Domain.Range range) {
      return (v, r) -> outOfRange(ValueParsers.number(v), range.min(), range.max(), range.whole());
    }
    if (domain instanceof Domain.InstrumentValue value) {
      int instrument = names.indexOf(value.instrumentColumn());
      return (v, r) -> {
        Instrument i = Instrument.byCode(r[instrument]);
        return outOfRange(ValueParsers.number(v), i.min(), i.max(), i.whole());
      };
    }
    throw new IllegalStateException("no domain rule for " + domain);
  }

  private static FieldRule.Violation allowed(List<String> values) {
    Set<String> allowed = Set.copyOf(values);
    return (v, r) -> !allowed.contains(v);
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
    return source.crossRowRules().stream().map(r -> r.id(source)).toList();
  }
}
