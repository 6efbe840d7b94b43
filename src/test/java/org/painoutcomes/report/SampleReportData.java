package org.painoutcomes.report;

import static org.painoutcomes.report.OutcomeRowBuilder.row;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.privacy.PublicFlowRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;
import org.painoutcomes.privacy.PublicQualityRow;
import org.painoutcomes.privacy.PublicRowsForTests;

/**
 * A full-size, plausible public data set for looking at the page (every measure, timepoint,
 * modality, condition and band, three sites), made from a fixed seed. Counts of 1 to 10 are
 * always suppressed, as the pipeline's public tables would have them. Not for exact values.
 */
final class SampleReportData {
  private static final String[] MEASURES = {"PEG", "NRS", "PROMIS_PI", "PROMIS_PF", "ODI"};
  private static final double[] EFFECT = {1.3, 1.2, 4.2, 3.4, 8.5};
  private static final double[] SD = {2.0, 2.2, 6.5, 6.0, 14.0};
  private static final String[] TIMEPOINTS = {"WEEK_6", "WEEK_12", "MONTH_6"};
  private static final long[] N_AT = {182, 151, 96};
  private static final String[] SITES = {"east", "north", "south"};
  private static final double[] SITE_SHARE = {0.22, 0.45, 0.33};
  private static final double[] CONDITION_SHARE = {0.18, 0.2, 0.3, 0.12, 0.08, 0.07, 0.05};
  private static final String[] PRIMARY = {"acupuncture", "massage", "mindfulness", "yoga", "tai_chi", "multimodal",
      "education_only"};
  private static final double[] PRIMARY_SHARE = {0.22, 0.1, 0.14, 0.2, 0.05, 0.24, 0.05};

  private SampleReportData() {}

  static ReportData build() {
    PipelineConfig config = ConfigLoader.defaultConfig();
    Random random = new Random(20260302L);
    List<PublicOutcomeChangeRow> outcomes = new ArrayList<>();
    for (int m = 0; m < MEASURES.length; m++) {
      for (int t = 0; t < TIMEPOINTS.length; t++) {
        double measureShare = MEASURES[m].equals("ODI") ? 0.45 : 1.0;
        long total = Math.round(N_AT[t] * measureShare);
        double effect = EFFECT[m] * (t == 2 ? 0.85 : 1.0);
        outcomes.add(cell(random, "overall", ALL, ALL, m, t, total, effect));
        for (int p = 0; p < PRIMARY.length; p++) {
          outcomes.add(cell(random, "primary_modality", PRIMARY[p], ALL, m, t, Math.round(total * PRIMARY_SHARE[p]),
              effect * (0.7 + 0.6 * random.nextDouble())));
        }
        for (String modality : config.modalities()) {
          outcomes.add(cell(random, "modality_exposure", modality, ALL, m, t,
              Math.round(total * (0.06 + 0.5 * random.nextDouble())), effect * (0.8 + 0.4 * random.nextDouble())));
        }
        String[] bands = {"1-3", "4-6", "7-9", "10+"};
        double[] bandShare = {0.16, 0.28, 0.26, 0.3};
        for (int b = 0; b < bands.length; b++) {
          outcomes.add(cell(random, "attendance_band", bands[b], ALL, m, t, Math.round(total * bandShare[b]),
              effect * (0.45 + 0.3 * b)));
        }
        for (int c = 0; c < config.conditions().size(); c++) {
          double share = MEASURES[m].equals("ODI") ? (c == 2 ? 0.8 : 0.04) : CONDITION_SHARE[c];
          outcomes.add(cell(random, "overall", ALL, config.conditions().get(c), m, t, Math.round(total * share),
              effect * (0.6 + 0.8 * random.nextDouble())));
        }
      }
    }
    return new ReportData(run(), config, outcomes, flow(config), quality(),
        new StudyPeriod(java.time.YearMonth.of(2025, 3), java.time.YearMonth.of(2025, 11)), List.of());
  }

  /** A row of n records with a plausible mean and interval; suppressed as the public table would be. */
  private static PublicOutcomeChangeRow cell(Random random, String grouping, String group, String condition, int m,
      int t, long n, double improvement) {
    double sign = Instrument.valueOf(MEASURES[m]).direction().label().equals("lower_is_better") ? -1 : 1;
    double half = 1.97 * SD[m] / Math.sqrt(Math.max(n, 2));
    double change = sign * improvement;
    long evaluable = MEASURES[m].equals("PEG") || MEASURES[m].equals("NRS") ? n - (n > 60 ? 12 : 0) : n;
    double p = Math.max(0.05, Math.min(0.9, 0.22 + 0.04 * improvement / SD[m] * 10 + 0.1 * random.nextGaussian()));
    long responders = Math.round(p * evaluable);
    double[] wilson = wilson(responders, evaluable);
    OutcomeRowBuilder b = row(grouping, group, condition, MEASURES[m], TIMEPOINTS[t])
        .change(n, change, change - half, change + half)
        .responders(evaluable, responders, evaluable == 0 ? 0 : (double) responders / evaluable, wilson[0], wilson[1]);
    if (n < 11) {
      return b.suppressedN();
    }
    boolean small = responders >= 1 && responders <= 10 || evaluable - responders >= 1 && evaluable - responders <= 10;
    return small ? b.suppressedResponders() : b.shown();
  }

