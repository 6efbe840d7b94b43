package org.painoutcomes.report;

import static org.painoutcomes.report.OutcomeRowBuilder.row;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.privacy.PublicFlowRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;
import org.painoutcomes.privacy.PublicQualityRow;
import org.painoutcomes.privacy.PublicRowsForTests;

/**
 * A small hand-made public data set: PEG and PROMIS_PF at WEEK_6 and WEEK_12, a few groups,
 * rows suppressed both ways ("n" and "responders"), suppressed flow and quality counts, and a
 * group label holding markup. The expected chart values in the tests are worked out from here.
 */
final class HandMadeReportData {
  static final String SCRIPT_LABEL = "<script>alert(1)</script> & co";

  private HandMadeReportData() {}

  static ReportData build() {
    return new ReportData(run(), ConfigLoader.defaultConfig(), outcomes(), flow(), quality());
  }

  static RunFacts run() {
    return new RunFacts(
        "run-2026-03-02-a1",
        Instant.parse("2026-03-02T08:15:30Z"),
        "0.1.0",
        List.of(
            new InputFile("enrollment.csv", 12_345, Instant.parse("2026-02-27T17:02:00Z"), "9f86d081884c"),
            new InputFile("attendance/2026-01.csv.gz", 2_048, Instant.parse("2026-02-01T06:00:00Z"), "2c26b46b68ff"),
            new InputFile("outcomes.csv", 99_000, Instant.parse("2026-02-28T23:59:59Z"), "fcde2b2edba5")));
  }

  static List<PublicOutcomeChangeRow> outcomes() {
    List<PublicOutcomeChangeRow> r = new ArrayList<>();
    // PEG (lower is better) at WEEK_6
    r.add(row("overall", ALL, ALL, "PEG", "WEEK_6").change(40, -1.5, -2.1, -0.9)
        .responders(40, 15, 0.375, 0.25, 0.55).shown());
    r.add(row("primary_modality", "yoga", ALL, "PEG", "WEEK_6").change(14, -2.0, -3.0, -1.0)
        .responders(14, 9, 9.0 / 14, 0.39, 0.84).suppressedResponders());
    r.add(row("primary_modality", "acupuncture", ALL, "PEG", "WEEK_6").change(7, -1.0, -2.0, 0.0)
        .responders(7, 3, 3.0 / 7, 0.16, 0.75).suppressedN());
    r.add(row("primary_modality", "multimodal", ALL, "PEG", "WEEK_6").change(12, 0.0, -0.8, 0.8)
        .responders(12, 0, 0.0, 0.0, 0.24).shown());
    r.add(row("overall", ALL, "low_back_pain", "PEG", "WEEK_6").change(25, -1.2, -1.9, -0.5)
        .responders(25, 11, 0.44, 0.27, 0.63).shown());
    r.add(row("overall", ALL, "fibromyalgia", "PEG", "WEEK_6").change(9, -0.5, -1.5, 0.5)
        .responders(9, 2, 2.0 / 9, 0.06, 0.55).suppressedN());
    r.add(row("modality_exposure", "yoga", ALL, "PEG", "WEEK_6").change(22, -1.8, -2.6, -1.0)
        .responders(22, 11, 0.5, 0.31, 0.69).shown());
    r.add(row("modality_exposure", "tai_chi", ALL, "PEG", "WEEK_6").change(16, -1.1, -1.9, -0.3)
        .responders(16, 6, 6.0 / 16, 0.18, 0.61).suppressedResponders());
    r.add(row("attendance_band", "10+", ALL, "PEG", "WEEK_6").change(13, -2.2, -3.1, -1.3)
        .responders(13, 8, 8.0 / 13, 0.36, 0.82).suppressedResponders());
    r.add(row("attendance_band", "4-6", ALL, "PEG", "WEEK_6").change(15, -1.0, -1.8, -0.2)
        .responders(15, 0, 0.0, 0.0, 0.2).shown());
    r.add(row("attendance_band", "1-3", ALL, "PEG", "WEEK_6").change(6, -0.3, -1.0, 0.4)
        .responders(6, 1, 1.0 / 6, 0.03, 0.56).suppressedN());
    // PEG at WEEK_12: the overall row is hidden (shared cell with a hidden follow-up count, SPEC 7.3 rule 4)
    r.add(row("overall", ALL, ALL, "PEG", "WEEK_12").change(10, -1.0, -2.0, 0.0)
        .responders(10, 4, 0.4, 0.17, 0.69).suppressedN());
    // PROMIS_PF (higher is better) at WEEK_12
    r.add(row("overall", ALL, ALL, "PROMIS_PF", "WEEK_12").change(30, 4.5, 2.5, 6.5)
        .responders(30, 16, 16.0 / 30, 0.36, 0.70).shown());
    r.add(row("primary_modality", SCRIPT_LABEL, ALL, "PROMIS_PF", "WEEK_12").change(11, 3.0, 0.2, 5.8)
        .responders(11, 5, 5.0 / 11, 0.21, 0.72).suppressedResponders());
    return r;
  }

