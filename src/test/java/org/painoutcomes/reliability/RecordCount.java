package org.painoutcomes.reliability;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * An independent count of a file's records, for files without a quote character: then every
 * non-empty line is one record (SPEC 2.1: lines entirely empty are skipped; a line that is only
 * the CR of a CRLF is empty), and the first is the header. Files with quotes are left to the
 * invariants, as counting them would mean writing a second CSV parser.
 */
final class RecordCount {

  /** The records after the header, or null when the file holds a quote or is not a readable gzip. */
  static Long ifQuoteFree(byte[] stored, boolean gzipped) {
    byte[] b = stored;
    if (gzipped) {
      try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
        b = in.readAllBytes();
      } catch (IOException e) {
        return null;
      }
    }
    int start = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
    long lines = 0;
    int lineStart = start;
    for (int i = start; i < b.length; i++) {
      if (b[i] == '"') {
        return null;
      }
      if (b[i] == '\n') {
        int length = i - lineStart;
        if (length > 1 || (length == 1 && b[lineStart] != '\r')) {
          lines++;
        }
        lineStart = i + 1;
      }
    }
    if (lineStart < b.length) {
      lines++; // the last line, without a line end: even a lone CR is a record then
    }
    return Math.max(0, lines - 1);
  }

  private RecordCount() {}
}
