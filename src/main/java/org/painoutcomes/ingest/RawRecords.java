package org.painoutcomes.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.painoutcomes.InputReadFailure;

/**
 * Reads back the raw text of staged rows that carry only where it is (see {@link StagedSchema}):
 * rows that passed the row rules and were then rejected by a cross-row rule. Such a record parsed
 * and is valid UTF-8 (else it would be MALFORMED), so its bytes decode to exactly the text the
 * parser would have given.
 */
final class RawRecords {

  /** The rows with {@code record} filled in wherever only {@code raw_offset} and {@code raw_length} were. */
  static Dataset<Row> fill(Dataset<Row> staged, List<InputFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(staged.sparkSession().sparkContext());
    Broadcast<HadoopConfHolder> conf = jsc.broadcast(new HadoopConfHolder(jsc.hadoopConfiguration()));
    Map<Integer, InputFile> byIndex = new HashMap<>();
    files.forEach(f -> byIndex.put(f.index(), f));
    int record = staged.schema().fieldIndex(StagedSchema.RECORD);
    int offset = staged.schema().fieldIndex(StagedSchema.RAW_OFFSET);
    int length = staged.schema().fieldIndex(StagedSchema.RAW_LENGTH);
    int fileIndex = staged.schema().fieldIndex(StagedSchema.FILE_INDEX);
    MapPartitionsFunction<Row, Row> fill =
        rows -> new Filled(rows, byIndex, conf.value().get(), record, offset, length, fileIndex);
    return staged.mapPartitions(fill, Encoders.row(staged.schema()));
  }

  /** The rows of a partition, each file opened once. */
  private static final class Filled implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final Map<Integer, InputFile> files;
    private final Configuration conf;
    private final Map<Integer, FSDataInputStream> open = new HashMap<>();
    private final int record;
    private final int offset;
    private final int length;
    private final int fileIndex;

    Filled(Iterator<Row> rows, Map<Integer, InputFile> files, Configuration conf, int record, int offset, int length, int fileIndex) {
      this.rows = rows;
      this.files = files;
      this.conf = conf;
      this.record = record;
      this.offset = offset;
      this.length = length;
      this.fileIndex = fileIndex;
    }

    @Override
    public boolean hasNext() {
      if (rows.hasNext()) {
        return true;
      }
      closeAll();
      return false;
    }

    @Override
    public Row next() {
      Row r = rows.next();
      if (!r.isNullAt(record) || r.isNullAt(offset)) {
        return r;
      }
      Object[] values = new Object[r.length()];
      for (int i = 0; i < values.length; i++) {
        values[i] = r.get(i);
      }
      byte[] raw = new byte[r.getInt(length)];
      int file = r.getInt(fileIndex);
      try {
        FSDataInputStream in = open.get(file);
        if (in == null) {
          in = InputStreams.openSeekable(files.get(file), conf);
          open.put(file, in);
        }
        // seek and read, not a positioned read: on a local file system each positioned read
        // opens a checksum reader of its own, a large part of the rejects' writing
        // (docs/PERFORMANCE.md change 14).
        in.seek(r.getLong(offset));
        in.readFully(raw);
      } catch (IOException e) {
        throw new InputReadFailure(files.get(file).name(), e);
      }
      values[record] = new String(raw, StandardCharsets.UTF_8);
      return RowFactory.create(values);
    }

    private void closeAll() {
      for (FSDataInputStream in : open.values()) {
        try {
          in.close();
        } catch (IOException e) {
          // read-only: nothing is lost
        }
      }
      open.clear();
    }
  }

  private RawRecords() {}
}
