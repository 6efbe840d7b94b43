package org.painoutcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.util.CollectionAccumulator;
import org.painoutcomes.ingest.csv.CsvRecord;
import org.painoutcomes.ingest.csv.CsvRecordReader;
import org.painoutcomes.InputReadFailure;

/**
 * Streams the staged rows of one {@link FileSplit}: the records that start in its range. When the
 * split is read to its end, its {@link SplitSummary} goes to the reading's accumulator. Holds one
 * record at a time, so a split of any size reads in constant memory. A digest task reads the whole
 * file for its SHA-256 and yields no row.
 */
final class SplitRowIterator implements Iterator<InternalRow> {
  private final FileSplit split;
  private final StagedRowBuilder builder;
  private final CollectionAccumulator<SplitSummary> summaries;
  private final MessageDigest digest;
  private final InputStream stored; // counts its bytes when the task reads the whole file
  private final CsvRecordReader reader;
  private final long origin; // the file offset where the reader's stream starts
  private long firstRecord;
  private long firstLine = -1;
  private long records;
  private long suspicious;
  private Long firstSuspiciousLine;
  private InternalRow next;
  private boolean finished;

  SplitRowIterator(
      FileSplit split, StagedRowBuilder builder, Configuration conf, CollectionAccumulator<SplitSummary> summaries) {
    this.split = split;
    this.builder = builder;
    this.summaries = summaries;
    this.digest = split.digestWhileReading() ? InputStreams.sha256() : null;
    try {
      InputFile file = split.file();
      if (split.isDigest()) {
        this.stored = InputStreams.openStored(file, conf, digest);
        this.reader = null;
        this.origin = 0;
      } else if (split.start() == 0) {
        this.stored = InputStreams.openStored(file, conf, digest);
        // A record with more fields than the header is MALFORMED whatever they hold: the reader
        // need not keep them (a line of 64 MiB of commas would otherwise take over 1.3 GB).
        this.reader = CsvRecordReader.withMaxFields(InputStreams.content(file, stored), split.layout().fieldCount());
        this.origin = 0;
        reader.next(); // the header, checked on the driver before any task ran
        this.firstRecord = 0;
        this.firstLine = 1; // lines of the first split are the file's own
      } else {
        FSDataInputStream in = InputStreams.openSeekable(file, conf);
        this.origin = lineStartFrom(in, split.start());
        in.seek(origin);
        this.stored = in;
        this.reader = CsvRecordReader.fromLineStart(in, split.layout().fieldCount());
      }
    } catch (IOException e) {
      throw new InputReadFailure(split.file().name(), e);
    }
  }

  /** The first line start at or after {@code start}: the byte after the first LF at or after {@code start - 1}. */
  private static long lineStartFrom(FSDataInputStream in, long start) throws IOException {
    in.seek(start - 1);
    byte[] buf = new byte[8192];
    long pos = start - 1;
    for (;;) {
      int n = in.read(buf);
      if (n < 0) {
        return pos; // no line start after start: the split is empty
      }
      for (int i = 0; i < n; i++) {
        if (buf[i] == '\n') {
          return pos + i + 1;
        }
      }
      pos += n;
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
  public InternalRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    InternalRow r = next;
    next = null;
    return r;
  }

  private void advance() {
    try {
      CsvRecord record = reader == null ? null : reader.next();
      if (record == null) {
        drain();
        if (reader == null) {
          finish(0, 0, 0);
        } else {
          long end = origin + reader.position();
          finish(firstLine < 0 ? end : firstRecord, end, firstLine < 0 ? 0 : reader.line() - firstLine);
        }
        return;
      }
      long start = origin + reader.lastRecordStart();
      if (firstLine < 0) {
        firstRecord = start;
        firstLine = record.line();
      }
      if (start >= split.end()) {
        // the first record at or after the range belongs to the next split
        finish(firstRecord, start, record.line() - firstLine);
        return;
      }
      long line = record.line() - firstLine + 1;
      records++;
      if (StagedRowBuilder.suspicious(split.layout(), record)) {
        suspicious++;
        if (firstSuspiciousLine == null) {
          firstSuspiciousLine = line;
        }
      }
      next = builder.build(split, record, line, start, origin + reader.lastRecordRawEnd());
    } catch (IOException e) {
      throw new InputReadFailure(split.file().name(), e);
    }
  }

  /** Reads what the parser did not need (bytes after a gzip stream) so the digest covers the whole stored file. */
  private void drain() throws IOException {
    if (digest == null) {
      return;
    }
    byte[] rest = new byte[1 << 16];
    while (stored.read(rest) >= 0) {
      // read to the end
    }
  }

  private void finish(long first, long end, long lines) throws IOException {
    if (reader != null) {
      reader.close();
    } else {
      stored.close();
    }
    // A file cut or appended to after it was located would give fewer or more rows than were
    // delivered, its last record possibly cut mid-value: fail rather than count those rows. The
    // task that reads the whole file (or its last range) sees its length.
    long read = split.digestWhileReading() ? ((InputStreams.Counted) stored).count() : split.end() == Long.MAX_VALUE ? end : -1;
    if (read >= 0 && read != split.file().bytes()) {
      throw new IOException(
          "the file changed while the run read it (" + split.file().bytes() + " bytes when located, " + read + " bytes read)");
    }
    finished = true;
    String sha = digest == null ? null : HexFormat.of().formatHex(digest.digest());
    summaries.add(
        new SplitSummary(split.file().path(), split.file().index(), split.index(), first, end, lines, records, suspicious, firstSuspiciousLine, sha));
  }
}
