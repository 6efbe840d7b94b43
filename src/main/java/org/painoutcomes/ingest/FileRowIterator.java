package org.painoutcomes.ingest;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Row;
import org.painoutcomes.ingest.csv.CsvRecord;
import org.painoutcomes.ingest.csv.CsvRecordReader;

/**
 * Streams the staged rows of one file: every record after the header, then the file's summary
 * row. Holds one record at a time, so a file of any size reads in constant memory.
 */
final class FileRowIterator implements Iterator<Row> {
  private final InputFile file;
  private final HeaderLayout layout;
  private final StagedRowBuilder builder;
  private final MessageDigest digest = InputStreams.sha256();
  private final InputStreams.Counted stored;
  private final CsvRecordReader reader;
  private Row next;
  private long records;
  private boolean finished;

  FileRowIterator(InputFile file, HeaderLayout layout, StagedRowBuilder builder, Configuration conf) {
    this.file = file;
    this.layout = layout;
    this.builder = builder;
    try {
      this.stored = InputStreams.openStored(file, conf, digest);
      // A record with more fields than the header is MALFORMED whatever they hold: the reader
      // need not keep them (a line of 64 MiB of commas would otherwise take over 1.3 GB).
      this.reader = CsvRecordReader.withMaxFields(InputStreams.content(file, stored), layout.fieldCount());
      reader.next(); // the header, checked on the driver before any task ran
    } catch (IOException e) {
      throw new InputReadFailure(file.name(), e);
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !finished) {
      advance();
    }
    return next != null;
  }

  @Override
  public Row next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Row r = next;
    next = null;
    return r;
  }

  private void advance() {
    try {
      CsvRecord record = reader.next();
      if (record != null) {
        records++;
        next = builder.build(file, layout, record);
        return;
      }
      // Drain what the parser did not need (bytes after a gzip stream) so the digest covers the
      // whole stored file.
      byte[] rest = new byte[8192];
      while (stored.read(rest) >= 0) {
        // read to the end
      }
      reader.close();
      // A file cut or appended to after it was located would give fewer or more rows than were
      // delivered, its last record possibly cut mid-value: fail rather than count those rows.
      if (stored.count() != file.bytes()) {
        throw new IOException(
            "the file changed while the run read it (" + file.bytes() + " bytes when located, "
                + stored.count() + " bytes read)");
      }
      finished = true;
      next = builder.fileSummary(file, HexFormat.of().formatHex(digest.digest()), records);
    } catch (IOException e) {
      throw new InputReadFailure(file.name(), e);
    }
  }
}
