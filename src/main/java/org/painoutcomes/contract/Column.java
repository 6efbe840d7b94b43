package org.painoutcomes.contract;

/**
 * One column of a source as the contract defines it.
 *
 * @param name the snake_case name, as in the header and in the typed output
 * @param required whether an empty value is MISSING_REQUIRED
 * @param type how the text is parsed and checked
 * @param maxLength for IDENTIFIER columns, the longest value allowed (0 otherwise)
 */
public record Column(String name, boolean required, ValueType type, int maxLength)
    implements java.io.Serializable {

  static Column required(String name, ValueType type) {
    return new Column(name, true, type, type == ValueType.IDENTIFIER ? 64 : 0);
  }

  static Column optional(String name, ValueType type) {
    return new Column(name, false, type, type == ValueType.IDENTIFIER ? 64 : 0);
  }

  Column withMaxLength(int length) {
    return new Column(name, required, type, length);
  }
}
