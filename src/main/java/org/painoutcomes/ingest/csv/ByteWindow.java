package org.painoutcomes.ingest.csv;

import java.io.IOException;
import java.io.InputStream;

/**
 * The reader's view of its input: a growable byte buffer holding the unread bytes {@code
 * buf[pos, limit)}. Filling moves the unread bytes to the front, grows the buffer geometrically up
 * to a maximum when it is full, and reads until the buffer is full or the input ends. Reading until
 * full (not once) matters: a restarted scan of a long record then sees at least twice the bytes it
 * saw before, which keeps rescanning linear whatever sizes the stream's reads return.
 */
final class ByteWindow {

  private final InputStream in;
  private final int maxBytes;
  private byte[] buf;
  private int pos;
  private int limit;
  private boolean eof;
  private long base; // the input offset of buf[0]

  /** A window on {@code in} starting at {@code initialBytes}, growing to {@code maxBytes}. */
  ByteWindow(InputStream in, int initialBytes, int maxBytes) {
    this.in = in;
    this.maxBytes = Math.max(initialBytes, maxBytes);
    this.buf = new byte[initialBytes];
  }

  byte[] buf() {
    return buf;
  }

  /** The first unread byte. */
  int pos() {
    return pos;
  }

  /** The end (exclusive) of the buffered bytes. */
  int limit() {
    return limit;
  }

  /** The offset in the input (bytes from its start) of buffer index {@code index}. */
  long offsetOf(int index) {
    return base + index;
  }

  /** Whether the input has ended: no byte will ever follow {@link #limit()}. */
  boolean atEof() {
    return eof;
  }

  /** Marks every byte before {@code newPos} as read. */
  void consumeTo(int newPos) {
    pos = newPos;
  }

  /**
   * Buffers more input after the unread bytes, which may move (re-read {@link #buf()}, {@link
   * #pos()} and {@link #limit()} afterwards; offsets relative to {@code pos} stay valid).
   *
   * @return false when the input ended without adding a byte
   */
  boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      base += pos;
      pos = 0;
    }
    if (limit == buf.length) {
      if (buf.length >= maxBytes) {
        throw new IllegalStateException("record buffer full at " + maxBytes + " bytes");
      }
      byte[] grown = new byte[(int) Math.min((long) buf.length * 2, maxBytes)];
      System.arraycopy(buf, 0, grown, 0, limit);
      buf = grown;
    }
    int before = limit;
    while (limit < buf.length) {
      int n = in.read(buf, limit, buf.length - limit);
      if (n < 0) {
        eof = true;
        break;
      }
      limit += n;
    }
    return limit > before;
  }

  /** The position of the first LF at or after {@code from}, or -1 if none is buffered. */
  int indexOfLf(int from) {
    byte[] b = buf;
    for (int i = from; i < limit; i++) {
      if (b[i] == RecordScanner.LF) {
        return i;
      }
    }
    return -1;
  }

  /** Drops all unread bytes up to and including the next LF of the input, or to its end. */
  void skipPastNextLf() throws IOException {
    int from = pos;
    for (;;) {
      int lf = indexOfLf(from);
      if (lf >= 0) {
        pos = lf + 1;
        return;
      }
      pos = limit;
      if (!fill()) {
        return;
      }
      from = pos;
    }
  }
}
