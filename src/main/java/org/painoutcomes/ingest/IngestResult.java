package org.painoutcomes.ingest;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.contract.Source;
import org.painoutcomes.summarize.QualityRow;

/**
 * What ingestion hands on: the accepted typed rows of each source, the rejects (quality/rejects),
 * the row counts of quality/summary, and the input files for the manifest.
 */
public record IngestResult(
    Map<Source, Dataset<Row>> accepted,
    Dataset<Row> rejects,
    List<QualityRow> counts,
    List<InputFileStats> files,
    List<String> checks) {

  public Dataset<Row> accepted(Source source) {
    return accepted.get(source);
  }
}
