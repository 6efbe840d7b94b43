package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.generate.ExtractGenerator;
import org.painoutcomes.generate.GeneratorOptions;

/**
 * The effects the generator plants (see PlantedEffects: sign, dose, modality, condition) come out
 * of the whole pipeline in summary/outcome_change with the expected sign and order. A property,
 * not exact values: 4,000 generated participants, WEEK_12 (the planted peak), improvement means.
 */
class PlantedEffectsPipelineTest {
  @TempDir static Path dir;
  static Map<String, Double> improvement = new HashMap<>();
  static Map<String, Double> adjusted = new HashMap<>();

  @BeforeAll
  static void run() {
    SparkSession spark = SparkTestSession.get();
    Path input = dir.resolve("in");
    ExtractGenerator.generate(GeneratorOptions.clean(4000, 7, input));
    Path output = dir.resolve("out");
    new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out)).run(new RunOptions(input.toString(), output.toString(), "effects"));
    for (Row r : spark.read().parquet(output.resolve("summary/outcome_change").toString())
        .filter("timepoint = 'WEEK_12'")
        .selectExpr("grouping", "`group`", "condition", "measure", "case when direction = 'lower_is_better' then -change_mean else change_mean end")
        .collectAsList()) {
      improvement.put(r.getString(0) + "/" + r.getString(1) + "/" + r.getString(2) + "/" + r.getString(3), r.getDouble(4));
    }
    for (Row r : spark.read().parquet(output.resolve("summary/adjusted_effects").toString())
        .filter("timepoint = 'WEEK_12'")
        .selectExpr("condition", "measure", "term", "estimate")
        .collectAsList()) {
      adjusted.put(r.getString(0) + "/" + r.getString(1) + "/" + r.getString(2), r.getDouble(3));
    }
  }

  private static double of(String grouping, String group, String condition, String measure) {
    Double v = improvement.get(grouping + "/" + group + "/" + condition + "/" + measure);
    assertThat(v).as("row %s/%s/%s/%s exists", grouping, group, condition, measure).isNotNull();
    return v;
  }

  @Test
  void everyMeasureImproves() {
    for (String m : new String[] {"PEG", "NRS", "PROMIS_PI", "PROMIS_PF", "ODI"}) {
      assertThat(of("overall", "ALL", "ALL", m)).as("%s improves by WEEK_12", m).isPositive();
    }
  }

  @Test
  void moreSessionsImproveMore() {
    for (String m : new String[] {"NRS", "PROMIS_PI"}) {
      assertThat(of("attendance_band", "1-3", "ALL", m)).as("%s: 1-3 < 7-9", m).isLessThan(of("attendance_band", "7-9", "ALL", m));
      assertThat(of("attendance_band", "4-6", "ALL", m)).as("%s: 4-6 < 10+", m).isLessThan(of("attendance_band", "10+", "ALL", m));
    }
  }

  @Test
  void yogaAndAcupunctureBeatEducationOnly() {
    for (String m : new String[] {"NRS", "PROMIS_PI"}) {
      double education = of("primary_modality", "education_only", "ALL", m);
      assertThat(of("primary_modality", "yoga", "ALL", m)).as("%s: yoga > education only", m).isGreaterThan(education);
      assertThat(of("primary_modality", "acupuncture", "ALL", m)).as("%s: acupuncture > education only", m).isGreaterThan(education);
    }
  }

  @Test
  void osteoarthritisImprovesMoreThanFibromyalgia() {
    for (String m : new String[] {"NRS", "PROMIS_PI", "PROMIS_PF"}) {
      assertThat(of("overall", "ALL", "osteoarthritis", m)).as("%s: osteoarthritis > fibromyalgia", m)
          .isGreaterThan(of("overall", "ALL", "fibromyalgia", m));
    }
  }

  /**
   * SPEC 7.5 recovers the modality weights planted per session (acupuncture = yoga 1.00 > music
   * therapy 0.60): for low back pain at WEEK_12, held at the same baseline, age, sex and site.
   */
  @Test
  void adjustedEffectsRankAcupunctureAndYogaAboveMusicTherapyForLowBackPain() {
    for (String m : new String[] {"NRS", "PEG"}) {
      Double music = adjusted.get("low_back_pain/" + m + "/music_therapy");
      assertThat(music).as("%s: music therapy has a row", m).isNotNull();
      assertThat(adjusted.get("low_back_pain/" + m + "/acupuncture")).as("%s: acupuncture > music therapy", m).isGreaterThan(music);
      assertThat(adjusted.get("low_back_pain/" + m + "/yoga")).as("%s: yoga > music therapy", m).isGreaterThan(music);
    }
  }
}
