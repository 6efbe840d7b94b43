package org.painoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints the reader's throughput on about 100 MB of outcome-like rows (a few quoted values among
 * them). A measurement, not a timed assertion: run with {@code -Dtest.excludedGroups=cluster}.
 */
@Tag("slow")
class CsvRecordReaderThroughputTest {

  private static final int TARGET_BYTES = 100 * 1024 * 1024;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Test
  void parsesAbout100MegabytesAndPrintsTheRate() throws IOException {
    byte[] input = outcomeRows();
    long rows = 0;
    for (int round = 1; round <= 5; round++) { // the first rounds warm the JIT up
      long cpuStarted = THREADS.getCurrentThreadCpuTime();
      long started = System.nanoTime();
      rows = countRecords(input);
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
      // the CPU-time rate is steadier on a shared machine; the wall rate includes GC threads
      System.out.printf(
          "CsvRecordReader round %d: %,d bytes, %,d records: wall %.3f s = %.1f MB/s,"
              + " reader thread CPU %.3f s = %.1f MB/s%n",
          round, input.length, rows, seconds, input.length / 1e6 / seconds,
          cpuSeconds, input.length / 1e6 / cpuSeconds);
    }
    assertThat(rows).as("every generated row plus the header").isEqualTo(expectedRows(input));
  }

  private static long countRecords(byte[] input) throws IOException {
    long n = 0;
    try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(input))) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        if (r.status() != CsvRecord.Status.OK) {
          throw new AssertionError("unexpected " + r.status() + " on line " + r.line());
        }
        n++;
      }
    }
    return n;
  }

  /** The generated input has one record per line: its LF count. */
  private static long expectedRows(byte[] input) {
    long lf = 0;
    for (byte b : input) {
      lf += b == '\n' ? 1 : 0;
    }
    return lf;
  }

  private static byte[] outcomeRows() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(TARGET_BYTES + 1024);
    out.writeBytes(
        "participant_id,assessment_date,instrument,item,value,comment\r\n"
            .getBytes(StandardCharsets.UTF_8));
    String[] items = {"PEG_1", "PEG_2", "PEG_3", "NRS_PAIN", "TSCORE", "ODI_01"};
    StringBuilder row = new StringBuilder();
    for (int i = 0; out.size() < TARGET_BYTES; i++) {
      row.setLength(0);
      row.append("P").append(100_000 + i % 50_000).append(',')
          .append("2025-").append(1 + i % 12 < 10 ? "0" : "").append(1 + i % 12).append("-15,")
          .append(i % 3 == 0 ? "PEG" : "PROMIS_PI").append(',')
          .append(items[i % items.length]).append(',')
          .append(i % 11).append(',')
          .append(i % 10 == 0 ? "\"said \"\"better\"\", slept more\"" : "")
          .append("\r\n");
      out.writeBytes(row.toString().getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
