package org.painoutcomes.contract;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The codes the published tables use (SPEC 5, 7.1, 7.3), declared once: groupings, the groups that
 * are not modalities, the flow stages, {@code ALL}, and the order in which strings are compared.
 */
public final class OutputVocabulary {
  /** The group or condition or site that holds everyone (SPEC 7.1, 7.3). */
  public static final String ALL = "ALL";

  public static final String GROUPING_OVERALL = "overall";
  public static final String GROUPING_PRIMARY_MODALITY = "primary_modality";
  public static final String GROUPING_MODALITY_EXPOSURE = "modality_exposure";
  public static final String GROUPING_ATTENDANCE_BAND = "attendance_band";
  /** The groupings of outcome_change in the order SPEC 7.1 lists them. */
  public static final List<String> GROUPINGS =
      List.of(GROUPING_OVERALL, GROUPING_PRIMARY_MODALITY, GROUPING_MODALITY_EXPOSURE, GROUPING_ATTENDANCE_BAND);

  /** SPEC 5: the primary_modality where several therapeutic modalities share the most sessions. */
  public static final String MULTIMODAL = "multimodal";
  /** SPEC 5: the primary_modality where no therapeutic modality was attended. */
  public static final String EDUCATION_ONLY = "education_only";

  public static final String STAGE_ENROLLED = "enrolled";
  public static final String STAGE_ATTENDED_ANY = "attended_any";
  public static final String STAGE_BASELINE = "baseline";
  public static final String STAGE_FOLLOWUP = "followup";
  /** The stages of participant_flow in the order of a line (SPEC 7.3). */
  public static final List<String> STAGES =
      List.of(STAGE_ENROLLED, STAGE_ATTENDED_ANY, STAGE_BASELINE, STAGE_FOLLOWUP);

  /** Strings compared by code point (SPEC 2: file order; 7.2 rule 3: ties). */
  public static final Comparator<String> CODE_POINT_ORDER =
      (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

  private OutputVocabulary() {}
}
