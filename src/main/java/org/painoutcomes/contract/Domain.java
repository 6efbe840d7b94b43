package org.painoutcomes.contract;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The values a column accepts (SPEC 2.1 "Values", the rule column of 2.2 to 2.4), declared as
 * data: the rule engine, the generator's defects and the documentation read these, never a
 * column's name.
 */
public sealed interface Domain extends Serializable {

  /** How the column's text is parsed. */
  ValueType type();

  /**
   * The rule that checks a parsed value against the domain (beyond its format), or null where the
   * format is the whole check.
   */
  default DomainRule rule() {
    return null;
  }

  /** The id suffix and reason code of a domain's own rule. */
  record DomainRule(String idSuffix, ReasonCode reason) implements Serializable {}

  DomainRule ALLOWED = new DomainRule("allowed", ReasonCode.BAD_VALUE);
  DomainRule RANGE = new DomainRule("range", ReasonCode.OUT_OF_RANGE);

  /** A value from a list, matched exactly (ENUM): what differs is the list and so the rule. */
  sealed interface OneOf extends Domain permits Values, ItemOfInstrument {
    @Override
    default ValueType type() {
      return ValueType.ENUM;
    }
  }

  /** A number checked against a range (OUT_OF_RANGE): what differs is where the range comes from. */
  sealed interface InRange extends Domain permits Range, InstrumentValue {
    @Override
    default DomainRule rule() {
      return RANGE;
    }
  }

  /** 1 to {@code maxLength} of {@code A-Z a-z 0-9 _ -}. */
  record Identifier(int maxLength) implements Domain {
    /** The length limit of identifiers unless a column says otherwise (SPEC 2.2). */
    public static final int DEFAULT_MAX_LENGTH = 64;

    @Override
    public ValueType type() {
      return ValueType.IDENTIFIER;
    }
  }

  /**
   * A calendar date; {@code notBefore}, when not null, names a column of the same row the date may
   * not precede (BAD_DATE_ORDER).
   */
  record Date(String notBefore) implements Domain {
    @Override
    public ValueType type() {
      return ValueType.DATE;
    }

    /** The id suffix of the date-order rule: {@code not_before_enrollment} for enrollment_date. */
    public String orderRuleSuffix() {
      return "not_before_" + notBefore.replaceFirst("_date$", "");
    }
  }

  /** A boolean in any of SPEC 2.1's spellings. */
  record Bool() implements Domain {
    @Override
    public ValueType type() {
      return ValueType.BOOLEAN;
    }
  }

  /**
   * One of a list of values, matched exactly: the contract's own list, or, where {@code
   * configuredBy} is not null, the list the configuration gives ({@code values} then holds the
   * contract's defaults).
   */
  record Values(List<String> values, ConfiguredList configuredBy) implements OneOf {
    public Values {
      values = List.copyOf(values);
    }

    static Values fixed(List<String> values) {
      return new Values(values, null);
    }

    static Values configured(ConfiguredList list) {
      return new Values(list.defaults(), list);
    }

    @Override
    public DomainRule rule() {
      return ALLOWED;
    }
  }

  /** An item of the instrument named in {@code instrumentColumn} of the same row (SPEC 2.4). */
  record ItemOfInstrument(String instrumentColumn) implements OneOf {
    @Override
    public DomainRule rule() {
      return new DomainRule("belongs_to_instrument", ReasonCode.BAD_VALUE);
    }
  }

  /** A number from min to max, judged on its exact decimal; whole: no non-zero fraction. */
  record Range(BigDecimal min, BigDecimal max, boolean whole) implements InRange {
    @Override
    public ValueType type() {
      return whole ? ValueType.WHOLE_NUMBER : ValueType.NUMBER;
    }
  }

  /** A number in the range of the instrument named in {@code instrumentColumn} (SPEC 2.4). */
  record InstrumentValue(String instrumentColumn) implements InRange {
    @Override
    public ValueType type() {
      return ValueType.NUMBER;
    }
  }
}
