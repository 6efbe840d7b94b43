package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.tables.QualityRow;

/** The public view of quality/summary, worked by hand per source, then checked at random. */
class PublicQualitySummaryTest {

  private final PublicQualitySummary summary = new PublicQualitySummary();

  /** A source's rows: read, accepted, rejected, then every code (0 unless given), then unscored. */
  private static List<QualityRow> source(String source, long read, long accepted, Map<ReasonCode, Long> codes) {
    List<QualityRow> rows = new ArrayList<>();
    rows.add(new QualityRow(source, "rows_read", read));
    rows.add(new QualityRow(source, "rows_accepted", accepted));
    rows.add(new QualityRow(source, "rows_rejected", read - accepted));
    for (ReasonCode c : ReasonCode.values()) {
      rows.add(new QualityRow(source, c.metric(), codes.getOrDefault(c, 0L)));
    }
    return rows;
  }

  /** The metrics whose value is hidden in the view. */
  private static List<String> hidden(List<PublicQualityRow> view) {
    return view.stream().filter(r -> r.value() == null).map(r -> r.source() + "/" + r.metric()).toList();
  }

  @Test
  void enrollmentHidesRowsReadRatherThanTheAcceptedCountFlowPublishes() {
    // 120 read = 112 accepted + 8 rejected (3 MISSING_REQUIRED + 5 BAD_VALUE). Rule 1 hides 8, 3,
    // 5. rows_read = accepted + rejected then has one hidden value; accepted (112) is published
    // as enrolled in participant_flow, so rows_read (120) is hidden instead.
    List<QualityRow> rows =
        source("enrollment", 120, 112, Map.of(ReasonCode.MISSING_REQUIRED, 3L, ReasonCode.BAD_VALUE, 5L));
    List<PublicQualityRow> view = summary.publicView(rows, 11);
    assertThat(hidden(view))
        .containsExactly(
            "enrollment/rows_read", "enrollment/rows_rejected", "enrollment/rejected_MISSING_REQUIRED",
            "enrollment/rejected_BAD_VALUE");
    assertThat(view.get(1).value()).as("accepted shown").isEqualTo(112L);
    assertThat(view.get(3).value()).as("a 0 is shown").isZero();
  }

  @Test
  void enrollmentCascadeFromASmallAcceptedCount() {
    // 20 read = 6 accepted + 14 rejected (all DUPLICATE). Rule 1: accepted. Pass 1: rows_read =
    // accepted + rejected has one hidden: rejected (14), the only other member. Pass 2: rejected
    // is the total of the codes and alone hidden there: DUPLICATE (14). Pass 3: nothing.
    List<PublicQualityRow> view =
        summary.publicView(source("enrollment", 20, 6, Map.of(ReasonCode.DUPLICATE, 14L)), 11);
    assertThat(hidden(view))
        .containsExactly("enrollment/rows_accepted", "enrollment/rows_rejected", "enrollment/rejected_DUPLICATE");
  }

  @Test
  void attendanceCodesComplementEachOtherTiesByMetricName() {
    // 5035 read = 5000 accepted + 35 rejected: MALFORMED 15, BAD_FORMAT 15, CONFLICT 5. CONFLICT by
    // rule 1; MALFORMED and BAD_FORMAT tie at 15: rejected_BAD_FORMAT < rejected_MALFORMED.
    List<QualityRow> rows =
        source(
            "attendance", 5035, 5000,
            Map.of(ReasonCode.MALFORMED, 15L, ReasonCode.BAD_FORMAT, 15L, ReasonCode.CONFLICT, 5L));
    assertThat(hidden(summary.publicView(rows, 11)))
        .containsExactly("attendance/rejected_BAD_FORMAT", "attendance/rejected_CONFLICT");
  }

  @Test
  void outcomesUnscoredCountsStandAlone() {
    // 900 read = 893 accepted + 7 rejected (MALFORMED 7). Rule 1: rejected and MALFORMED (the
    // codes relation then has two hidden); rows_read has one hidden member: accepted (893) follows.
    // unscored_PEG 4 is hidden by rule 1 alone: no total of unscored counts is published.
    List<QualityRow> rows = new ArrayList<>(source("outcomes", 900, 893, Map.of(ReasonCode.MALFORMED, 7L)));
    long[] unscored = {4, 30, 0, 0, 0};
    for (int i = 0; i < Instrument.values().length; i++) {
      rows.add(new QualityRow("outcomes", "unscored_" + Instrument.values()[i].name(), unscored[i]));
    }
    List<PublicQualityRow> view = summary.publicView(rows, 11);
    assertThat(hidden(view))
        .containsExactly(
            "outcomes/rows_accepted", "outcomes/rows_rejected", "outcomes/rejected_MALFORMED", "outcomes/unscored_PEG");
    assertThat(view).extracting(PublicQualityRow::metric).as("same rows, same order").isEqualTo(rows.stream().map(QualityRow::metric).toList());
  }

  @Test
  void refusesDuplicateMetrics() {
    List<QualityRow> rows = List.of(new QualityRow("outcomes", "rows_read", 5L), new QualityRow("outcomes", "rows_read", 5L));
    assertThatThrownBy(() -> summary.publicView(rows, 11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void randomSummariesLeaveNothingDerivable() {
    // Independent check: no shown value from 1 to 10; in each relation no single hidden value.
    Random rnd = new Random(11);
    for (int t = 0; t < 2000; t++) {
      String source = List.of("enrollment", "attendance", "outcomes").get(rnd.nextInt(3));
      Map<ReasonCode, Long> codes = new LinkedHashMap<>();
      for (ReasonCode c : ReasonCode.values()) {
        codes.put(c, rnd.nextInt(3) == 0 ? (long) rnd.nextInt(30) : 0L);
      }
      long rejected = codes.values().stream().mapToLong(Long::longValue).sum();
      long accepted = rnd.nextInt(4) == 0 ? rnd.nextInt(15) : rnd.nextInt(500);
      List<PublicQualityRow> view = summary.publicView(source(source, accepted + rejected, accepted, codes), 11);
      for (PublicQualityRow r : view) {
        assertThat(r.value() == null || r.value() == 0 || r.value() >= 11).as("shown %s", r.metric()).isTrue();
      }
      assertSingleHiddenNotDerivable(view.subList(0, 3), view.get(0), view.subList(1, 3));
      assertSingleHiddenNotDerivable(view.subList(2, 12), view.get(2), view.subList(3, 12));
    }
  }

  private static void assertSingleHiddenNotDerivable(List<PublicQualityRow> all, PublicQualityRow total, List<PublicQualityRow> members) {
    long hiddenCount = all.stream().filter(r -> r.value() == null).count();
    if (hiddenCount == 1 && total.value() != null) {
      long derived = total.value() - members.stream().filter(r -> r.value() != null).mapToLong(PublicQualityRow::value).sum();
      assertThat(derived).as("a single hidden member is derivable as %d", derived).matches(v -> v == 0 || v >= 11);
    }
    assertThat(hiddenCount == 1 && total.value() == null).as("a single hidden total is derivable").isFalse();
  }
}
