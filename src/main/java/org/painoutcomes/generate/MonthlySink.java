package org.painoutcomes.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.painoutcomes.contract.Source;

/**
 * A source written as a folder of monthly extracts (SPEC 2): {@code <source>/YYYY-MM.csv[.gz]},
 * one file per calendar month of the row's own date (enrollment_date, session_date,
 * assessment_date), each with its header, as a system exporting month by month would write them.
 * A planted record goes to the month of the clean row it was made from, so a DUPLICATE or
 * CONFLICT copy is a later line of its original's file (SPEC 2.5 "earlier"), and a record whose
 * date was broken on purpose still lands somewhere. Files are opened as their first row comes.
 */
final class MonthlySink implements SourceSink {
  private final Path folder;
  private final Source source;
  private final int dateColumn;
  private final String suffix;
  private final boolean gzip;
  private final boolean crlf;
  private final boolean bom;
  private final Map<String, CsvSink> months = new TreeMap<>();
  private CsvSink last;

  MonthlySink(Path folder, Source source, boolean gzip, boolean crlf, boolean bom) throws IOException {
    this.folder = Files.createDirectories(folder);
    this.source = source;
    this.dateColumn = dateColumn(source);
    this.suffix = gzip ? ".csv.gz" : ".csv";
    this.gzip = gzip;
    this.crlf = crlf;
    this.bom = bom;
  }

  /** The column whose month places a row: the source's own date. */
  static int dateColumn(Source source) {
    return switch (source) {
      case ENROLLMENT -> RowLayout.E_ENROLLED;
      case ATTENDANCE -> RowLayout.A_DATE;
      case OUTCOMES -> RowLayout.O_DATE;
    };
  }

  @Override
  public void row(String[] row) {
    fileOf(row).row(row);
  }

  @Override
  public void record(String text, String[] origin) {
    fileOf(origin).record(text, origin);
  }

  @Override
  public void blankLine() {
    if (last != null) {
      last.blankLine();
    }
  }

  @Override
  public long records() {
    return months.values().stream().mapToLong(CsvSink::records).sum();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (CsvSink sink : months.values()) {
      try {
        sink.close();
      } catch (IOException | UncheckedIOException e) {
        first = first == null ? (e instanceof IOException io ? io : new IOException(e)) : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  /** The file of the clean row's month (its date is {@code YYYY-MM-DD}), opened on first use. */
  private CsvSink fileOf(String[] cleanRow) {
    String month = cleanRow[dateColumn].substring(0, 7);
    last = months.computeIfAbsent(month, this::open);
    return last;
  }

  private CsvSink open(String month) {
    try {
      CsvSink sink = new CsvSink(folder.resolve(month + suffix), gzip, crlf, bom);
      sink.header(source.columnNames());
      return sink;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
