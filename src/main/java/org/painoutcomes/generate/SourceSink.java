package org.painoutcomes.generate;

import java.io.Closeable;

/**
 * Where the rows of one source go: one file ({@link CsvSink}) or a folder of monthly files
 * ({@link MonthlySink}, SPEC 2). A planted record is placed by the clean row it was made from,
 * so that a copy lands in the same file as its original, after it.
 */
interface SourceSink extends Closeable {

  /** Writes a clean row (values that need no quoting). */
  void row(String[] row);

  /** Writes one record given as its text, placed where {@code origin}, a clean row, would go. */
  void record(String text, String[] origin);

  /** Writes an entirely empty line, which a reader skips (SPEC 2.1): not a row. */
  void blankLine();

  /** Rows written so far (headers and blank lines excluded). */
  long records();
}
