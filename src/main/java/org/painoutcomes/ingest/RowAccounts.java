package org.painoutcomes.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.contract.QualityMetrics;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.tables.QualityRow;
import org.painoutcomes.io.InputFileStats;

/**
 * The step of ingestion that accounts for every row read (SPEC 7.4): the input files' figures for
 * the manifest and the row counts of quality/summary, failing the run unless rows read = accepted
 * + rejected.
 */
final class RowAccounts {

  /** Per input file: bytes, digest and records, as the splits reported them. */
  static List<InputFileStats> fileStats(
      List<SourceFiles> sources, Map<Source, SplitLayout> read, Map<String, HeaderLayout> layouts) {
    List<InputFileStats> stats = new ArrayList<>();
    for (SourceFiles s : sources) {
      SplitLayout layout = read.get(s.source());
      for (InputFile f : s.files()) {
        stats.add(
            new InputFileStats(
                s.source().id(), f.name(), f.bytes(), f.modifiedMillis(), layout.sha256(f), layout.records(f),
                layouts.get(f.name()).ignoredColumns()));
      }
    }
    return stats;
  }

  /** SPEC 7.4 counts of one source; fails the run unless rows read = accepted + rejected. */
  static List<QualityRow> countRows(Source source, Map<String, Long> byReason, List<InputFileStats> files) {
    long read = files.stream().filter(f -> f.source().equals(source.id())).mapToLong(InputFileStats::rows).sum();
    long accepted = byReason.getOrDefault(null, 0L);
    long rejected = byReason.entrySet().stream().filter(e -> e.getKey() != null).mapToLong(Map.Entry::getValue).sum();
    if (read != accepted + rejected) {
      throw PipelineErrors.rowsUnaccounted(source.id(), read, accepted, rejected);
    }
    List<QualityRow> rows = new ArrayList<>();
    rows.add(new QualityRow(source.id(), QualityMetrics.ROWS_READ, read));
    rows.add(new QualityRow(source.id(), QualityMetrics.ROWS_ACCEPTED, accepted));
    rows.add(new QualityRow(source.id(), QualityMetrics.ROWS_REJECTED, rejected));
    for (ReasonCode code : ReasonCode.values()) {
      rows.add(new QualityRow(source.id(), code.metric(), byReason.getOrDefault(code.name(), 0L)));
    }
    return rows;
  }

  private RowAccounts() {}
}
