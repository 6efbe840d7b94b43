package org.painoutcomes.report;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.painoutcomes.config.AttendanceBand;
import org.painoutcomes.config.FollowUpWindow;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.OutputVocabulary;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * The order in which the report lists things: configured order first (conditions, modalities,
 * bands, timepoints), the contract's order for measures, then anything unlisted by code point.
 * Every list the report shows goes through here, so row order of the input never matters.
 */
final class ReportOrder {
  /** Code-point order of strings (SPEC 7.2 compares strings by code point). */
  static final Comparator<String> CODE_POINT = OutputVocabulary.CODE_POINT_ORDER;

  private final PipelineConfig config;

  ReportOrder(PipelineConfig config) {
    this.config = config;
  }

  /** {@code ALL} first, then the configured conditions, then others. */
  Comparator<String> conditions() {
    return allFirst(listed(config.conditions()));
  }

  /** {@code ALL} first, then sites by code point. */
  Comparator<String> sites() {
    return allFirst(CODE_POINT);
  }

  Comparator<String> measures() {
    return listed(Instrument.codes());
  }

  Comparator<String> timepoints() {
    return listed(config.followUpWindows().stream().map(FollowUpWindow::timepoint).toList());
  }

  /** The groups of a grouping in the order their meaning suggests. */
  Comparator<String> groups(String grouping) {
    return allFirst(listed(configuredGroups(grouping)));
  }

  /** The groups the configuration names for a grouping (none for overall). */
  List<String> configuredGroups(String grouping) {
    return
        switch (grouping) {
          case OutcomeChangeRow.GROUPING_PRIMARY_MODALITY -> Stream.concat(
                  config.therapeuticModalities().stream(),
                  Stream.of(OutputVocabulary.MULTIMODAL, OutputVocabulary.EDUCATION_ONLY))
              .toList();
          case OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE -> config.modalities();
          case OutcomeChangeRow.GROUPING_ATTENDANCE_BAND -> config.attendanceBands().stream()
              .map(AttendanceBand::label)
              .toList();
          default -> List.of();
        };
  }

  /** The configured conditions. */
  List<String> configuredConditions() {
    return config.conditions();
  }

  /** The groupings in the order SPEC 7.1 lists them. */
  Comparator<String> groupings() {
    return listed(OutputVocabulary.GROUPINGS);
  }

  /** Position in {@code order} first; unlisted values after, by code point; null last. */
  static Comparator<String> listed(List<String> order) {
    Comparator<String> byPosition =
        Comparator.comparingInt(
            s -> {
              int i = order.indexOf(s);
              return i < 0 ? Integer.MAX_VALUE : i;
            });
    return Comparator.nullsLast(byPosition.thenComparing(CODE_POINT));
  }

  private static Comparator<String> allFirst(Comparator<String> rest) {
    Comparator<String> all = Comparator.comparing(s -> !OutcomeChangeRow.ALL.equals(s));
    return Comparator.nullsLast(all.thenComparing(rest));
  }
}
