package org.painoutcomes.generate;

/** Builds the text of one CSV record (SPEC 2.1), for the rare rows not written by the fast path. */
final class CsvText {

  /** The field as written: quoted, with {@code "} doubled, when it holds , " CR or LF. */
  static String encode(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == '"' || c == '\n' || c == '\r') {
        return quote(value);
      }
    }
    return value;
  }

  /** The value as a quoted field. */
  static String quote(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  /** The record of these values, each encoded as needed. */
  static String join(String[] values) {
    String[] raw = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      raw[i] = encode(values[i]);
    }
    return joinRaw(raw);
  }

  /** The record of these fields, each already in its written form. */
  static String joinRaw(String[] fields) {
    return String.join(",", fields);
  }

  /** Each value encoded, ready to have some fields replaced by hand-made text. */
  static String[] encoded(String[] values) {
    String[] raw = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      raw[i] = encode(values[i]);
    }
    return raw;
  }

  private CsvText() {}
}
