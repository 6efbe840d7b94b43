package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CohortPlannerTest {

  @Test
  void sizeKeepsTheRestSplittable() {
    // worked by hand: the rest must be 0, 8 to 13, or 16 and more
    assertThat(CohortPlanner.size(13, 9)).as("all that remains fits one cohort").isEqualTo(13);
    assertThat(CohortPlanner.size(16, 13)).as("16 = 8 + 8").isEqualTo(8);
    assertThat(CohortPlanner.size(22, 8)).as("22 - 8 = 14 cannot split; 9 leaves 13").isEqualTo(9);
    assertThat(CohortPlanner.size(30, 13)).as("30 - 13 = 17 splits").isEqualTo(13);
    assertThat(CohortPlanner.size(14, 10)).as("14 cannot split at all").isEqualTo(14);
    assertThat(CohortPlanner.size(5, 12)).as("a tiny run is one cohort").isEqualTo(5);
  }

  @Test
  void everyCohortOfARunHasEightToThirteenPeopleAndEightToSixteenWeeklySessions() {
    SplittableRandom rng = new SplittableRandom(1);
    CohortPlanner planner = new CohortPlanner(new SiteRoster(new SplittableRandom(2)), 10_001, rng);
    long total = 0;
    int cohorts = 0;
    boolean educationOnlySeen = false;
    while (planner.hasNext()) {
      CohortPlan c = planner.next();
      cohorts++;
      total += c.size();
      educationOnlySeen |= c.educationOnly();
      assertThat(c.size()).as("size of %s", c.cohortId()).isBetween(8, 13);
      assertThat(c.sessions()).as("sessions of %s", c.cohortId()).hasSizeBetween(8, 16);
      for (int s = 1; s < c.sessions().size(); s++) {
        int gap = c.sessions().get(s).day() - c.sessions().get(s - 1).day();
        assertThat(gap).as("weekly, a holiday skipping a week").isIn(7, 14);
      }
      assertThat(c.sessions()).as("several modalities per session").allMatch(x -> x.modalities().length >= 2);
    }
    assertThat(total).as("everyone placed").isEqualTo(10_001);
    assertThat(cohorts).as("about 10,001 / 10.5 cohorts").isBetween(800, 1100);
    assertThat(educationOnlySeen).as("some cohorts are education only").isTrue();
  }
}
