package org.painoutcomes.privacy;

import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * A random participant-level cohort and the restricted tables it aggregates to (SPEC 7.1 row
 * rules for outcome_change, 7.3 for participant_flow), for the adversarial property test. The
 * knobs (sizes, sites, conditions, skew, how often someone attends, has a baseline, a follow-up,
 * a null responder) are drawn per cohort so that small cells, zeros and lopsided partitions are
 * common.
 */
final class RandomCohort {

  private static final List<String> SITES = List.of("S1", "S2", "north", "Z_9", "a-2");
  private static final List<String> CONDITIONS =
      List.of("fibromyalgia", "osteoarthritis", "low_back_pain", "migraine", "other");
  private static final List<String> MEASURES = List.of("PEG", "NRS", "ODI", "PROMIS_PF");
  private static final List<String> TIMEPOINTS = List.of("WEEK_6", "WEEK_12", "MONTH_6");
  private static final List<String> PRIMARY = List.of("acupuncture", "yoga", "tai_chi", "multimodal", "education_only");
  private static final List<String> BANDS = List.of("1-3", "4-6", "7-9", "10+");
  private static final List<String> EXPOSURES = List.of("acupuncture", "yoga", "tai_chi", "nutrition_education");

  /** A participant's change record: responder is null where not evaluable. */
  private record Change(String measure, String timepoint, Boolean responder) {}

  private record Participant(
      String site, String condition, boolean attended, Set<String> baselines, List<Change> changes,
      String primary, String band, Set<String> exposed) {}

  final List<OutcomeChangeRow> outcomeChange = new ArrayList<>();
  final List<FlowRow> flow = new ArrayList<>();
  final int participants;

  RandomCohort(Random rnd) {
    this(rnd, false);
  }

