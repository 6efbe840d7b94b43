package org.painoutcomes.generate;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The MALFORMED records of SPEC 2.1, made from a clean row of any source. Each is one physical
 * line, except where said, and never touches the participant_id field (field 0), so the record's
 * id still looks like a pseudonymous token.
 */
final class MalformedRecords {
  private final SplittableRandom rng;

  MalformedRecords(SplittableRandom rng) {
    this.rng = rng;
  }

  /** A record whose number of fields differs from the header's. */
  String fieldCount(String[] row) {
    String[] raw = CsvText.encoded(row);
    switch (rng.nextInt(4)) {
      case 0: // the export lost its last column
        return CsvText.joinRaw(Arrays.copyOf(raw, raw.length - 1));
      case 1: // a trailing note in an unnamed column
        return CsvText.joinRaw(raw) + "," + (rng.nextBoolean() ? "" : "see_notes");
      case 2: { // an unquoted comma inside a value splits it in two
        int f = 1 + rng.nextInt(raw.length - 1);
        raw[f] = raw[f] + ",2";
        return CsvText.joinRaw(raw);
      }
      default: // a line of spaces is not an empty line: it is a record of one field
        return "   ";
    }
  }

  /** A record holding a byte sequence that is not UTF-8 (see {@link CsvSink}). */
  String invalidUtf8(String[] row) {
    String[] raw = CsvText.encoded(row);
    int f = 1 + rng.nextInt(raw.length - 1);
    String bytes = switch (rng.nextInt(3)) {
      case 0 -> "\u00e9"; // a Latin-1 e-acute on its own
      case 1 -> "\u00ff"; // a byte that never occurs in UTF-8
      default -> "\u00c3("; // a lead byte followed by no continuation byte
    };
    int at = raw[f].isEmpty() ? 0 : rng.nextInt(raw[f].length() + 1);
    raw[f] = raw[f].substring(0, at) + bytes + raw[f].substring(at);
    return CsvText.joinRaw(raw);
  }

  /** A quoted field followed by a character other than space or tab before the comma. */
  String textAfterQuote(String[] row) {
    String[] raw = CsvText.encoded(row);
    int f = 1 + rng.nextInt(raw.length - 1);
    raw[f] = CsvText.quote(row[f]) + (rng.nextBoolean() ? "x" : "_2");
    return CsvText.joinRaw(raw);
  }

  /**
   * A quote opened and never closed. A reader takes the rest of the file into that field, so this
   * record must be the file's last: it is then exactly one MALFORMED row (SPEC 2.1).
   */
  String unclosedQuote(String[] row) {
    String[] raw = CsvText.encoded(row);
    raw[1] = '"' + row[1];
    return CsvText.joinRaw(raw);
  }
}
