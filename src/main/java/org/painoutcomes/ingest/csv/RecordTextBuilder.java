package org.painoutcomes.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the bytes of a scanned record into a {@link CsvRecord}: decodes the raw record and every
 * field, trims values and undoes doubled quotes (SPEC 2.1). Not thread-safe; one per reader.
 */
final class RecordTextBuilder {

  private static final char REPLACEMENT = '\uFFFD';

  private final ReplacingUtf8Decoder utf8 = new ReplacingUtf8Decoder();
  private byte[] unescaped = new byte[256];

  /** The record that {@code scan} found, starting at {@code start} in {@code buf}, as OK or INVALID_UTF8. */
  CsvRecord parsed(byte[] buf, int start, RecordScanner scan, long line) {
    int rawLength = scan.rawEnd() - start;
    // The JDK's own decoder is intrinsic-fast on ASCII and replaces every invalid sequence with
    // U+FFFD; only when a U+FFFD shows up (rare) is the slower exact check needed, since a real
    // U+FFFD in the input is valid (indexOf on an ASCII-only string answers at once).
    String raw = new String(buf, start, rawLength, StandardCharsets.UTF_8);
    boolean valid = raw.indexOf(REPLACEMENT) < 0;
    if (!valid) {
      raw = utf8.decode(buf, start, rawLength);
      valid = !utf8.replacedAny();
    }
    int n = scan.fieldCount();
    String[] fields = new String[n];
    for (int k = 0; k < n; k++) {
      fields[k] = field(buf, scan, k, valid);
    }
    return new CsvRecord(
        line, List.of(fields), raw, valid ? CsvRecord.Status.OK : CsvRecord.Status.INVALID_UTF8);
  }

  /** An UNPARSEABLE record whose raw text is {@code buf[start, end)}: its first line. */
  CsvRecord unparseable(byte[] buf, int start, int end, long line) {
    return new CsvRecord(
        line, List.of(), utf8.decode(buf, start, end - start), CsvRecord.Status.UNPARSEABLE);
  }

  private String field(byte[] buf, RecordScanner scan, int k, boolean valid) {
    byte[] src = buf;
    int s = scan.fieldStart(k);
    int e = scan.fieldEnd(k);
    if (scan.fieldHasEscapes(k)) {
      e = unescape(buf, s, e);
      src = unescaped;
      s = 0;
    }
    // SPEC 2.1: trim as String.trim() does. Characters up to U+0020 are single bytes in UTF-8 and
    // never part of a multi-byte or invalid sequence, so trimming bytes first gives the same value.
    while (s < e && (src[s] & 0xFF) <= ' ') {
      s++;
    }
    while (e > s && (src[e - 1] & 0xFF) <= ' ') {
      e--;
    }
    if (s == e) {
      return "";
    }
    return valid
        ? new String(src, s, e - s, StandardCharsets.UTF_8)
        : utf8.decode(src, s, e - s);
  }

  /** Copies quoted content into {@link #unescaped} with each {@code ""} made one {@code "}. */
  private int unescape(byte[] buf, int start, int end) {
    if (unescaped.length < end - start) {
      unescaped = Arrays.copyOf(unescaped, Math.max(end - start, unescaped.length * 2));
    }
    int n = 0;
    for (int i = start; i < end; i++) {
      byte b = buf[i];
      unescaped[n++] = b;
      if (b == RecordScanner.QUOTE) {
        i++; // inside quoted content every quote is the first of a pair
      }
    }
    return n;
  }
}
