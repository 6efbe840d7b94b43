package org.painoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.ingest.csv.CsvReading.ok;
import static org.painoutcomes.ingest.csv.CsvReading.readAll;
import static org.painoutcomes.ingest.csv.CsvReading.unparseable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records that straddle the reader's buffer boundaries must come out exactly as when they do not.
 * Expected records come from {@link GeneratedCsv}, which works them out while writing the input,
 * or are written out by hand.
 */
class CsvRecordReaderBufferingTest {

  private static final int CHUNK = CsvRecordReader.DEFAULT_BUFFER_BYTES;

  @Test
  void generatedInputLargerThanTheChunkWithLongQuotedFields() throws IOException {
    GeneratedCsv csv = GeneratedCsv.generate(20260101L, 3_000, 150);
    assertThat(csv.bytes.length).as("input spans many 64 KiB chunks").isGreaterThan(20 * CHUNK);
    assertThat(readAll(csv.bytes)).as("whole stream reads").isEqualTo(csv.expected);
    assertThat(readAllFrom(new TrickleStream(csv.bytes, 777)))
        .as("a stream whose reads return at most 777 bytes")
        .isEqualTo(csv.expected);
  }

  @Test
  void generatedSmallInputWithEveryInitialBufferSize() {
    GeneratedCsv csv = GeneratedCsv.generate(7L, 40, 0);
    for (int buffer = 1; buffer <= 70; buffer++) {
      assertThat(readAll(csv.bytes, CsvRecordReader.DEFAULT_MAX_RECORD_BYTES, buffer))
          .as("initial buffer of %d bytes", buffer)
          .isEqualTo(csv.expected);
    }
  }

  @Test
  void byteOrderMarkSplitAcrossTinyBuffers() {
    byte[] input = CsvReading.bytes("\uFEFFa,b\nc\n");
    for (int buffer = 1; buffer <= 5; buffer++) {
      assertThat(readAll(input, CsvRecordReader.DEFAULT_MAX_RECORD_BYTES, buffer))
          .as("initial buffer of %d bytes", buffer)
          .containsExactly(ok(1, "a,b", "a", "b"), ok(2, "c", "c"));
    }
  }

  @Test
  void quotedFieldOf200KilobytesIsOneValue() {
    String body = "x,\"y\"\n".repeat(40_000); // 240,000 bytes with commas, quotes, line breaks
    String quoted = "\"" + body.replace("\"", "\"\"") + "\"";
    String input = "id,note\r\nP1," + quoted + "\r\nP2,after\n";
    assertThat(readAll(input))
        .as("the field is 40,000 lines long, so the next record starts on line 40,003")
        .containsExactly(
            ok(1, "id,note", "id", "note"),
            ok(2, "P1," + quoted, "P1", body.trim()),
            ok(40_003, "P2,after", "P2", "after"));
  }

  @Test
  void everyConstructPlacedAcrossTheChunkBoundary() {
    // Each construct starts a few bytes before the end of the first 64 KiB chunk and is shifted
    // one byte at a time across it, so the boundary falls between each pair of its bytes.
    String[] constructs = {
      "\"a\"\"b\"\t \r\nnext,1\n", "\"x\r\ny\",z\r\n\r\nnext,1\n", "plain\r\nnext,1\n"
    };
    List<List<CsvRecord>> expected =
        List.of(
            List.of(ok(2, "\"a\"\"b\"\t ", "a\"b"), ok(3, "next,1", "next", "1")),
            List.of(ok(2, "\"x\r\ny\",z", "x\r\ny", "z"), ok(5, "next,1", "next", "1")),
            List.of(ok(2, "plain", "plain"), ok(3, "next,1", "next", "1")));
    for (int c = 0; c < constructs.length; c++) {
      for (int shift = 0; shift <= 14; shift++) {
        String filler = "f".repeat(CHUNK - 8 + shift);
        List<CsvRecord> records = readAll(filler + "\n" + constructs[c]);
        assertThat(records.get(0)).as("filler line").isEqualTo(ok(1, filler, filler));
        assertThat(records.subList(1, records.size()))
            .as("construct %d starting %d bytes before the boundary", c, 7 - shift)
            .isEqualTo(expected.get(c));
      }
    }
  }

  @Test
  void brokenQuoteSwallowingSeveralChunksGivesBackEveryLine() {
    StringBuilder input = new StringBuilder("a,\"open\n");
    List<CsvRecord> expected = new ArrayList<>();
    expected.add(unparseable(1, "a,\"open"));
    for (int i = 0; i < 30_000; i++) { // about 300 KB after the broken line
      String row = "row" + i + ",v";
      input.append(row).append('\n');
      expected.add(ok(i + 2, row, "row" + i, "v"));
    }
    assertThat(readAll(input.toString()))
        .as("the quote never closes, so every later line is read again on its own line number")
        .isEqualTo(expected);
  }

  private static List<CsvRecord> readAllFrom(InputStream in) throws IOException {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvRecordReader reader = new CsvRecordReader(in)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
    }
    return records;
  }

  /** A stream that returns at most {@code maxRead} bytes per read, as decompressors often do. */
  private static final class TrickleStream extends ByteArrayInputStream {
    private final int maxRead;

    TrickleStream(byte[] bytes, int maxRead) {
      super(bytes);
      this.maxRead = maxRead;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) {
      return super.read(b, off, Math.min(len, maxRead));
    }
  }
}
