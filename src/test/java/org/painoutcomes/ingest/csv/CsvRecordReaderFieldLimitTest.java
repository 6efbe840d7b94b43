package org.painoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.ingest.csv.CsvReading.bytes;
import static org.painoutcomes.ingest.csv.CsvReading.ok;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A reader made by {@link CsvRecordReader#withMaxFields} keeps at most maxFields + 1 fields of a
 * record (issue "Reliability": a line of 64 MiB of commas took over 1.3 GB of heap per task and
 * two at once killed the JVM). Records within the limit are untouched; a longer one keeps its
 * whole raw text and its line numbering, so the caller sees a field count other than the header's.
 */
class CsvRecordReaderFieldLimitTest {

  @Test
  void recordsWithinTheLimitAreReadAsWithoutIt() throws IOException {
    String text = "a,b,c\n1,2,3\n\"x\ny\",\"p,q\",r\n";
    assertThat(read(text, 3)).containsExactly(
        ok(1, "a,b,c", "a", "b", "c"), ok(2, "1,2,3", "1", "2", "3"), ok(3, "\"x\ny\",\"p,q\",r", "x\ny", "p,q", "r"));
  }

  @Test
  void aLongerRecordKeepsOneFieldMoreThanTheLimitAndAllItsText() throws IOException {
    // Line 2 has 6 fields, the quoted 5th spanning lines 2-3; line 4 follows as usual.
    String text = "a,b,c\n1,2,3,4,\"5\n5\",6\nx,y,z\n";
    assertThat(read(text, 3)).containsExactly(
        ok(1, "a,b,c", "a", "b", "c"),
        ok(2, "1,2,3,4,\"5\n5\",6", "1", "2", "3", "4"),
        ok(4, "x,y,z", "x", "y", "z"));
  }

  @Test
  @Timeout(60)
  void sixtyFourMegabytesOfCommasTakeLittleMoreThanTheirBytes() throws IOException {
    byte[] line = new byte[64 * 1024 * 1024 - 16];
    Arrays.fill(line, (byte) ',');
    byte[] text = new byte[line.length + 7];
    System.arraycopy(bytes("a,b,c\n"), 0, text, 0, 6);
    System.arraycopy(line, 0, text, 6, line.length);
    text[text.length - 1] = '\n';
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long before = rt.totalMemory() - rt.freeMemory();
    List<CsvRecord> records = new ArrayList<>();
    try (CsvRecordReader reader = CsvRecordReader.withMaxFields(new ByteArrayInputStream(text), 3)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
      long used = rt.totalMemory() - rt.freeMemory() - before;
      // the window (64 MiB and growing copies) and the raw text (64 MiB, one byte per char), not
      // the 1.3 GB of 64 Mi offsets and strings
      assertThat(used >> 20).as("MiB of heap held after the record").isLessThan(600);
    }
    assertThat(records).hasSize(2);
    assertThat(records.get(1).fields()).as("4 of 64 Mi empty fields kept").containsExactly("", "", "", "");
    assertThat(records.get(1).raw()).hasSize(line.length);
  }

  private static List<CsvRecord> read(String text, int maxFields) throws IOException {
    List<CsvRecord> out = new ArrayList<>();
    try (CsvRecordReader reader = CsvRecordReader.withMaxFields(new ByteArrayInputStream(bytes(text)), maxFields)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    return out;
  }
}
