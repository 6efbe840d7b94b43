package org.painoutcomes.contract;

import java.util.List;

/** The fixed enum value lists of the contract (SPEC 2.2, 2.3). Modalities and conditions are configuration. */
public final class Enums {
  public static final List<String> EXIT_REASONS =
      List.of("completed", "withdrew", "lost_to_follow_up", "moved", "deceased", "other");
  public static final List<String> AGE_BANDS =
      List.of("18-29", "30-44", "45-54", "55-64", "65-74", "75+");
  public static final List<String> SEXES = List.of("F", "M", "X", "U");
  public static final List<String> VISIT_TYPES =
      List.of("group", "individual", "shared_medical_appointment");

  public static final List<String> DEFAULT_CONDITIONS =
      List.of(
          "fibromyalgia",
          "osteoarthritis",
          "low_back_pain",
          "neck_pain",
          "neuropathic_pain",
          "migraine",
          "other");
  public static final List<String> DEFAULT_THERAPEUTIC_MODALITIES =
      List.of(
          "acupuncture",
          "massage",
          "mindfulness",
          "guided_meditation",
          "yoga",
          "tai_chi",
          "qigong",
          "music_therapy",
          "stress_reduction",
          "stretching");
  public static final List<String> DEFAULT_EDUCATION_MODALITIES =
      List.of("nutrition_education", "sleep_education", "activity_education");

  private Enums() {}
}
