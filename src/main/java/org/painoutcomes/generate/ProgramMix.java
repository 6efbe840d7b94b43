package org.painoutcomes.generate;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import org.painoutcomes.contract.Enums;

/**
 * The realistic mix of people and offerings the generator draws from: shares of conditions, age
 * bands and sexes among adults on Medicaid with chronic pain, how often each modality is offered
 * and how long a component lasts. Modalities are indexed therapeutic first, then education, in
 * the contract's default order (SPEC 2.3); conditions in the default condition order (SPEC 2.2).
 */
final class ProgramMix {
  static final List<String> MODALITIES =
      Stream.concat(
              Enums.DEFAULT_THERAPEUTIC_MODALITIES.stream(),
              Enums.DEFAULT_EDUCATION_MODALITIES.stream())
          .toList();
  static final int THERAPEUTIC = Enums.DEFAULT_THERAPEUTIC_MODALITIES.size();
  static final int EDUCATION = Enums.DEFAULT_EDUCATION_MODALITIES.size();

  /** How often a site's cohorts build on a therapeutic modality, before the site's own taste. */
  static final double[] POPULARITY =
      aligned(
          Enums.DEFAULT_THERAPEUTIC_MODALITIES,
          Map.of(
              "acupuncture", 0.16, "massage", 0.09, "mindfulness", 0.12,
              "guided_meditation", 0.09, "yoga", 0.15, "tai_chi", 0.10, "qigong", 0.07,
              "music_therapy", 0.06, "stress_reduction", 0.08, "stretching", 0.08));

  /** Typical minutes of one component of a visit (an education topic: 20). */
  static final int[] MINUTES =
      MODALITIES.stream()
          .mapToInt(
              m ->
                  Map.of(
                          "acupuncture", 30, "massage", 20, "mindfulness", 20,
                          "guided_meditation", 15, "yoga", 45, "tai_chi", 40, "qigong", 30,
                          "music_therapy", 30, "stress_reduction", 25, "stretching", 15)
                      .getOrDefault(m, 20))
          .toArray();

  /** Modalities sometimes given one to one inside a group visit. */
  static final boolean[] HANDS_ON = handsOn();

  static final List<String> CONDITIONS = Enums.DEFAULT_CONDITIONS;

  /**
   * What differs by condition: its share of participants, the mean pain (0 to 10) at baseline,
   * the share answering the Oswestry Disability Index, a back pain instrument (SPEC 2.4), and the
   * share on opioids at baseline.
   */
  private record ConditionMix(double share, double baselinePain, double odiShare, double opioidShare) {}

  private static final Map<String, ConditionMix> BY_CONDITION =
      Map.of(
          "fibromyalgia", new ConditionMix(0.14, 7.0, 0.03, 0.28),
          "osteoarthritis", new ConditionMix(0.18, 6.1, 0.05, 0.35),
          "low_back_pain", new ConditionMix(0.30, 6.4, 0.92, 0.45),
          "neck_pain", new ConditionMix(0.11, 5.9, 0.30, 0.33),
          "neuropathic_pain", new ConditionMix(0.09, 6.7, 0.05, 0.48),
          "migraine", new ConditionMix(0.09, 6.0, 0.0, 0.18),
          "other", new ConditionMix(0.09, 5.9, 0.15, 0.30));

  static final double[] CONDITION_SHARE = byCondition(ConditionMix::share);
  static final double[] BASELINE_PAIN = byCondition(ConditionMix::baselinePain);
  static final double[] ODI_SHARE = byCondition(ConditionMix::odiShare);
  static final double[] OPIOID_SHARE = byCondition(ConditionMix::opioidShare);

  static final List<String> AGE_BANDS = Enums.AGE_BANDS;
  static final double[] AGE_SHARE = {0.08, 0.24, 0.27, 0.31, 0.08, 0.02};
  /** Osteoarthritis comes later in life. */
  static final double[] AGE_SHARE_OSTEOARTHRITIS = {0.01, 0.09, 0.24, 0.44, 0.17, 0.05};

  static final List<String> SEXES = Enums.SEXES;
  static final double[] SEX_SHARE = {0.63, 0.35, 0.01, 0.01};
  static final double[] SEX_SHARE_FIBROMYALGIA = {0.86, 0.12, 0.01, 0.01};

  /** Why people stop early, and how often. */
  static final List<String> DROPOUT_REASONS =
      List.of("withdrew", "lost_to_follow_up", "moved", "other", "deceased");
  static final double[] DROPOUT_REASON_SHARE = {0.45, 0.38, 0.10, 0.05, 0.02};

  static boolean isEducation(int modality) {
    return modality >= THERAPEUTIC;
  }

  /** An index drawn with the given (not necessarily normalized) weights. */
  static int pick(double[] weights, SplittableRandom rng) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static boolean[] handsOn() {
    boolean[] out = new boolean[MODALITIES.size()];
    out[MODALITIES.indexOf("acupuncture")] = true;
    out[MODALITIES.indexOf("massage")] = true;
    return out;
  }

  static double[] aligned(List<String> names, Map<String, Double> values) {
    return names.stream().mapToDouble(n -> values.get(n)).toArray();
  }

  private static double[] byCondition(ToDoubleFunction<ConditionMix> figure) {
    return CONDITIONS.stream().mapToDouble(c -> figure.applyAsDouble(BY_CONDITION.get(c))).toArray();
  }

  private ProgramMix() {}
}
