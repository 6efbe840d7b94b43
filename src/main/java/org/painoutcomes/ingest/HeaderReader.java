package org.painoutcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.ingest.csv.CsvRecord;
import org.painoutcomes.ingest.csv.CsvRecordReader;

/**
 * Reads and checks the header of every file of every source on the driver, before any row is
 * read (SPEC 2.1: header checks come first and stop the run).
 */
public final class HeaderReader {
  private final Configuration conf;

  public HeaderReader(Configuration conf) {
    this.conf = conf;
  }

  /** The header layout of each file, keyed by the file's relative name, in source and file order. */
  public Map<String, HeaderLayout> read(List<SourceFiles> sources) {
    Map<String, HeaderLayout> layouts = new LinkedHashMap<>();
    for (SourceFiles s : sources) {
      for (InputFile f : s.files()) {
        layouts.put(f.name(), HeaderLayout.of(s.source(), f.name(), header(f)));
      }
    }
    return layouts;
  }

  private List<String> header(InputFile f) {
    try (InputStream stored = InputStreams.openStored(f, conf, null);
        CsvRecordReader reader = new CsvRecordReader(InputStreams.content(f, stored))) {
      CsvRecord header = reader.next();
      if (header == null) {
        throw PipelineErrors.noHeader(f.name());
      }
      if (header.status() == CsvRecord.Status.UNPARSEABLE) {
        throw PipelineErrors.unparseableHeader(f.name(), header.line());
      }
      return header.fields();
    } catch (IOException e) {
      throw PipelineErrors.inputFileUnreadable(f.name(), e);
    }
  }
}
