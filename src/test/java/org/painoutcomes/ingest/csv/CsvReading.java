package org.painoutcomes.ingest.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test shorthands: read a whole input, and write the records expected from it. */
final class CsvReading {

  private CsvReading() {}

  static List<CsvRecord> readAll(String text) {
    return readAll(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<CsvRecord> readAll(byte[] bytes) {
    return readAll(bytes, CsvRecordReader.DEFAULT_MAX_RECORD_BYTES, CsvRecordReader.DEFAULT_BUFFER_BYTES);
  }

  static List<CsvRecord> readAll(byte[] bytes, int maxRecordBytes, int bufferBytes) {
    List<CsvRecord> records = new ArrayList<>();
    try (CsvRecordReader reader =
        new CsvRecordReader(new ByteArrayInputStream(bytes), maxRecordBytes, bufferBytes)) {
      for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
        records.add(r);
      }
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static CsvRecord ok(long line, String raw, String... fields) {
    return new CsvRecord(line, List.of(fields), raw, CsvRecord.Status.OK);
  }

  static CsvRecord invalidUtf8(long line, String raw, String... fields) {
    return new CsvRecord(line, List.of(fields), raw, CsvRecord.Status.INVALID_UTF8);
  }

  static CsvRecord unparseable(long line, String raw) {
    return new CsvRecord(line, List.of(), raw, CsvRecord.Status.UNPARSEABLE);
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
