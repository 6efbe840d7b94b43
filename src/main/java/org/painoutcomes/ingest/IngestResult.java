package org.painoutcomes.ingest;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.contract.Source;
import org.painoutcomes.tables.QualityRow;
import org.painoutcomes.io.InputFileStats;

/**
 * What ingestion hands on: the accepted typed rows of each source, the rejects (quality/rejects),
 * the row counts of quality/summary, and the input files for the manifest. It owns the cached
 * checked rows the Datasets read: {@link #close} lets them go.
 *
 * @param cached the checked rows ingestion cached, read by {@code accepted} and {@code rejects}
 */
public record IngestResult(
    Map<Source, Dataset<Row>> accepted,
    Dataset<Row> rejects,
    List<QualityRow> counts,
    List<InputFileStats> files,
    List<String> checks,
    List<Dataset<Row>> cached)
    implements AutoCloseable {

  public Dataset<Row> accepted(Source source) {
    return accepted.get(source);
  }

  /** Lets go of the cached checked rows, once nothing reads the Datasets any more. */
  @Override
  public void close() {
    cached.forEach(Dataset::unpersist);
  }
}
