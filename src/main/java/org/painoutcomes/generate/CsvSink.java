package org.painoutcomes.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * One output CSV file (SPEC 2.1), written through a byte buffer and counting its records.
 *
 * <p>Every char of the text given is written as one byte. The generator's values are ASCII, so
 * this is UTF-8; a char from U+0080 to U+00FF becomes that single byte, which is not valid UTF-8:
 * that is how a MALFORMED record with invalid UTF-8 is planted on purpose. Java's GZIP stream
 * writes no timestamp, so a gzip file is as reproducible as a plain one.
 */
final class CsvSink implements SourceSink {
  private static final int BUFFER = 1 << 16;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final OutputStream out;
  private final byte[] lineEnd;
  private final byte[] buf = new byte[BUFFER];
  private int pos;
  private long records;

  /**
   * @param file the file to create or replace
   * @param gzip whether to gzip-compress it
   * @param crlf whether lines end with CR LF rather than LF
   * @param bom whether the file starts with a UTF-8 byte order mark
   */
  CsvSink(Path file, boolean gzip, boolean crlf, boolean bom) throws IOException {
    OutputStream raw = Files.newOutputStream(file);
    this.out = gzip ? new GZIPOutputStream(raw, BUFFER) : raw;
    this.lineEnd = crlf ? new byte[] {'\r', '\n'} : new byte[] {'\n'};
    if (bom) {
      putBytes(BOM);
    }
  }

  /** Writes the header record; it is not counted as a row. */
  void header(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        put((byte) ',');
      }
      putText(names.get(i));
    }
    putBytes(lineEnd);
  }

  /** Writes a row whose values need no quoting (the generator's clean values). */
  @Override
  public void row(String[] fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        put((byte) ',');
      }
      putText(fields[i]);
    }
    putBytes(lineEnd);
    records++;
  }

  /** Writes one record given as its text (quoted fields may hold line breaks); counts one row. */
  @Override
  public void record(String text, String[] origin) {
    putText(text);
    putBytes(lineEnd);
    records++;
  }

  /** Writes an entirely empty line, which a reader skips (SPEC 2.1): not a row. */
  @Override
  public void blankLine() {
    putBytes(lineEnd);
  }

  /** Rows written so far (header and blank lines excluded). */
  @Override
  public long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  private void putText(String s) {
    int n = s.length();
    if (pos + n > BUFFER) {
      flush();
      if (n > BUFFER) {
        for (int i = 0; i < n; i++) {
          put((byte) s.charAt(i));
        }
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      buf[pos++] = (byte) s.charAt(i);
    }
  }

  private void putBytes(byte[] b) {
    for (byte x : b) {
      put(x);
    }
  }

  private void put(byte b) {
    if (pos == BUFFER) {
      flush();
    }
    buf[pos++] = b;
  }

  private void flush() {
    try {
      out.write(buf, 0, pos);
      pos = 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