  static List<PublicFlowRow> flow() {
    List<PublicFlowRow> f = new ArrayList<>();
    for (String site : List.of(ALL, "north", "south")) {
      for (String condition : List.of(ALL, "low_back_pain")) {
        Long enrolled = switch (site + "/" + condition) {
          case "ALL/ALL" -> 60L;
          case "north/ALL" -> 35L;
          case "south/ALL" -> 25L;
          case "ALL/low_back_pain" -> 30L;
          default -> null; // north and south low_back_pain: 18 and 12 in truth, hidden by rule 3
        };
        f.add(flowRow(site, condition, FlowRow.STAGE_ENROLLED, null, null, enrolled));
        boolean all = site.equals(ALL) && condition.equals(ALL);
        // attended_any ALL/ALL: 52 in truth, a drop of 8 from 60, hidden by the chain rule
        f.add(flowRow(site, condition, FlowRow.STAGE_ATTENDED_ANY, null, null, null));
        f.add(flowRow(site, condition, FlowRow.STAGE_BASELINE, "PEG", null, all ? 45L : null));
        f.add(flowRow(site, condition, FlowRow.STAGE_BASELINE, "PROMIS_PF", null, all ? 44L : null));
        f.add(flowRow(site, condition, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_6", all ? 40L : null));
        f.add(flowRow(site, condition, FlowRow.STAGE_FOLLOWUP, "PEG", "WEEK_12", null));
        f.add(flowRow(site, condition, FlowRow.STAGE_FOLLOWUP, "PROMIS_PF", "WEEK_6", all ? 0L : null));
        f.add(flowRow(site, condition, FlowRow.STAGE_FOLLOWUP, "PROMIS_PF", "WEEK_12", all ? 30L : null));
      }
    }
    return f;
  }

  private static PublicFlowRow flowRow(String site, String condition, String stage, String measure, String tp, Long n) {
    return PublicRowsForTests.flow(new FlowRow(site, condition, stage, measure, tp, n), n == null);
  }

  static List<PublicQualityRow> quality() {
    List<PublicQualityRow> q = new ArrayList<>();
    for (String source : List.of("enrollment", "attendance", "outcomes")) {
      boolean enrollment = source.equals("enrollment");
      q.add(PublicRowsForTests.quality(source, "rows_read", enrollment ? 70L : 500L));
      // enrollment: 64 accepted and 6 rejected in truth, hidden (rejected enrollment rows are people)
      q.add(PublicRowsForTests.quality(source, "rows_accepted", enrollment ? null : 480L));
      q.add(PublicRowsForTests.quality(source, "rows_rejected", enrollment ? null : 20L));
      for (org.painoutcomes.contract.ReasonCode code : org.painoutcomes.contract.ReasonCode.values()) {
        Long v = switch (code) {
          case DUPLICATE -> enrollment ? null : 14L;
          case MALFORMED -> enrollment ? 0L : 6L;
          default -> 0L;
        };
        q.add(PublicRowsForTests.quality(source, code.metric(), v));
      }
    }
    q.add(PublicRowsForTests.quality("outcomes", "unscored_PEG", 3L));
    q.add(PublicRowsForTests.quality("outcomes", "unscored_ODI", 0L));
    return q;
  }
}
