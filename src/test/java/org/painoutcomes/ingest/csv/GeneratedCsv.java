package org.painoutcomes.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random well-formed CSV built from known values, with the records the reader must return worked
 * out while writing it (the reference: each record's start line, raw text and trimmed values).
 * Covers quoted fields with commas, doubled quotes, LF and CRLF inside, spaces and tabs after the
 * closing quote, unquoted fields with inner quotes, padding, non-ASCII text, empty values, empty
 * lines, LF and CRLF line ends, and optionally very long fields.
 */
final class GeneratedCsv {

  final byte[] bytes;
  final List<CsvRecord> expected;

  private GeneratedCsv(byte[] bytes, List<CsvRecord> expected) {
    this.bytes = bytes;
    this.expected = expected;
  }

  /** About {@code records} records; one field in {@code longEvery} records is 1 to 200 KB long. */
  static GeneratedCsv generate(long seed, int records, int longEvery) {
    Random random = new Random(seed);
    StringBuilder out = new StringBuilder();
    List<CsvRecord> expected = new ArrayList<>();
    long line = 1;
    for (int r = 0; r < records; r++) {
      while (random.nextInt(8) == 0) {
        out.append(random.nextBoolean() ? "\n" : "\r\n"); // an empty line: skipped, counted
        line++;
      }
      int fieldCount = 1 + random.nextInt(8);
      boolean longField = longEvery > 0 && random.nextInt(longEvery) == 0;
      StringBuilder raw = new StringBuilder();
      List<String> values = new ArrayList<>();
      for (int f = 0; f < fieldCount; f++) {
        if (f > 0) {
          raw.append(',');
        }
        boolean makeLong = longField && f == fieldCount - 1;
        values.add(appendField(random, raw, makeLong, fieldCount == 1));
      }
      String rawText = raw.toString();
      expected.add(CsvReading.ok(line, rawText, values.toArray(String[]::new)));
      line += rawText.chars().filter(c -> c == '\n').count();
      out.append(rawText);
      boolean last = r == records - 1;
      if (!last || random.nextBoolean()) {
        out.append(random.nextBoolean() ? "\n" : "\r\n");
        line++;
      }
    }
    return new GeneratedCsv(out.toString().getBytes(StandardCharsets.UTF_8), expected);
  }

  /** Writes one field to {@code raw} and returns the value the reader must produce for it. */
  private static String appendField(Random random, StringBuilder raw, boolean makeLong, boolean alone) {
    int kind = random.nextInt(7);
    if (makeLong) {
      int length = 1_000 + random.nextInt(200_000);
      String body = text(random, length, "abc xyz,\"\n0123456789");
      raw.append('"').append(body.replace("\"", "\"\"")).append('"');
      return body.trim();
    }
    switch (kind) {
      case 0: // quoted, with separators, doubled quotes and line breaks inside
        String body = text(random, random.nextInt(12), "ab ,\"\n\r\n");
        raw.append('"').append(body.replace("\"", "\"\"")).append('"');
        raw.append(text(random, random.nextInt(3), " \t")); // allowed after the closing quote
        return body.trim();
      case 1: // unquoted with an inner quote
        String inner = "x" + text(random, random.nextInt(4), "\"y ");
        raw.append(inner);
        return inner.trim();
      case 2: // padded
        String padded = text(random, random.nextInt(3), " \t") + "v" + random.nextInt(1000)
            + text(random, random.nextInt(3), " \t");
        raw.append(padded);
        return padded.trim();
      case 3: // non-ASCII
        String word = text(random, 1 + random.nextInt(5), "é東\uD83D\uDE00\uFFFDa");
        raw.append(word);
        return word;
      case 4: // empty; a record of one empty unquoted field would be an empty line, so quote it
        raw.append(alone ? "\"\"" : "");
        return "";
      default:
        String plain = "P" + random.nextInt(1_000_000);
        raw.append(plain);
        return plain;
    }
  }

  /** {@code length} code points drawn from {@code alphabet} ("\r\n" and surrogate pairs kept whole). */
  private static String text(Random random, int length, String alphabet) {
    List<String> units = new ArrayList<>();
    for (int i = 0; i < alphabet.length(); i++) {
      char c = alphabet.charAt(i);
      if (c == '\r' || Character.isHighSurrogate(c)) {
        units.add(alphabet.substring(i, i + 2));
        i++;
      } else {
        units.add(String.valueOf(c));
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(units.get(random.nextInt(units.size())));
    }
    return s.toString();
  }
}
