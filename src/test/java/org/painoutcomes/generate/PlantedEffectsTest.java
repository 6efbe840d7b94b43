package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Instrument;

/** The planted effects: the model as documented, then the signal found again in generated data. */
class PlantedEffectsTest {

  @TempDir Path dir;

  @Test
  void modelHasTheDocumentedSignAndOrder() {
    // 2.4 x 1.0 (low back pain) x 1.0 (yoga) x 12/12 x 84/84 = 2.4, worked by hand
    assertThat(PlantedEffects.expectedImprovement("low_back_pain", 1.0, 12, 84)).as("peak").isCloseTo(2.4, within(1e-12));
    // 2.4 x 0.5 (fibromyalgia) x 0.35 (education) x 6/12 x 42/84 = 0.105
    assertThat(PlantedEffects.expectedImprovement("fibromyalgia", 0.35, 6, 42)).as("small cell").isCloseTo(0.105, within(1e-12));
    assertThat(PlantedEffects.expectedImprovement("osteoarthritis", 1.0, 12, 0)).as("none on day 0").isZero();
    assertThat(PlantedEffects.timeFactor(182)).as("month 6 keeps 0.8").isCloseTo(0.8, within(1e-12));
    for (int s = 1; s < PlantedEffects.FULL_DOSE_SESSIONS; s++) {
      assertThat(PlantedEffects.doseFactor(s + 1)).as("dose %d to %d", s, s + 1).isGreaterThan(PlantedEffects.doseFactor(s));
    }
    assertThat(PlantedEffects.conditionFactor("osteoarthritis")).as("OA over fibromyalgia")
        .isGreaterThan(PlantedEffects.conditionFactor("fibromyalgia"));
    for (String c : Enums.DEFAULT_CONDITIONS) {
      assertThat(PlantedEffects.conditionFactor(c)).as("fibromyalgia smallest, %s", c)
          .isGreaterThanOrEqualTo(PlantedEffects.conditionFactor("fibromyalgia"));
    }
    for (String m : Enums.DEFAULT_THERAPEUTIC_MODALITIES) {
      assertThat(PlantedEffects.modalityWeight(m)).as("%s between education and yoga", m)
          .isGreaterThan(PlantedEffects.EDUCATION_ONLY_WEIGHT)
          .isLessThanOrEqualTo(PlantedEffects.modalityWeight("yoga"));
    }
    assertThat(PlantedEffects.sessionWeight(List.of("sleep_education", "tai_chi"))).as("session weight").isEqualTo(0.9);
    for (Instrument i : Instrument.values()) {
      assertThat(PlantedEffects.scale(i)).as("scale of %s", i).isPositive();
    }
  }

  @Test
  void generatedDataShowsThePlantedOrder() throws IOException {
    ExtractGenerator.generate(GeneratorOptions.clean(6000, 5, dir));
    GeneratedExtract x = GeneratedExtract.read(dir);
    List<double[]> changes = new ArrayList<>(); // NRS improvement at WEEK_12, per attender
    Map<String, List<Double>> byCondition = new HashMap<>();
    Map<String, List<Double>> byDose = new HashMap<>();
    Map<String, List<Double>> byMix = new HashMap<>();
    Set<String> strong = Set.of("yoga", "acupuncture");
    for (GeneratedExtract.Person p : x.people.values()) {
      Double improvement = nrsImprovementAtWeek12(p);
      if (improvement == null) {
        continue;
      }
      changes.add(new double[] {improvement});
      byCondition.computeIfAbsent(p.condition, k -> new ArrayList<>()).add(improvement);
      int n = p.sessionsAttended.size();
      byDose.computeIfAbsent(n <= 3 ? "1-3" : n >= 10 ? "10+" : "4-9", k -> new ArrayList<>()).add(improvement);
      boolean therapeutic = p.sessionsByModality.keySet().stream().anyMatch(Enums.DEFAULT_THERAPEUTIC_MODALITIES::contains);
      boolean strongMain = strong.stream().anyMatch(m -> p.sessionsByModality.getOrDefault(m, Set.of()).size() * 2 >= n);
      byMix.computeIfAbsent(!therapeutic ? "education_only" : strongMain ? "yoga_or_acupuncture" : "other", k -> new ArrayList<>()).add(improvement);
    }
    Function<List<Double>, Double> mean = l -> l.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double overall = changes.stream().mapToDouble(c -> c[0]).average().orElseThrow();
    assertThat(overall).as("attenders improve (NRS falls) by WEEK_12").isGreaterThan(0.5);
    assertThat(mean.apply(byCondition.get("fibromyalgia"))).as("fibromyalgia improves less than osteoarthritis")
        .isLessThan(mean.apply(byCondition.get("osteoarthritis")) - 0.3);
    assertThat(mean.apply(byDose.get("1-3"))).as("1-3 sessions less than 4-9").isLessThan(mean.apply(byDose.get("4-9")));
    assertThat(mean.apply(byDose.get("4-9"))).as("4-9 sessions less than 10+").isLessThan(mean.apply(byDose.get("10+")));
    assertThat(mean.apply(byMix.get("education_only"))).as("education only less than yoga or acupuncture")
        .isLessThan(mean.apply(byMix.get("yoga_or_acupuncture")) - 0.3);
  }

  /** SPEC 4 for one measure: latest baseline in [-30, 0], WEEK_12 closest to day 84, earlier on a tie. */
  private static Double nrsImprovementAtWeek12(GeneratedExtract.Person p) {
    if (p.indexDate == null) {
      return null;
    }
    Double baseline = null;
    Double followUp = null;
    long best = Long.MAX_VALUE;
    for (var e : p.assessments.entrySet()) {
      Double nrs = e.getValue().getOrDefault("NRS", Map.of()).get("NRS_PAIN");
      long day = p.studyDay(e.getKey());
      if (nrs == null) {
        continue;
      }
      if (day >= -30 && day <= 0) {
        baseline = nrs; // dates ascend: the last one is the latest
      }
      if (day >= 64 && day <= 126 && Math.abs(day - 84) < best) {
        best = Math.abs(day - 84);
        followUp = nrs;
      }
    }
    return baseline == null || followUp == null ? null : baseline - followUp;
  }
}
