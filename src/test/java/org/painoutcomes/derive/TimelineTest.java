package org.painoutcomes.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.painoutcomes.SparkTestSession;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;

/**
 * SPEC 4's baselines and follow-ups, and SPEC 6's pairs of them, on dated assessments made by
 * hand: two overlapping follow-up windows (A: days 10 to 40, target 20; B: days -5 to 60, target
 * 30, which also overlaps the baseline window -30 to 0), a tie in distance, a negative follow-up
 * day, and a measure without a baseline.
 */
class TimelineTest {
  private static final StructType DATED =
      new StructType()
          .add(AnalysisColumns.PARTICIPANT_ID, DataTypes.StringType)
          .add(AnalysisColumns.MEASURE, DataTypes.StringType)
          .add(AnalysisColumns.STUDY_DAY, DataTypes.IntegerType)
          .add(AnalysisColumns.SCORE, DataTypes.DoubleType);

  @Test
  void eachMeasureHasItsLatestBaselineAndPerWindowTheClosestFollowUpTheEarlierOnATie() {
    Map<String, String> p = ConfigLoader.defaults();
    p.put("baseline.window", "-30,0");
    p.put("followup.timepoints", "A,B");
    p.put("followup.A", "10,40,20");
    p.put("followup.B", "-5,60,30");
    PipelineConfig config = ConfigLoader.build(p);
    Dataset<Row> dated =
        SparkTestSession.get()
            .createDataFrame(
                List.of(
                    // P1 PEG: -40 is in no window; the baseline is -3, the latest of -20 and -3.
                    // A: 15 and 25 are both 5 days from 20: the earlier, 15. B: 25, 5 from 30.
                    RowFactory.create("P1", "PEG", -40, 1.0),
                    RowFactory.create("P1", "PEG", -20, 5.0),
                    RowFactory.create("P1", "PEG", -3, 6.0),
                    RowFactory.create("P1", "PEG", 25, 4.0),
                    RowFactory.create("P1", "PEG", 15, 3.0),
                    // P1 NRS: follow-ups in A and B but no baseline: no baseline row, no pair.
                    RowFactory.create("P1", "NRS", 5, 8.0),
                    RowFactory.create("P1", "NRS", 30, 2.0),
                    // P2 PEG: baseline 0 (later than -30); day 0 is also B's only assessment.
                    RowFactory.create("P2", "PEG", -30, 9.0),
                    RowFactory.create("P2", "PEG", 0, 7.0),
                    // P3 PEG: day -2 is the baseline and B's follow-up, at a negative study day.
                    RowFactory.create("P3", "PEG", -2, 1.5)),
                DATED);

    Dataset<Row> timelines = Timeline.measureTimelines(dated, config);

    assertThat(Timeline.baselines(timelines).collectAsList().stream().map(Row::toString).sorted())
        .containsExactly("[P1,PEG,6.0,-3]", "[P2,PEG,7.0,0]", "[P3,PEG,1.5,-2]");
    // participant_id, measure, timepoint, baseline_value, followup_value, followup_study_day
    assertThat(Timeline.pairs(timelines, config).collectAsList().stream().map(Row::toString).sorted())
        .containsExactly(
            "[P1,PEG,A,6.0,3.0,15]", "[P1,PEG,B,6.0,4.0,25]", "[P2,PEG,B,7.0,7.0,0]", "[P3,PEG,B,1.5,1.5,-2]");
  }
}
