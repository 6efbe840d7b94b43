package org.painoutcomes.ingest.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8, replacing each invalid byte sequence with U+FFFD exactly as a {@link
 * CharsetDecoder} with {@link CodingErrorAction#REPLACE} does, and tells whether it replaced
 * anything (SPEC 2.1: a record holding invalid UTF-8 is MALFORMED). A real U+FFFD in the input is
 * valid UTF-8 and does not count as a replacement.
 *
 * <p>The decoder runs with REPORT and performs the replacement itself: that is the only way to
 * learn that a replacement happened. Not thread-safe; one per reader.
 */
final class ReplacingUtf8Decoder {

  private static final char REPLACEMENT = '\uFFFD';

  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private CharBuffer chars = CharBuffer.allocate(256);
  private boolean replaced;

  /** Decodes {@code len} bytes from {@code off}; {@link #replacedAny()} then tells the outcome. */
  String decode(byte[] bytes, int off, int len) {
    replaced = false;
    if (chars.capacity() < len) {
      // UTF-8 never yields more chars than bytes, and a replacement consumes at least one byte
      chars = CharBuffer.allocate(Math.max(len, chars.capacity() * 2));
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = chars;
    out.clear();
    decoder.reset();
    for (;;) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isError()) {
        replaced = true;
        out.put(REPLACEMENT);
        in.position(in.position() + result.length());
      } else {
        throw new IllegalStateException("UTF-8 decoding overflowed a buffer sized to its input");
      }
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /** Whether the last {@link #decode} replaced at least one invalid byte sequence. */
  boolean replacedAny() {
    return replaced;
  }
}
