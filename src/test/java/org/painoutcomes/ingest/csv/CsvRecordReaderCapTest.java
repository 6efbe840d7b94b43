package org.painoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painoutcomes.ingest.csv.CsvReading.bytes;
import static org.painoutcomes.ingest.csv.CsvReading.ok;
import static org.painoutcomes.ingest.csv.CsvReading.readAll;
import static org.painoutcomes.ingest.csv.CsvReading.unparseable;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The record cap (the reader's one deviation from SPEC 2.1): a record whose raw bytes exceed
 * maxRecordBytes is UNPARSEABLE as its first line, cut to the cap, and reading resumes on the next
 * line. Small caps make the cases easy to count by hand; each is run with a buffer smaller than,
 * equal to and larger than the cap, so the cap, not the buffer, decides.
 */
class CsvRecordReaderCapTest {

  private static final int CAP = 10;

  @ParameterizedTest(name = "buffer {0}")
  @ValueSource(ints = {1, 3, 12, 64 * 1024})
  void recordOfExactlyTheCapParses(int buffer) {
    // "0123456789" is 10 bytes; its CRLF does not count
    assertThat(readAll(bytes("0123456789\r\nabc\n"), CAP, buffer))
        .containsExactly(ok(1, "0123456789", "0123456789"), ok(2, "abc", "abc"));
  }

  @ParameterizedTest(name = "buffer {0}")
  @ValueSource(ints = {1, 3, 12, 64 * 1024})
  void longUnquotedLineIsCutToTheCapAndTheNextLineIsRead(int buffer) {
    assertThat(readAll(bytes("0123456789A,BCDEFGHIJ\nabc\n012345678901"), CAP, buffer))
        .as("21 and 12 bytes: over the cap, raw is the first 10 bytes")
        .containsExactly(
            unparseable(1, "0123456789"), ok(2, "abc", "abc"), unparseable(3, "0123456789"));
  }

  @ParameterizedTest(name = "buffer {0}")
  @ValueSource(ints = {1, 3, 12, 64 * 1024})
  void quotedFieldNotClosedWithinTheCapIsTreatedAsNeverClosed(int buffer) {
    // record 1 would be `a,"1\n2\n3\n4\n5"` (13 bytes): over the cap, so line 1 alone is returned
    // and lines 2 to 5 are read again; line 5 `5"` has an ordinary quote
    assertThat(readAll(bytes("a,\"1\n2\n3\n4\n5\"\nb\n"), CAP, buffer))
        .containsExactly(
            unparseable(1, "a,\"1"),
            ok(2, "2", "2"),
            ok(3, "3", "3"),
            ok(4, "4", "4"),
            ok(5, "5\"", "5\""),
            ok(6, "b", "b"));
  }

  @ParameterizedTest(name = "buffer {0}")
  @ValueSource(ints = {1, 3, 12, 64 * 1024})
  void multiLineRecordWithinTheCapParses(int buffer) {
    assertThat(readAll(bytes("\"1\n2\n3\",4\nb"), CAP, buffer))
        .as("9 bytes of raw")
        .containsExactly(ok(1, "\"1\n2\n3\",4", "1\n2\n3", "4"), ok(4, "b", "b"));
  }

  @Test
  void capMustBePositive() {
    assertThatThrownBy(() -> new CsvRecordReader(new ByteArrayInputStream(new byte[0]), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRecordBytes");
  }
}
