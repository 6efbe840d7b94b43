package org.painoutcomes.derive;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.painoutcomes.config.PipelineConfig;

/**
 * The derive stage (SPEC 3 to 6) wired together: lazy Dataset transformations of the accepted,
 * typed rows of ingestion, no I/O. What several tables read (scored assessments, exposure and
 * index dates, timelines, change records) is persisted so that it is computed once; the {@link
 * Derived} result owns it and lets it go when closed.
 */
public final class Derivation {

  /**
   * Derives the change records and the intermediates the summaries share.
   *
   * @param enrollment accepted enrollment rows (SPEC 2.2 columns, typed)
   * @param attendance accepted attendance rows (SPEC 2.3 columns, typed)
   * @param outcomes accepted outcome rows (SPEC 2.4 columns, typed)
   * @param cacheLevel where the shared intermediates are kept (local disk for a large input:
   *     held in the heap, uncompressed, 7.6M change records took 1.9 GB of it)
   */
  public static Derived run(
      Dataset<Row> enrollment, Dataset<Row> attendance, Dataset<Row> outcomes, PipelineConfig config,
      StorageLevel cacheLevel) {
    Dataset<Row> assessments = Assessments.score(outcomes).persist(cacheLevel);
    Dataset<Row> exposure = Exposure.participantExposure(attendance, config).persist(cacheLevel);
    Dataset<Row> dated = Timeline.onStudyDays(Assessments.scored(assessments), Timeline.indexDates(exposure));
    Dataset<Row> timelines = Timeline.measureTimelines(dated, config).persist(cacheLevel);
    Dataset<Row> changeRecords =
        ChangeRecords.build(enrollment, Timeline.pairs(timelines, config), exposure, config).persist(cacheLevel);
    return new Derived(assessments, exposure, timelines, changeRecords);
  }

  private Derivation() {}
}
