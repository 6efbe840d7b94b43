package org.painoutcomes.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * What a generation wrote, and what a correct pipeline must make of it.
 *
 * @param participants participants enrolled (the rows of planted phantoms not included)
 * @param cohorts cohorts laid out
 * @param rowsWritten rows per source, as a reader counts them (SPEC 2.5 rows read): the header
 *     and empty lines excluded, a record over several physical lines counted once
 * @param ledger per source and reason code, the rows a correct pipeline rejects; every source and
 *     every code is present, zeros included
 */
public record GenerationResult(
    long participants,
    long cohorts,
    Map<Source, Long> rowsWritten,
    Map<Source, Map<ReasonCode, Long>> ledger) {

  public GenerationResult {
    rowsWritten = Map.copyOf(rowsWritten);
    ledger = Map.copyOf(ledger);
  }

  /** Rows of the source a correct pipeline rejects. */
  public long rejected(Source source) {
    return ledger.get(source).values().stream().mapToLong(Long::longValue).sum();
  }

  /** Rows of the source a correct pipeline accepts (SPEC 2.5: read = accepted + rejected). */
  public long accepted(Source source) {
    return rowsWritten.get(source) - rejected(source);
  }

  /** Planted rejects of one source and code. */
  public long planted(Source source, ReasonCode code) {
    return ledger.get(source).get(code);
  }

  /**
   * The expected data quality summary in the long form of SPEC 7.4 ({@code source,metric,value},
   * header first), so it can be compared line by line with the pipeline's quality/summary (the
   * {@code unscored_*} metrics excepted).
   */
  public List<String> qualitySummaryLines() {
    List<String> lines = new ArrayList<>();
    lines.add("source,metric,value");
    for (Source s : Source.values()) {
      lines.add(s.id() + ",rows_read," + rowsWritten.get(s));
      lines.add(s.id() + ",rows_accepted," + accepted(s));
      lines.add(s.id() + ",rows_rejected," + rejected(s));
      for (ReasonCode c : ReasonCode.values()) {
        lines.add(s.id() + "," + c.metric() + "," + planted(s, c));
      }
    }
    return lines;
  }
}
