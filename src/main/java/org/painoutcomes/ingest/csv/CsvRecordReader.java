package org.painoutcomes.ingest.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streams the records of one CSV file, byte by byte, as SPEC 2.1 defines them: RFC 4180 with
 * comma separators, {@code "} quoting, LF or CRLF line ends and UTF-8; a byte order mark at the
 * very start is ignored. The first record returned is the header; the reader does not compare
 * field counts with it (that is the caller's MALFORMED check).
 *
 * <ul>
 *   <li>{@link CsvRecord#line()} is the physical line on which the record starts, counted by LF
 *       (lines inside quoted fields and skipped empty lines included; the header is normally 1).
 *   <li>A field whose first byte is {@code "} is quoted: it runs to the next {@code "} that is not
 *       doubled and may hold commas and line breaks (kept as written); after its closing quote only
 *       spaces and tabs may come before the comma or line end. Any other field runs to the next
 *       comma or line end, and a {@code "} in it is ordinary. Every value is trimmed as {@link
 *       String#trim()} does.
 *   <li>Lines entirely empty outside a quoted field (a lone CR of a CRLF included) are skipped.
 *       A CR not followed by LF is an ordinary character, also at the end of input.
 *   <li>A record that cannot be parsed (another character after a closing quote, a quote never
 *       closed) comes back {@link CsvRecord.Status#UNPARSEABLE} as its first physical line only,
 *       and reading resumes on the next physical line, so lines a broken quote swallowed are read
 *       again as records of their own.
 *   <li>A record that parses but is not valid UTF-8 comes back {@link
 *       CsvRecord.Status#INVALID_UTF8}, each invalid byte sequence replaced by U+FFFD.
 * </ul>
 *
 * <p><b>Deviation from SPEC 2.1: records are bounded.</b> So that memory stays bounded on a broken
 * quote in a large file, a record whose raw bytes (without the final line end) exceed {@code
 * maxRecordBytes} is treated like a quote never closed: it comes back UNPARSEABLE as its first
 * physical line, and reading resumes on the next line. The bytes after that first line are not
 * read again from the stream: the reader keeps them in its own buffer, which grows up to {@code
 * maxRecordBytes} (plus the two bytes of a CRLF). If the first line alone is longer than the cap
 * (a very long unquoted line), the record's raw text is that line's first {@code maxRecordBytes}
 * bytes (a multi-byte character cut at the end then decodes to U+FFFD), and the rest of the line
 * is skipped. Anything under the cap parses normally, however long its lines or many its fields.
 *
 * <p><b>Bounded fields (optional).</b> A reader made by {@link #withMaxFields} keeps at most
 * {@code maxFields + 1} fields of a record: a record with more comes back with its first {@code
 * maxFields + 1} fields (and its whole raw text), which is all a caller comparing the count with a
 * header of {@code maxFields} fields needs (SPEC 2.1: MALFORMED as a whole). Without it, a record
 * of 64 MiB of short fields costs about 20 bytes of heap per field (over 1.3 GB), whatever the
 * record cap.
 *
 * <p>Hand-written rather than built on Commons CSV: SPEC 2.1 needs per-record recovery (first line
 * only, resume on the next line), physical line numbers, exact raw text and invalid-UTF-8
 * detection, none of which that library offers. Not thread-safe.
 */
public final class CsvRecordReader implements Closeable {

  public static final int DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

  /** The largest cap accepted: the buffer holds the cap plus a CRLF, and Java arrays are int-sized. */
  static final int MAX_SUPPORTED_RECORD_BYTES = Integer.MAX_VALUE - 16;

  /** The usual buffer size, and the size of the stream reads that fill it. */
  static final int DEFAULT_BUFFER_BYTES = 64 * 1024;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final InputStream in;
  private final int maxRecordBytes;
  private final RecordScanner scanner;
  private final RecordTextBuilder text = new RecordTextBuilder();
  private final ByteWindow window;
  private long line = 1; // the physical line at window.pos()
  private boolean bomChecked;
  private long lastRecordStart = -1;
  private long lastRecordRawEnd = -1;

  /** A reader of the raw (already decompressed) bytes of one file, with the default record cap. */
  public CsvRecordReader(InputStream in) {
    this(in, DEFAULT_MAX_RECORD_BYTES);
  }

  /** A reader whose records may hold at most {@code maxRecordBytes} bytes (see class doc). */
  public CsvRecordReader(InputStream in, int maxRecordBytes) {
    this(in, maxRecordBytes, DEFAULT_BUFFER_BYTES);
  }

  /**
   * A reader of the records after a header of {@code maxFields} fields, with the default record
   * cap: each record keeps at most {@code maxFields + 1} fields (see class doc).
   */
  public static CsvRecordReader withMaxFields(InputStream in, int maxFields) {
    return new CsvRecordReader(in, DEFAULT_MAX_RECORD_BYTES, DEFAULT_BUFFER_BYTES, maxFields);
  }

  /**
   * Like {@link #withMaxFields}, for a stream that starts at a line start in the middle of a file
   * (a split of it): a byte order mark there is content, not skipped. Lines and offsets count
   * from the stream's start.
   */
  public static CsvRecordReader fromLineStart(InputStream in, int maxFields) {
    CsvRecordReader reader = withMaxFields(in, maxFields);
    reader.bomChecked = true;
    return reader;
  }

  /** For tests: a tiny {@code initialBufferBytes} puts buffer boundaries inside every construct. */
  CsvRecordReader(InputStream in, int maxRecordBytes, int initialBufferBytes) {
    this(in, maxRecordBytes, initialBufferBytes, Integer.MAX_VALUE - 1);
  }

  CsvRecordReader(InputStream in, int maxRecordBytes, int initialBufferBytes, int maxFields) {
    if (maxRecordBytes < 1 || maxRecordBytes > MAX_SUPPORTED_RECORD_BYTES) {
      throw new IllegalArgumentException(
          "maxRecordBytes must be from 1 to " + MAX_SUPPORTED_RECORD_BYTES + ", got " + maxRecordBytes);
    }
    if (initialBufferBytes < 1) {
      throw new IllegalArgumentException("initialBufferBytes must be positive");
    }
    if (maxFields < 1 || maxFields > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException("maxFields must be from 1 to " + (Integer.MAX_VALUE - 1) + ", got " + maxFields);
    }
    this.scanner = new RecordScanner(maxFields);
    this.in = in;
    this.maxRecordBytes = maxRecordBytes;
    // the largest record kept whole is the cap plus its CRLF
    this.window = new ByteWindow(in, initialBufferBytes, maxRecordBytes + 2);
  }

  /** The next record, or null at end of input. The first record returned is the header. */
  public CsvRecord next() throws IOException {
    if (!bomChecked) {
      skipBom();
    }
    for (;;) {
      if (window.pos() == window.limit() && !window.fill()) {
        return null;
      }
      byte[] buf = window.buf();
      int start = window.pos();
      int outcome = scanner.scan(buf, start, window.limit(), window.atEof());
      if (outcome == RecordScanner.NEED_MORE) {
        if (window.limit() - start >= maxRecordBytes + 2) {
          return firstLineOnly(); // over the cap without ending
        }
        window.fill(); // at end of input the next scan completes the record or fails it
        continue;
      }
      if (outcome == RecordScanner.UNPARSEABLE || scanner.rawEnd() - start > maxRecordBytes) {
        return firstLineOnly();
      }
      if (scanner.rawEnd() == start) {
        // SPEC 2.1: an empty line (outside a quoted field) is skipped, not a record
        line++;
        window.consumeTo(scanner.next());
        continue;
      }
      lastRecordStart = window.offsetOf(start);
      lastRecordRawEnd = window.offsetOf(scanner.rawEnd());
      CsvRecord record = text.parsed(buf, start, scanner, line);
      line += scanner.innerNewlines() + (scanner.endsWithLf() ? 1 : 0);
      window.consumeTo(scanner.next());
      return record;
    }
  }

  /**
   * The record at the window's position as UNPARSEABLE: its first physical line without the line
   * end (cut to the cap), after which reading resumes on the next line (SPEC 2.1).
   */
  private CsvRecord firstLineOnly() throws IOException {
    int lf = window.indexOfLf(window.pos());
    while (lf < 0 && !window.atEof() && window.limit() - window.pos() < maxRecordBytes + 2) {
      int searched = window.limit() - window.pos();
      window.fill();
      lf = window.indexOfLf(window.pos() + searched);
    }
    byte[] buf = window.buf();
    int start = window.pos();
    int end = lf >= 0 ? lf : window.limit();
    if (lf > start && buf[lf - 1] == RecordScanner.CR) {
      end = lf - 1;
    }
    end = Math.min(end, start + maxRecordBytes);
    lastRecordStart = window.offsetOf(start);
    lastRecordRawEnd = window.offsetOf(end);
    CsvRecord record = text.unparseable(buf, start, end, line);
    line++;
    if (lf >= 0) {
      window.consumeTo(lf + 1);
    } else {
      window.skipPastNextLf(); // the first line is longer than the cap: drop the rest of it
    }
    return record;
  }

  /** SPEC 2.1: a UTF-8 byte order mark at the very start of the input is ignored. */
  private void skipBom() throws IOException {
    bomChecked = true;
    while (window.limit() - window.pos() < BOM.length && !window.atEof()) {
      window.fill();
    }
    if (window.limit() - window.pos() < BOM.length) {
      return;
    }
    byte[] buf = window.buf();
    int p = window.pos();
    if (buf[p] == BOM[0] && buf[p + 1] == BOM[1] && buf[p + 2] == BOM[2]) {
      window.consumeTo(p + BOM.length);
    }
  }

  /**
   * The offset (bytes from the stream's start) of the first byte of the record {@link #next} last
   * returned, or -1 before the first. A split of a file uses it to stop at the first record that
   * starts at or after its end.
   */
  public long lastRecordStart() {
    return lastRecordStart;
  }

  /**
   * The offset just after the raw text of the record {@link #next} last returned: its bytes in
   * the stream are {@code [lastRecordStart(), lastRecordRawEnd())}, decoding to {@link
   * CsvRecord#raw()} when the record is valid UTF-8.
   */
  public long lastRecordRawEnd() {
    return lastRecordRawEnd;
  }

  /** The reader's position: the offset (bytes from the stream's start) of the first byte not yet consumed. */
  public long position() {
    return window.offsetOf(window.pos());
  }

  /** The physical line at the reader's position: after {@link #next} returned null, one more than the LFs read. */
  public long line() {
    return line;
  }

  /** Closes the underlying stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