  /**
   * @param yogaNotEvaluable if true, every participant exposed to yoga has only null responders:
   *     the exploratory mode that reaches the SPEC 7.2 gaps of responder_n 0 (see SpecGapTest)
   */
  RandomCohort(Random rnd, boolean yogaNotEvaluable) {
    int size = switch (rnd.nextInt(3)) {
      case 0 -> rnd.nextInt(26);
      case 1 -> 25 + rnd.nextInt(126);
      default -> 150 + rnd.nextInt(451);
    };
    List<String> sites = pick(rnd, SITES, 1 + rnd.nextInt(4));
    List<String> conditions = pick(rnd, CONDITIONS, 1 + rnd.nextInt(4));
    List<String> measures = pick(rnd, MEASURES, 1 + rnd.nextInt(2));
    List<String> timepoints = pick(rnd, TIMEPOINTS, 1 + rnd.nextInt(3));
    double[] siteWeights = weights(rnd, sites.size());
    double[] conditionWeights = weights(rnd, conditions.size());
    double[] primaryWeights = weights(rnd, PRIMARY.size());
    double[] bandWeights = weights(rnd, BANDS.size());
    double attend = 0.5 + 0.5 * rnd.nextDouble();
    double baseline = 0.3 + 0.7 * rnd.nextDouble();
    double followUp = 0.2 + 0.8 * rnd.nextDouble();
    double notEvaluable = new double[] {0, 0.05, 0.3, 0.9}[rnd.nextInt(4)];
    double responder = rnd.nextDouble();
    double[] exposure = rnd.doubles(EXPOSURES.size()).map(p -> p * p).toArray();

    List<Participant> people = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean attended = rnd.nextDouble() < attend;
      Set<String> baselines = new TreeSet<>();
      List<Change> changes = new ArrayList<>();
      Set<String> exposed = new TreeSet<>();
      if (attended) {
        for (int e = 0; e < EXPOSURES.size(); e++) {
          if (rnd.nextDouble() < exposure[e]) {
            exposed.add(EXPOSURES.get(e));
          }
        }
        boolean unevaluable = yogaNotEvaluable && exposed.contains("yoga");
        for (String m : measures) {
          if (rnd.nextDouble() < baseline) {
            baselines.add(m);
            for (String t : timepoints) {
              if (rnd.nextDouble() < followUp) {
                Boolean r = unevaluable || rnd.nextDouble() < notEvaluable ? null : rnd.nextDouble() < responder;
                changes.add(new Change(m, t, r));
              }
            }
          }
        }
      }
      people.add(
          new Participant(
              sites.get(draw(rnd, siteWeights)), conditions.get(draw(rnd, conditionWeights)), attended,
              baselines, changes, PRIMARY.get(draw(rnd, primaryWeights)), BANDS.get(draw(rnd, bandWeights)), exposed));
    }
    participants = size;
    aggregateOutcomeChange(people);
    aggregateFlow(people, measures, timepoints);
  }

  // SPEC 7.1: one row per grouping, group, condition, measure, timepoint with a change record.
  private void aggregateOutcomeChange(List<Participant> people) {
    Map<List<String>, long[]> cells = new TreeMap<>(RandomCohort::compareKeys);
    for (Participant p : people) {
      List<String[]> groups = new ArrayList<>();
      groups.add(new String[] {OutcomeChangeRow.GROUPING_OVERALL, ALL});
      groups.add(new String[] {OutcomeChangeRow.GROUPING_PRIMARY_MODALITY, p.primary()});
      groups.add(new String[] {OutcomeChangeRow.GROUPING_ATTENDANCE_BAND, p.band()});
      p.exposed().forEach(g -> groups.add(new String[] {OutcomeChangeRow.GROUPING_MODALITY_EXPOSURE, g}));
      for (Change c : p.changes()) {
        for (String[] g : groups) {
          for (String condition : List.of(p.condition(), ALL)) {
            long[] counts = cells.computeIfAbsent(List.of(g[0], g[1], condition, c.measure(), c.timepoint()), k -> new long[3]);
            counts[0]++;
            counts[1] += c.responder() == null ? 0 : 1;
            counts[2] += Boolean.TRUE.equals(c.responder()) ? 1 : 0;
          }
        }
      }
    }
    cells.forEach(
        (k, c) -> outcomeChange.add(Rows.oc(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), c[0], c[1], c[2])));
  }

  // SPEC 7.3: every (site or ALL, condition or ALL) pair with an enrollment, all stage rows.
  private void aggregateFlow(List<Participant> people, List<String> measures, List<String> timepoints) {
    Set<String> sites = new TreeSet<>();
    Set<String> conditions = new TreeSet<>();
    people.forEach(p -> { sites.add(p.site()); conditions.add(p.condition()); });
    Set<String> siteLabels = new LinkedHashSet<>(sites);
    siteLabels.add(ALL);
    Set<String> conditionLabels = new LinkedHashSet<>(conditions);
    conditionLabels.add(ALL);
    for (String s : siteLabels) {
      for (String c : conditionLabels) {
        List<Participant> in =
            people.stream()
                .filter(p -> (ALL.equals(s) || p.site().equals(s)) && (ALL.equals(c) || p.condition().equals(c)))
                .toList();
        if (in.isEmpty()) {
          continue;
        }
        flow.add(Rows.flow(s, c, FlowRow.STAGE_ENROLLED, null, null, in.size()));
        flow.add(Rows.flow(s, c, FlowRow.STAGE_ATTENDED_ANY, null, null, in.stream().filter(Participant::attended).count()));
        for (String m : measures) {
          flow.add(Rows.flow(s, c, FlowRow.STAGE_BASELINE, m, null, in.stream().filter(p -> p.baselines().contains(m)).count()));
          for (String t : timepoints) {
            long n = in.stream().filter(p -> p.changes().stream().anyMatch(x -> x.measure().equals(m) && x.timepoint().equals(t))).count();
            flow.add(Rows.flow(s, c, FlowRow.STAGE_FOLLOWUP, m, t, n));
          }
        }
      }
    }
  }

  private static int compareKeys(List<String> a, List<String> b) {
    for (int i = 0; i < a.size(); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static List<String> pick(Random rnd, List<String> from, int count) {
    List<String> copy = new ArrayList<>(from);
    java.util.Collections.shuffle(copy, rnd);
    return copy.subList(0, Math.min(count, copy.size()));
  }

  // Skewed weights: some labels common, some rare, so partitions are lopsided.
  private static double[] weights(Random rnd, int count) {
    return rnd.doubles(count).map(u -> Math.exp(3 * u)).toArray();
  }

  private static int draw(Random rnd, double[] weights) {
    double total = java.util.Arrays.stream(weights).sum();
    double u = rnd.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