  static double[] wilson(long k, long n) {
    if (n == 0) {
      return new double[] {0, 0};
    }
    double z = 1.959963984540054;
    double phat = (double) k / n;
    double denom = 1 + z * z / n;
    double centre = (phat + z * z / (2 * n)) / denom;
    double half = z * Math.sqrt(phat * (1 - phat) / n + z * z / (4.0 * n * n)) / denom;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  private static List<PublicFlowRow> flow(PipelineConfig config) {
    List<PublicFlowRow> rows = new ArrayList<>();
    List<String> sites = new ArrayList<>(List.of(ALL));
    sites.addAll(List.of(SITES));
    List<String> conditions = new ArrayList<>(List.of(ALL));
    conditions.addAll(config.conditions());
    for (int s = 0; s < sites.size(); s++) {
      for (int c = 0; c < conditions.size(); c++) {
        double share = (s == 0 ? 1 : SITE_SHARE[s - 1]) * (c == 0 ? 1 : CONDITION_SHARE[c - 1]);
        add(rows, sites.get(s), conditions.get(c), FlowRow.STAGE_ENROLLED, null, null, Math.round(241 * share));
        add(rows, sites.get(s), conditions.get(c), FlowRow.STAGE_ATTENDED_ANY, null, null, Math.round(214 * share));
        for (int m = 0; m < MEASURES.length; m++) {
          double ms = MEASURES[m].equals("ODI") ? 0.45 : 1.0;
          add(rows, sites.get(s), conditions.get(c), FlowRow.STAGE_BASELINE, MEASURES[m], null,
              Math.round((203 - 2 * m) * ms * share));
          for (int t = 0; t < TIMEPOINTS.length; t++) {
            add(rows, sites.get(s), conditions.get(c), FlowRow.STAGE_FOLLOWUP, MEASURES[m], TIMEPOINTS[t],
                Math.round(Math.round(N_AT[t] * ms) * share));
          }
        }
      }
    }
    return rows;
  }

  private static void add(List<PublicFlowRow> rows, String site, String condition, String stage, String measure,
      String timepoint, long n) {
    boolean hidden = n >= 1 && n <= 10 || (!site.equals(ALL) && condition.equals("migraine"));
    rows.add(PublicRowsForTests.flow(new FlowRow(site, condition, stage, measure, timepoint, hidden ? null : n), hidden));
  }

  private static List<PublicQualityRow> quality() {
    List<PublicQualityRow> q = new ArrayList<>();
    long[][] totals = {{247, 241, 6}, {5210, 5150, 60}, {16_390, 16_322, 68}};
    String[] sources = {"enrollment", "attendance", "outcomes"};
    for (int s = 0; s < 3; s++) {
      boolean enrollment = s == 0;
      q.add(PublicRowsForTests.quality(sources[s], "rows_read", totals[s][0]));
      q.add(PublicRowsForTests.quality(sources[s], "rows_accepted", enrollment ? null : totals[s][1]));
      q.add(PublicRowsForTests.quality(sources[s], "rows_rejected", enrollment ? null : totals[s][2]));
      for (ReasonCode code : ReasonCode.values()) {
        long v = switch (code) {
          case MALFORMED -> s == 1 ? 4 : s == 2 ? 9 : 0;
          case MISSING_REQUIRED -> s == 0 ? 2 : s == 2 ? 21 : 0;
          case BAD_VALUE -> s == 1 ? 12 : 0;
          case OUT_OF_RANGE -> s == 2 ? 17 : 0;
          case UNKNOWN_PARTICIPANT -> s == 1 ? 30 : s == 2 ? 15 : 0;
          case DUPLICATE -> s == 0 ? 4 : s == 1 ? 14 : 6;
          default -> 0;
        };
        q.add(PublicRowsForTests.quality(sources[s], code.metric(), enrollment && v > 0 ? null : v));
      }
    }
    for (Instrument i : Instrument.values()) {
      q.add(PublicRowsForTests.quality("outcomes", "unscored_" + i.name(), i == Instrument.PEG ? 7L : i == Instrument.ODI ? 12L : 0L));
    }
    return q;
  }

  static RunFacts run() {
    return new RunFacts(
        "20260302T081530Z-4f2a9c",
        Instant.parse("2026-03-02T08:15:30Z"),
        "0.1.0",
        List.of(
            new InputFile("enrollment.csv", 18_204, Instant.parse("2026-02-27T17:02:00Z"), "9f86d081884c"),
            new InputFile("attendance/2026-01.csv.gz", 61_330, Instant.parse("2026-02-01T06:00:00Z"), "2c26b46b68ff"),
            new InputFile("attendance/2026-02.csv.gz", 58_912, Instant.parse("2026-03-01T06:00:00Z"), "3e23e8160039"),
            new InputFile("outcomes.csv", 912_400, Instant.parse("2026-02-28T23:59:59Z"), "fcde2b2edba5")));
  }
}
