package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Folding of fully suppressed and empty groups into one line each, per section. */
class CollapsedRowsTest {
  private static ForestRow shown(String section, String label, double v) {
    return new ForestRow(section, label, 20L, v, v - 1, v + 1, false);
  }

  private static ForestRow hidden(String section, String label) {
    return new ForestRow(section, label, null, null, null, null, true);
  }

  private static ForestRow absent(String section, String label) {
    return new ForestRow(section, label, null, null, null, null, false);
  }

  @Test
  void groupsSuppressedAtEveryTimepointBecomeOneLineAndEmptyOnesAnother() {
    String p = OutcomeChartModels.SECTION_PRIMARY;
    String all = OutcomeChartModels.SECTION_ALL;
    List<ForestRow> week6 = List.of(hidden(all, "All participants"), shown(p, "yoga", 1), hidden(p, "tai chi"),
        hidden(p, "qigong"), hidden(p, "massage"), absent(p, "stretching"));
    List<ForestRow> week12 = List.of(hidden(all, "All participants"), hidden(p, "yoga"), hidden(p, "tai chi"),
        hidden(p, "qigong"), absent(p, "massage"), absent(p, "stretching"));
    List<List<ForestRow>> out = CollapsedRows.improvement(List.of(week6, week12),
        Map.of(p, List.of("yoga", "tai chi", "qigong", "massage", "stretching", "music therapy")));
    // massage is suppressed once and absent once: it keeps its line; yoga is shown once
    assertThat(out.get(0)).containsExactly(
        hidden(all, "All participants"), shown(p, "yoga", 1), hidden(p, "massage"),
        hidden(p, "2 groups suppressed at every timepoint: tai chi, qigong"),
        absent(p, "2 groups with no one in them: stretching, music therapy"));
    assertThat(out.get(1)).extracting(ForestRow::label).containsExactly("All participants", "yoga", "massage",
        "2 groups suppressed at every timepoint: tai chi, qigong", "2 groups with no one in them: stretching, music therapy");
  }

  @Test
  void aSingleSuppressedGroupKeepsItsOwnLine() {
    String c = OutcomeChartModels.SECTION_CONDITION;
    List<List<ForestRow>> out = CollapsedRows.improvement(
        List.of(List.of(shown(c, "migraine", 1), hidden(c, "fibromyalgia"))), Map.of(c, List.of("migraine", "fibromyalgia", "other")));
    assertThat(out.get(0)).containsExactly(shown(c, "migraine", 1), hidden(c, "fibromyalgia"), absent(c, "No one in other"));
  }
}
