package org.painoutcomes.generate;

import org.painoutcomes.contract.Source;

/**
 * Where each contract column sits in the generator's rows. A row is a {@code String[]} in the
 * contract's column order (SPEC 2.2 to 2.4), which is also the header order; the positions are
 * looked up by name from {@link Source} so that the contract stays the one home of the names.
 */
final class RowLayout {
  static final int E_PARTICIPANT = at(Source.ENROLLMENT, "participant_id");
  static final int E_SITE = at(Source.ENROLLMENT, "site");
  static final int E_COHORT = at(Source.ENROLLMENT, "cohort_id");
  static final int E_ENROLLED = at(Source.ENROLLMENT, "enrollment_date");
  static final int E_EXIT = at(Source.ENROLLMENT, "exit_date");
  static final int E_EXIT_REASON = at(Source.ENROLLMENT, "exit_reason");
  static final int E_AGE_BAND = at(Source.ENROLLMENT, "age_band");
  static final int E_SEX = at(Source.ENROLLMENT, "sex");
  static final int E_CONDITION = at(Source.ENROLLMENT, "primary_condition");
  static final int E_OPIOID = at(Source.ENROLLMENT, "opioid_use_at_baseline");

  static final int A_PARTICIPANT = at(Source.ATTENDANCE, "participant_id");
  static final int A_SESSION = at(Source.ATTENDANCE, "session_id");
  static final int A_DATE = at(Source.ATTENDANCE, "session_date");
  static final int A_MODALITY = at(Source.ATTENDANCE, "modality");
  static final int A_VISIT_TYPE = at(Source.ATTENDANCE, "visit_type");
  static final int A_ATTENDED = at(Source.ATTENDANCE, "attended");
  static final int A_MINUTES = at(Source.ATTENDANCE, "minutes");

  static final int O_PARTICIPANT = at(Source.OUTCOMES, "participant_id");
  static final int O_DATE = at(Source.OUTCOMES, "assessment_date");
  static final int O_INSTRUMENT = at(Source.OUTCOMES, "instrument");
  static final int O_ITEM = at(Source.OUTCOMES, "item");
  static final int O_VALUE = at(Source.OUTCOMES, "value");

  /** Number of fields of a row of this source (the header's number of fields). */
  static int width(Source source) {
    return source.columns().size();
  }

  /** Position of participant_id, which every source has. */
  static int participantId(Source source) {
    return at(source, "participant_id");
  }

  /** Positions of the source's required columns, in contract order. */
  static int[] required(Source source) {
    return source.requiredColumnNames().stream().mapToInt(n -> at(source, n)).toArray();
  }

  private static int at(Source source, String column) {
    int i = source.columnNames().indexOf(column);
    if (i < 0) {
      throw new IllegalStateException("contract has no column " + column + " in " + source.id());
    }
    return i;
  }

  private RowLayout() {}
}
