package org.painoutcomes.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.painoutcomes.contract.Enums;

/**
 * Lays the participants out in cohorts, one cohort at a time: 8 to 13 people each, meeting weekly
 * for 8 to 16 sessions (12 most often), starting on a site's meeting day in 2023 to mid-2025. A
 * cohort's sessions combine two to four modalities around a main therapeutic modality chosen by
 * its site's taste, with one or two secondary ones and a rotating education topic; about one
 * cohort in twelve is education only.
 */
final class CohortPlanner {
  static final int MIN_SIZE = 8;
  static final int MAX_SIZE = 13;
  static final int MIN_SESSIONS = 8;
  static final int MAX_SESSIONS = 16;
  /** A Monday; cohorts start in the 130 weeks from it. */
  private static final int FIRST_MONDAY = DateText.day(2023, 1, 2);
  private static final int START_WEEKS = 130;
  private static final double EDUCATION_ONLY_SHARE = 0.08;
  private static final String[] VISIT_TYPES = Enums.VISIT_TYPES.toArray(String[]::new);

  private final SiteRoster roster;
  private final SplittableRandom rng;
  private final int[] cohortsPerSite;
  private long remaining;

  CohortPlanner(SiteRoster roster, long participants, SplittableRandom rng) {
    this.roster = roster;
    this.rng = rng;
    this.remaining = participants;
    this.cohortsPerSite = new int[roster.sites().size()];
  }

  boolean hasNext() {
    return remaining > 0;
  }

  CohortPlan next() {
    int size = size(remaining, MIN_SIZE + rng.nextInt(MAX_SIZE - MIN_SIZE + 1));
    remaining -= size;
    Site site = roster.draw(rng);
    int number = ++cohortsPerSite[roster.sites().indexOf(site)];
    String cohortId = site.code() + "-C" + zeroPad(number, 5);
    int start = FIRST_MONDAY + 7 * rng.nextInt(START_WEEKS) + site.weekday();
    int sessionCount = MIN_SESSIONS + rng.nextInt(5) + rng.nextInt(5);
    boolean educationOnly = rng.nextDouble() < EDUCATION_ONLY_SHARE;
    return new CohortPlan(
        site, cohortId, size, start, sessions(site, cohortId, start, sessionCount, educationOnly),
        educationOnly);
  }

  /**
   * The size of the next cohort: the drawn size if what remains can still be split into cohorts
   * of 8 to 13, else the nearest size that leaves a splittable rest. Any total of 16 or more
   * splits; a total below 8, or of 14 or 15, becomes one cohort of that size.
   */
  static int size(long remaining, int drawn) {
    if (remaining <= MAX_SIZE) {
      return (int) remaining;
    }
    int span = MAX_SIZE - MIN_SIZE + 1;
    for (int k = 0; k < span; k++) {
      int s = MIN_SIZE + (drawn - MIN_SIZE + k) % span;
      long rest = remaining - s;
      if (rest >= 2 * MIN_SIZE || (rest >= MIN_SIZE && rest <= MAX_SIZE)) {
        return s;
      }
    }
    return (int) remaining;
  }

  private List<SessionPlan> sessions(
      Site site, String cohortId, int start, int count, boolean educationOnly) {
    int main = ProgramMix.pick(site.offerings(), rng);
    int[] secondary = secondary(site, main);
    int educationOffset = rng.nextInt(ProgramMix.EDUCATION);
    String usualVisit = VISIT_TYPES[rng.nextDouble() < 0.55 ? 2 : 0];
    List<SessionPlan> out = new ArrayList<>(count);
    int day = start;
    for (int s = 0; s < count; s++) {
      if (s > 0) {
        // A holiday now and then pushes the rest of the series back a week.
        day += rng.nextDouble() < 0.06 ? 14 : 7;
      }
      int education = ProgramMix.THERAPEUTIC + (educationOffset + s) % ProgramMix.EDUCATION;
      int[] mods;
      if (educationOnly) {
        int other = ProgramMix.THERAPEUTIC + (educationOffset + s + 1) % ProgramMix.EDUCATION;
        mods = new int[] {education, other};
      } else {
        mods = therapeuticSession(main, secondary, education);
      }
      String visit = rng.nextDouble() < 0.85 ? usualVisit : VISIT_TYPES[rng.nextInt(2) * 2];
      out.add(
          new SessionPlan(
              cohortId + "-S" + zeroPad(s + 1, 2), day, mods, visit, weight(mods)));
    }
    return List.copyOf(out);
  }

  private int[] therapeuticSession(int main, int[] secondary, int education) {
    int[] picked = new int[2 + secondary.length];
    int n = 0;
    if (rng.nextDouble() < 0.95) {
      picked[n++] = main;
    }
    for (int m : secondary) {
      if (rng.nextDouble() < 0.45) {
        picked[n++] = m;
      }
    }
    if (n == 0) {
      picked[n++] = secondary.length > 0 ? secondary[0] : main;
    }
    if (n == 1 || rng.nextDouble() < 0.75) {
      picked[n++] = education;
    }
    return Arrays.copyOf(picked, n);
  }

  private int[] secondary(Site site, int main) {
    double[] w = site.offerings().clone();
    w[main] = 0;
    int count = 1 + rng.nextInt(2);
    int[] out = new int[count];
    int n = 0;
    for (int k = 0; k < count; k++) {
      double total = 0;
      for (double x : w) {
        total += x;
      }
      if (total <= 0) {
        break;
      }
      int m = ProgramMix.pick(w, rng);
      w[m] = 0;
      out[n++] = m;
    }
    return Arrays.copyOf(out, n);
  }

  private static double weight(int[] mods) {
    double w = PlantedEffects.EDUCATION_ONLY_WEIGHT;
    for (int m : mods) {
      if (!ProgramMix.isEducation(m)) {
        w = Math.max(w, PlantedEffects.THERAPEUTIC_WEIGHTS[m]);
      }
    }
    return w;
  }

  static String zeroPad(int value, int width) {
    String s = Integer.toString(value);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
