package org.painoutcomes.ingest.csv;

import java.util.List;
import java.util.Objects;

/**
 * One record of a CSV file as read by {@link CsvRecordReader} (SPEC 2.1).
 *
 * @param line the physical line (1-based, counted by LF) on which the record starts
 * @param fields the trimmed field values; empty when {@code status} is {@link Status#UNPARSEABLE}
 * @param raw the record's physical lines, decoded, without the final line end (for an
 *     UNPARSEABLE record: its first line only)
 * @param status whether the record parsed, and whether its bytes were valid UTF-8
 */
public record CsvRecord(long line, List<String> fields, String raw, Status status) {

  /** How a record came out of the parser; anything but OK is MALFORMED (SPEC 2.5). */
  public enum Status {
    /** Parsed, valid UTF-8. */
    OK,
    /** A character other than space or tab after a closing quote, or a quote never closed. */
    UNPARSEABLE,
    /** Parsed, but holds bytes that are not valid UTF-8 (each replaced by U+FFFD). */
    INVALID_UTF8
  }

  public CsvRecord {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(status, "status");
    fields = List.copyOf(fields); // no copy when already an immutable list, as the reader makes
  }

  /** True when the record parsed and is valid UTF-8. */
  public boolean isOk() {
    return status == Status.OK;
  }
}
