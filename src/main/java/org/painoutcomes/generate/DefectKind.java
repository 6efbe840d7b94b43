package org.painoutcomes.generate;

import java.util.Arrays;
import java.util.List;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * A kind of bad row the generator plants, with the reason code a correct pipeline gives it (SPEC
 * 2.5). MALFORMED comes in four kinds; the unclosed quote is planted once per file, as its last
 * record, because it swallows the lines after it.
 */
enum DefectKind {
  /** A record with one field too many or too few, or a line of spaces (one field). */
  FIELD_COUNT(ReasonCode.MALFORMED),
  /** A record holding a byte sequence that is not UTF-8. */
  INVALID_UTF8(ReasonCode.MALFORMED),
  /** A quoted field followed by a character other than space or tab. */
  TEXT_AFTER_QUOTE(ReasonCode.MALFORMED),
  /** A quote never closed: the file's last record. Not drawn at random. */
  UNCLOSED_QUOTE(ReasonCode.MALFORMED),
  MISSING_REQUIRED(ReasonCode.MISSING_REQUIRED),
  BAD_FORMAT(ReasonCode.BAD_FORMAT),
  BAD_VALUE(ReasonCode.BAD_VALUE),
  OUT_OF_RANGE(ReasonCode.OUT_OF_RANGE),
  UNKNOWN_PARTICIPANT(ReasonCode.UNKNOWN_PARTICIPANT),
  BAD_DATE_ORDER(ReasonCode.BAD_DATE_ORDER),
  /** A second copy of a clean row, equal on typed values. */
  DUPLICATE(ReasonCode.DUPLICATE),
  /** A second copy of a clean row with one value changed: both rows are CONFLICT. */
  CONFLICT(ReasonCode.CONFLICT);

  private final ReasonCode code;

  DefectKind(ReasonCode code) {
    this.code = code;
  }

  /** The reason code a correct pipeline gives the planted row. */
  ReasonCode code() {
    return code;
  }

  /**
   * How many of this kind a source it applies to gets whenever defects are planted at all,
   * whatever the rate: each MALFORMED kind once; every other kind once in enrollment (where most
   * kinds take all of a participant's attendance and outcome rows with them) and twice elsewhere.
   */
  int minimum(Source source) {
    return code == ReasonCode.MALFORMED || source == Source.ENROLLMENT ? 1 : 2;
  }

  /** Whether the kind adds a copy of a clean row rather than replacing it. */
  boolean addsCopy() {
    return this == DUPLICATE || this == CONFLICT;
  }

  /** Rows of its own source a correct pipeline rejects per planted instance. */
  int rejectedRows() {
    return this == CONFLICT ? 2 : 1;
  }

  /** Whether the reason code can apply to a row of the source: a rule of the source gives it (SPEC 2.5). */
  boolean appliesTo(Source source) {
    return source.reasonCodes().contains(code);
  }

  /** The kinds drawn at random for rows of a source. */
  static List<DefectKind> drawable(Source source) {
    return Arrays.stream(values()).filter(k -> k != UNCLOSED_QUOTE && k.appliesTo(source)).toList();
  }
}
