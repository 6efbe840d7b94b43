package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.painoutcomes.PipelineErrors;

/**
 * SPEC 2.1: a participant_id that looks like a social security number or an e-mail address stops
 * the run before anything is written. The message names the first such record's file and line and
 * how many there are, never the value.
 */
final class IdentifierGuard {

  static void check(Dataset<Row> staged) {
    Dataset<Row> suspicious = staged.filter(col(StagedSchema.SUSPICIOUS_ID));
    List<Row> first =
        suspicious
            .select(StagedSchema.FILE, StagedSchema.LINE, StagedSchema.FILE_INDEX)
            .orderBy(StagedSchema.FILE_INDEX, StagedSchema.LINE)
            .takeAsList(1);
    if (!first.isEmpty()) {
      throw PipelineErrors.identifierValue(first.get(0).getString(0), first.get(0).getLong(1), suspicious.count());
    }
  }

  private IdentifierGuard() {}
}
