package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import org.painoutcomes.PipelineException;
import org.painoutcomes.reliability.HostileInputs.Variant;

/**
 * The exact outcome of each fixed extreme of {@link HostileInputs}, worked out by hand from SPEC
 * 2.1 and 2.5 (the rows are written so that no random variant shares their participants or keys).
 */
final class Extreme {

  /** Rows read and rejects ("line|reason|column") of the extremes that must be read. */
  private static final Map<String, Read> READ = Map.of(
      // line 2: a 10 MB participant_id is no identifier (at most 64); line 3 is fine
      "10mb-field-participant_id", new Read(2, List.of("2|BAD_FORMAT|participant_id")),
      // 45.111... is inside 20.0-90.0; 000...07 is 7; 999...9 is above NRS's 10
      "10mb-field-value", new Read(3, List.of("4|OUT_OF_RANGE|value")),
      // one record spanning 1.7 million lines in a quoted note: a new, valid enrollment
      "10mb-quoted-field", new Read(1, List.of()),
      // one field where the header has seven
      "10mb-line-no-line-end", new Read(1, List.of("2|MALFORMED|null")),
      // the row that fills all 1,000,007 fields is accepted; the short one is MALFORMED
      "million-column-header", new Read(2, List.of("3|MALFORMED|null")),
      "header-only", new Read(0, List.of()),
      "header-only-no-line-end", new Read(0, List.of()),
      // the first participant_id counts: row 3's is empty, whatever the second copy holds
      "required-column-duplicated", new Read(2, List.of("3|MISSING_REQUIRED|participant_id")));

  /** The message fragment of the extremes that must stop the run (all contract errors, exit 65). */
  private static final Map<String, String> STOP = Map.of(
      "empty-file", "has no header record",
      "bom-only", "has no header record",
      "blank-lines-only", "has no header record",
      "identifier-column", "has a column 'E-mail' whose name marks a direct identifier",
      "required-column-missing", "has no column 'session_date'",
      "unparseable-header", " line 1: the header record cannot be parsed");

  record Read(long rows, List<String> rejects) {}

  static void check(Variant v, long rows, List<String> rejects) {
    if (STOP.containsKey(v.kind())) {
      fail("%s should have stopped the run, but %d rows were read", v.fileName(), rows);
    }
    Read expected = READ.get(v.kind());
    if (expected != null) {
      assertThat(rows).as("%s: rows read", v.fileName()).isEqualTo(expected.rows());
      assertThat(rejects).as("%s: rejects", v.fileName()).containsExactlyInAnyOrderElementsOf(expected.rejects());
    }
  }

  static void checkStopped(Variant v, PipelineException e) {
    if (READ.containsKey(v.kind()) || v.kind().equals("gzip-clean")) {
      fail("%s should have been read, but the run stopped: %s", v.fileName(), e.getMessage());
    }
    String fragment = STOP.get(v.kind());
    if (fragment != null) {
      assertThat(e.exitCode()).as("%s: exit status", v.fileName()).isEqualTo(65);
      assertThat(e.getMessage()).as(v.fileName()).contains(fragment);
    }
  }

  private Extreme() {}
}
