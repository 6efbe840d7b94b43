package org.painoutcomes.generate;

import java.util.List;
import java.util.Map;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Instrument;

/**
 * The treatment effects planted in the synthetic outcomes, so that an analysis of generated data
 * has something known to find. An attender's expected improvement at a study day, on a 0 to 10
 * pain scale, is
 *
 * <pre>
 *   PEAK_IMPROVEMENT x condition factor x modality weight x dose factor x time factor
 * </pre>
 *
 * and each participant's realised improvement is that times a personal responsiveness (mean 1,
 * SD 0.35) plus measurement noise. An instrument moves by the improvement times its {@link
 * #scale(Instrument)} (PEG and NRS 1 point, PROMIS Pain Interference 3.2 T-score points down,
 * PROMIS Physical Function 2.6 T-score points up, ODI 5 points down). So, for every measure:
 *
 * <ul>
 *   <li>sign: attenders improve on average (pain, interference and disability go down, physical
 *       function goes up);
 *   <li>dose: more sessions attended give a larger improvement, linearly up to {@value
 *       #FULL_DOSE_SESSIONS} sessions and flat after ({@link #doseFactor(int)});
 *   <li>modality: the weight of an attended session is that of its strongest therapeutic
 *       modality, {@value #EDUCATION_ONLY_WEIGHT} for an education-only session; a person's weight
 *       is the mean over their attended sessions. Acupuncture = yoga (1.00) &gt; tai chi (0.90)
 *       &gt; qigong (0.85) &gt; massage (0.80) &gt; mindfulness (0.75) &gt; guided meditation =
 *       stress reduction (0.70) &gt; music therapy = stretching (0.60) &gt; education only (0.35);
 *   <li>condition: osteoarthritis (1.20) &gt; low back pain = neck pain (1.00) &gt; migraine
 *       (0.85) &gt; other (0.80) &gt; neuropathic pain (0.70) &gt; fibromyalgia (0.50);
 *   <li>time: none at or before day 0, half of the peak at day 42 (WEEK_6), the peak at day 84
 *       (WEEK_12), easing to 0.8 of the peak from day 182 (MONTH_6) on.
 * </ul>
 *
 * The dose is the participant's whole record of attended sessions (SPEC 5), not the sessions
 * before the assessment. People who never attend have no index date and no planted change.
 */
public final class PlantedEffects {
  /** Improvement, in points of a 0 to 10 pain scale, at weight 1, factor 1, full dose, day 84. */
  public static final double PEAK_IMPROVEMENT = 2.4;
  /** Sessions from which more attendance adds nothing. */
  public static final int FULL_DOSE_SESSIONS = 12;
  /** The weight of a session with no therapeutic modality. */
  public static final double EDUCATION_ONLY_WEIGHT = 0.35;

  private static final Map<String, Double> MODALITY_WEIGHT =
      Map.of(
          "acupuncture", 1.00, "yoga", 1.00, "tai_chi", 0.90, "qigong", 0.85, "massage", 0.80,
          "mindfulness", 0.75, "guided_meditation", 0.70, "stress_reduction", 0.70,
          "music_therapy", 0.60, "stretching", 0.60);
  private static final Map<String, Double> CONDITION_FACTOR =
      Map.of(
          "osteoarthritis", 1.20, "low_back_pain", 1.00, "neck_pain", 1.00, "migraine", 0.85,
          "other", 0.80, "neuropathic_pain", 0.70, "fibromyalgia", 0.50);

  /** Weights of the therapeutic modalities, in the contract's default order. */
  static final double[] THERAPEUTIC_WEIGHTS =
      ProgramMix.aligned(Enums.DEFAULT_THERAPEUTIC_MODALITIES, MODALITY_WEIGHT);
  /** Condition factors, in the contract's default condition order. */
  static final double[] CONDITION_FACTORS =
      ProgramMix.aligned(Enums.DEFAULT_CONDITIONS, CONDITION_FACTOR);

  /** The weight of a therapeutic modality, or of education only for an education modality. */
  public static double modalityWeight(String modality) {
    return MODALITY_WEIGHT.getOrDefault(modality, EDUCATION_ONLY_WEIGHT);
  }

  /** The weight of a session that combined these modalities (SPEC 2.3 names). */
  public static double sessionWeight(List<String> modalities) {
    double w = EDUCATION_ONLY_WEIGHT;
    for (String m : modalities) {
      w = Math.max(w, MODALITY_WEIGHT.getOrDefault(m, EDUCATION_ONLY_WEIGHT));
    }
    return w;
  }

  public static double conditionFactor(String condition) {
    return CONDITION_FACTOR.get(condition);
  }

  /** 0 for no session, rising linearly to 1 at {@value #FULL_DOSE_SESSIONS} sessions. */
  public static double doseFactor(int sessionsAttended) {
    return Math.min(sessionsAttended, FULL_DOSE_SESSIONS) / (double) FULL_DOSE_SESSIONS;
  }

  /** Share of the peak reached at a study day. */
  public static double timeFactor(int studyDay) {
    if (studyDay <= 0) {
      return 0;
    }
    if (studyDay <= 84) {
      return studyDay / 84.0;
    }
    if (studyDay <= 182) {
      return 1 - 0.2 * (studyDay - 84) / 98.0;
    }
    return 0.8;
  }

  /** Expected improvement on the 0 to 10 pain scale (see the class comment). */
  public static double expectedImprovement(
      String condition, double modalityWeight, int sessionsAttended, int studyDay) {
    return improvement(
        CONDITION_FACTOR.get(condition), modalityWeight, sessionsAttended, studyDay);
  }

  static double improvement(
      double conditionFactor, double modalityWeight, int sessionsAttended, int studyDay) {
    return PEAK_IMPROVEMENT
        * conditionFactor
        * modalityWeight
        * doseFactor(sessionsAttended)
        * timeFactor(studyDay);
  }

  /** Points of the instrument's measure per point of pain-scale improvement (always positive). */
  public static double scale(Instrument instrument) {
    return switch (instrument) {
      case PEG, NRS -> 1.0;
      case PROMIS_PI -> 3.2;
      case PROMIS_PF -> 2.6;
      case ODI -> 5.0;
    };
  }

  private PlantedEffects() {}
}
