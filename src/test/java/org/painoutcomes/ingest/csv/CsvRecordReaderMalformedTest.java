package org.painoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.ingest.csv.CsvReading.invalidUtf8;
import static org.painoutcomes.ingest.csv.CsvReading.ok;
import static org.painoutcomes.ingest.csv.CsvReading.readAll;
import static org.painoutcomes.ingest.csv.CsvReading.unparseable;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.1 on broken input: an unparseable record is its first line only and reading resumes on
 * the next line; invalid UTF-8 is flagged, with U+FFFD in place of each invalid sequence. Expected
 * records are worked out by hand from the input text.
 */
class CsvRecordReaderMalformedTest {

  @Test
  void characterAfterClosingQuoteIsUnparseableOnItsLine() {
    assertThat(readAll("a,b\n\"x\"y,z\n1,2\n"))
        .containsExactly(
            ok(1, "a,b", "a", "b"), unparseable(2, "\"x\"y,z"), ok(3, "1,2", "1", "2"));
  }

  @Test
  void crNotFollowedByLfAfterClosingQuoteIsUnparseable() {
    assertThat(readAll("\"x\"\r,y\n\"z\"\r"))
        .as("a lone CR is an ordinary character, also at the end of input")
        .containsExactly(unparseable(1, "\"x\"\r,y"), unparseable(2, "\"z\"\r"));
  }

  @Test
  void brokenQuotedFieldOverSeveralLinesGivesBackTheSwallowedLines() {
    // The quote opened on line 2 closes on line 4 (after "c"), and "d" follows it: unparseable.
    // The record is line 2 alone; lines 3, 4 and 5 are read again as records of their own. On
    // line 4 the quote is not a field's first character, so it is ordinary.
    String csv = "id,note\nP1,\"a\r\nb\nc\"d,more\nP2,ok\n";
    assertThat(readAll(csv))
        .containsExactly(
            ok(1, "id,note", "id", "note"),
            unparseable(2, "P1,\"a"),
            ok(3, "b", "b"),
            ok(4, "c\"d,more", "c\"d", "more"),
            ok(5, "P2,ok", "P2", "ok"));
  }

  @Test
  void quoteNeverClosedIsUnparseableAndTheFollowingLinesAreReadAgain() {
    assertThat(readAll("a,b\n1,\"open\n2,x\r\n\n3,y"))
        .as("line 2 opens a quote that runs to the end of input; line 4 is empty")
        .containsExactly(
            ok(1, "a,b", "a", "b"),
            unparseable(2, "1,\"open"),
            ok(3, "2,x", "2", "x"),
            ok(5, "3,y", "3", "y"));
  }

  @Test
  void quoteNeverClosedOnTheLastLine() {
    assertThat(readAll("a\n\"b,c"))
        .containsExactly(ok(1, "a", "a"), unparseable(2, "\"b,c"));
  }

  @Test
  void unparseableFirstLineKeepsItsCrlfOutOfRaw() {
    assertThat(readAll("\"a\"b\r\nc\r\n"))
        .containsExactly(unparseable(1, "\"a\"b"), ok(2, "c", "c"));
  }

  @Test
  void invalidUtf8IsFlaggedWithReplacementCharacters() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes("a,b\nx".getBytes(StandardCharsets.US_ASCII));
    out.write(0xFF); // never valid in UTF-8
    out.writeBytes(",\"y".getBytes(StandardCharsets.US_ASCII));
    out.write(0xC3); // lead byte of a 2-byte sequence, followed by a non-continuation byte
    out.writeBytes("\"\nok,1\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(readAll(out.toByteArray()))
        .containsExactly(
            ok(1, "a,b", "a", "b"),
            invalidUtf8(2, "x\uFFFD,\"y\uFFFD\"", "x\uFFFD", "y\uFFFD"),
            ok(3, "ok,1", "ok", "1"));
  }

  @Test
  void truncatedMultiByteSequenceAtTheEndOfInputIsInvalid() {
    // E2 82 AC is the euro sign; its first two bytes alone are one invalid sequence
    byte[] input = {'a', ',', (byte) 0xE2, (byte) 0x82};
    assertThat(readAll(input)).containsExactly(invalidUtf8(1, "a,\uFFFD", "a", "\uFFFD"));
  }

  @Test
  void realReplacementCharacterInTheInputIsValid() {
    byte[] input = {'a', ',', (byte) 0xEF, (byte) 0xBF, (byte) 0xBD, '\n'}; // U+FFFD in UTF-8
    assertThat(readAll(input)).containsExactly(ok(1, "a,\uFFFD", "a", "\uFFFD"));
  }

  @Test
  void realAndReplacedCharactersTogetherAreInvalid() {
    byte[] input = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, ',', (byte) 0x80};
    assertThat(readAll(input)).containsExactly(invalidUtf8(1, "\uFFFD,\uFFFD", "\uFFFD", "\uFFFD"));
  }

  @Test
  void incompleteByteOrderMarkIsInvalidText() {
    // EF BB starts a 3-byte sequence that 'a' breaks off: one invalid sequence, one U+FFFD
    byte[] input = {(byte) 0xEF, (byte) 0xBB, 'a', '\n'};
    assertThat(readAll(input)).containsExactly(invalidUtf8(1, "\uFFFDa", "\uFFFDa"));
  }

  @Test
  void brokenRecordsComeOutTheSameWhereverTheBufferEnds() {
    // lines: 1 header; 2 `"x"y` bad; 3 opens a quote that closes on 5 before `z`: bad, so lines 4
    // and 5 come back; 5 `q"z` has an ordinary quote; 6 `"é` never closes (é is 2 bytes)
    byte[] input = CsvReading.bytes("h1,h2\r\n\"x\"y,1\n\"a,\"\"b\r\nc\nq\"z\n\"é");
    for (int buffer = 1; buffer <= 40; buffer++) {
      assertThat(readAll(input, CsvRecordReader.DEFAULT_MAX_RECORD_BYTES, buffer))
          .as("initial buffer of %d bytes", buffer)
          .containsExactly(
              ok(1, "h1,h2", "h1", "h2"),
              unparseable(2, "\"x\"y,1"),
              unparseable(3, "\"a,\"\"b"),
              ok(4, "c", "c"),
              ok(5, "q\"z", "q\"z"),
              unparseable(6, "\"é"));
    }
  }

  @Test
  void unparseableWinsOverInvalidUtf8() {
    byte[] input = {'"', 'a', '"', (byte) 0xFF, '\n', 'b'};
    assertThat(readAll(input))
        .as("the record does not parse; its raw line still shows U+FFFD")
        .containsExactly(unparseable(1, "\"a\"\uFFFD"), ok(2, "b", "b"));
  }
}
