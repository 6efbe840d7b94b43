package org.painoutcomes.report;

import java.util.Locale;
import org.painoutcomes.config.ResponderRule;
import org.painoutcomes.contract.Direction;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.OutputVocabulary;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * The words the report uses for the contract's codes. Plain text: the page escapes it. Unknown
 * codes are shown as themselves, with underscores read as spaces.
 */
final class Labels {

  /** The marker shown wherever a suppressed value would be (SPEC 7.2, 7.3): never 0, never drawn. */
  static final String SUPPRESSED = "suppressed";
  /** Shown where the public tables hold no row at all (no one in the cell). */
  static final String NO_ROW = "\u2014";

  /** A short name of a measure, for headings and table cells ({@link Instrument.Presentation}). */
  static String measure(String code) {
    Instrument i = Instrument.byCode(code);
    return i == null ? humanize(code) : i.presentation().label();
  }

  /** What a measure measures and on which scale (SPEC 2.4). */
  static String measureDescription(String code) {
    Instrument i = Instrument.byCode(code);
    return i == null ? humanize(code) : i.presentation().description();
  }

  /** The unit of a measure's change; an unknown measure's is points. */
  static String unit(String code) {
    Instrument i = Instrument.byCode(code);
    return i == null ? Instrument.PEG.presentation().unit() : i.presentation().unit();
  }

  /** Decimals for a measure's means; an unknown measure's are 1. */
  static int decimals(String code) {
    Instrument i = Instrument.byCode(code);
    return i == null ? 1 : i.presentation().decimals();
  }

  /** The improvement axis label, saying how improvement was made from change (SPEC 6). */
  static String improvementAxis(String measure, Direction direction) {
    String how =
        direction == Direction.LOWER_IS_BETTER
            ? "= \u2212change, as lower is better"
            : "= change, as higher is better";
    return "Improvement, " + unit(measure) + " (" + how + ")";
  }

  /** The responder rule of a measure in words (SPEC 6). */
  static String responderRule(String measure, ResponderRule rule) {
    if (rule == null) {
      return "no responder rule configured";
    }
    String threshold = NumberText.plain(rule.threshold());
    return rule.kind() == ResponderRule.Kind.PERCENT_OF_BASELINE
        ? "responder: improvement of at least " + threshold + "% of the baseline value"
        : "responder: improvement of at least " + threshold + " " + unit(measure);
  }

  /** {@code WEEK_12} reads {@code Week 12}. */
  static String timepoint(String code) {
    if (code == null) {
      return "";
    }
    String h = humanize(code.toLowerCase(Locale.ROOT));
    return h.isEmpty() ? h : h.substring(0, 1).toUpperCase(Locale.ROOT) + h.substring(1);
  }

  static String condition(String code) {
    return OutcomeChangeRow.ALL.equals(code) ? "All conditions" : humanize(code);
  }

  static String site(String code) {
    return OutcomeChangeRow.ALL.equals(code) ? "All sites" : code;
  }

  /** A group of a grouping (SPEC 7.1): a modality, an attendance band, or ALL. */
  static String group(String grouping, String code) {
    if (OutcomeChangeRow.ALL.equals(code)) {
      return "All participants";
    }
    if (OutcomeChangeRow.GROUPING_ATTENDANCE_BAND.equals(grouping)) {
      return code + " sessions";
    }
    if (OutputVocabulary.MULTIMODAL.equals(code)) {
      return "multimodal (tie)";
    }
    return humanize(code);
  }

  /** The meaning of a reject reason (SPEC 2.5). */
  static String reason(ReasonCode code) {
    return code.meaning();
  }

  /** The suppression rule in one sentence (SPEC 7.2), with the configured threshold. */
  static String suppressionRule(int threshold) {
    return "Counts of 1 to " + (threshold - 1) + " people, and figures from which they could be"
        + " derived, are hidden and shown as \u201c" + SUPPRESSED + "\u201d (never as 0).";
  }

  /** Underscores read as spaces; null reads as empty. */
  static String humanize(String code) {
    return code == null ? "" : code.replace('_', ' ');
  }

  private Labels() {}
}
