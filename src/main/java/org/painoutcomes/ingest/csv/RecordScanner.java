package org.painoutcomes.ingest.csv;

import java.util.Arrays;

/**
 * Finds the extent and the field boundaries of one CSV record in a byte range (SPEC 2.1). It
 * decodes nothing and allocates nothing per record: it fills reusable arrays of field offsets.
 *
 * <p>{@link #scan} is restartable rather than resumable: when the bytes run out before the record
 * ends it answers {@link #NEED_MORE}, and the caller scans the same record again from its start
 * once more bytes are buffered. The caller grows its buffer geometrically, so a long record is
 * rescanned a bounded number of times, and a short one at most once per buffer refill.
 */
final class RecordScanner {

  /** The record ends inside the range; see {@link #rawEnd}, {@link #next} and the fields. */
  static final int COMPLETE = 0;
  /** The range ends before the record does, and more input may follow. */
  static final int NEED_MORE = 1;
  /** A character other than space/tab after a closing quote, or a quote never closed. */
  static final int UNPARSEABLE = 2;

  static final byte QUOTE = '"';
  static final byte COMMA = ',';
  static final byte LF = '\n';
  static final byte CR = '\r';
  private static final byte SPACE = ' ';
  private static final byte TAB = '\t';

  private final int maxFields;
  private int fieldCount;
  private int[] starts = new int[32];
  private int[] ends = new int[32];
  private boolean[] escaped = new boolean[32];
  private int rawEnd;
  private int next;
  private int innerNewlines;
  private boolean endsWithLf;

  /**
   * A scanner that keeps at most {@code maxFields + 1} fields of a record: enough to tell that a
   * record has more than {@code maxFields}, without an offset per field of a record that is all
   * commas (see {@link CsvRecordReader#withMaxFields}).
   */
  RecordScanner(int maxFields) {
    this.maxFields = maxFields;
  }

  /**
   * Scans the record that starts at {@code from}.
   *
   * @param eof true when no byte follows {@code limit}: the record then ends there at the latest
   * @return {@link #COMPLETE}, {@link #NEED_MORE} or {@link #UNPARSEABLE}
   */
  int scan(byte[] b, int from, int limit, boolean eof) {
    fieldCount = 0;
    innerNewlines = 0;
    int p = from;
    for (;;) {
      // p is at the first byte of a field
      if (p == limit) {
        if (!eof) {
          return NEED_MORE;
        }
        addField(p, p, false); // the empty last field after a trailing comma
        return completeAtEof(limit);
      }
      if (b[p] != QUOTE) {
        // SPEC 2.1: any other field runs to the next comma or line end; a quote in it is ordinary
        int i = p;
        while (i < limit) {
          byte c = b[i];
          if (c == COMMA || c == LF) {
            break;
          }
          i++;
        }
        if (i == limit) {
          if (!eof) {
            return NEED_MORE;
          }
          addField(p, limit, false);
          return completeAtEof(limit);
        }
        addField(p, i, false); // a CR before the LF stays in the field; trimming removes it
        if (b[i] == LF) {
          return completeAtLf(b, from, i);
        }
        p = i + 1;
        continue;
      }
      // SPEC 2.1: a quoted field runs to the next quote that is not doubled
      int start = p + 1;
      int i = start;
      int newlines = 0;
      boolean hasEscapes = false;
      for (;;) {
        while (i < limit) {
          byte c = b[i];
          if (c == QUOTE) {
            break;
          }
          if (c == LF) {
            newlines++;
          }
          i++;
        }
        if (i == limit) {
          return eof ? UNPARSEABLE : NEED_MORE; // a quote never closed
        }
        // A quote as the last buffered byte is taken as closing; if more input may follow, the
        // check after the closing quote below asks for it, and the rescan tells a pair apart.
        if (i + 1 < limit && b[i + 1] == QUOTE) {
          hasEscapes = true;
          i += 2;
          continue;
        }
        break;
      }
      innerNewlines += newlines;
      addField(start, i, hasEscapes);
      // SPEC 2.1: after the closing quote only spaces and tabs before the comma or line end
      int j = i + 1;
      while (j < limit && (b[j] == SPACE || b[j] == TAB)) {
        j++;
      }
      if (j == limit) {
        if (!eof) {
          return NEED_MORE;
        }
        return completeAtEof(limit);
      }
      byte c = b[j];
      if (c == COMMA) {
        p = j + 1;
      } else if (c == LF) {
        return completeAtLf(b, from, j);
      } else if (c == CR) {
        // a CR is a line end only when an LF follows; a lone CR is an ordinary character
        if (j + 1 == limit) {
          return eof ? UNPARSEABLE : NEED_MORE;
        }
        return b[j + 1] == LF ? completeAtLf(b, from, j + 1) : UNPARSEABLE;
      } else {
        return UNPARSEABLE;
      }
    }
  }

  private int completeAtLf(byte[] b, int from, int lf) {
    rawEnd = lf > from && b[lf - 1] == CR ? lf - 1 : lf; // raw drops the final LF or CRLF
    next = lf + 1;
    endsWithLf = true;
    return COMPLETE;
  }

  private int completeAtEof(int limit) {
    rawEnd = limit; // no line end to remove: a final lone CR is an ordinary character
    next = limit;
    endsWithLf = false;
    return COMPLETE;
  }

  private void addField(int start, int end, boolean hasEscapes) {
    if (fieldCount > maxFields) {
      return; // the record is past its limit already; its extent is all that is still needed
    }
    if (fieldCount == starts.length) {
      int n = fieldCount * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      escaped = Arrays.copyOf(escaped, n);
    }
    starts[fieldCount] = start;
    ends[fieldCount] = end;
    escaped[fieldCount] = hasEscapes;
    fieldCount++;
  }

  int fieldCount() {
    return fieldCount;
  }

  /** Start of field {@code k}: for a quoted field, the byte after the opening quote. */
  int fieldStart(int k) {
    return starts[k];
  }

  /** End (exclusive) of field {@code k}: for a quoted field, the closing quote. */
  int fieldEnd(int k) {
    return ends[k];
  }

  /** Whether quoted field {@code k} holds doubled quotes that stand for one quote each. */
  boolean fieldHasEscapes(int k) {
    return escaped[k];
  }

  /** End (exclusive) of the raw record: before its final LF or CRLF, or the end of input. */
  int rawEnd() {
    return rawEnd;
  }

  /** Where the next record starts: after the final LF, or the end of input. */
  int next() {
    return next;
  }

  /** LFs inside quoted fields: the physical lines the record spans, less one. */
  int innerNewlines() {
    return innerNewlines;
  }

  /** Whether the record ended with a line end rather than the end of input. */
  boolean endsWithLf() {
    return endsWithLf;
  }
}
