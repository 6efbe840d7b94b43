package org.painoutcomes.contract;

/**
 * One column of a source as the contract defines it (SPEC 2.2 to 2.4).
 *
 * @param name the snake_case name, as in the header and in the typed output
 * @param required whether an empty value is MISSING_REQUIRED
 * @param domain the values it accepts
 */
public record Column(String name, boolean required, Domain domain) implements java.io.Serializable {
  /** An identifier of the default length (SPEC 2.2: 1 to 64 characters). */
  static final Domain IDENTIFIER = new Domain.Identifier(Domain.Identifier.DEFAULT_MAX_LENGTH);
  /** A date with no order rule. */
  static final Domain DATE = new Domain.Date(null);

  static Column required(String name, Domain domain) {
    return new Column(name, true, domain);
  }

  static Column optional(String name, Domain domain) {
    return new Column(name, false, domain);
  }

  /** How the text is parsed and checked. */
  public ValueType type() {
    return domain.type();
  }

  /** For IDENTIFIER columns, the longest value allowed (0 otherwise). */
  public int maxLength() {
    return domain instanceof Domain.Identifier id ? id.maxLength() : 0;
  }

  /** The fixed range of a number column. */
  public Domain.Range range() {
    if (domain instanceof Domain.Range r) {
      return r;
    }
    throw new IllegalStateException(name + " has no fixed range");
  }
}
