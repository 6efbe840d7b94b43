package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shape of a small clean program, read back from the files. */
class ProgramStructureTest {
  private static final int PARTICIPANTS = 3000;

  @TempDir static Path dir;
  private static GeneratedExtract x;

  @BeforeAll
  static void generate() throws IOException {
    ExtractGenerator.generate(GeneratorOptions.clean(PARTICIPANTS, 20261126, dir));
    x = GeneratedExtract.read(dir);
  }

  @Test
  void cohortsHoldEightToThirteenPeopleAndEightToSixteenSessions() {
    Map<String, Long> sizes = x.people.values().stream().collect(Collectors.groupingBy(p -> p.cohort, Collectors.counting()));
    assertThat(sizes.values()).as("cohort sizes").allMatch(n -> n >= 8 && n <= 13);
    assertThat(x.people).as("participants").hasSize(PARTICIPANTS);
    // A cohort's sessions show in the rows of members still coming at the end; with 8 or more
    // members someone always is, so every cohort shows its full series.
    assertThat(x.sessionsByCohort.values().stream().map(java.util.Set::size).toList())
        .as("sessions per cohort").allMatch(n -> n >= 8 && n <= 16);
  }

  @Test
  void fourToSixSitesOfSkewedSize() {
    Map<String, Long> bySite = x.people.values().stream().collect(Collectors.groupingBy(p -> p.site, Collectors.counting()));
    assertThat(bySite.size()).as("sites").isBetween(4, 6);
    long max = bySite.values().stream().mapToLong(Long::longValue).max().orElseThrow();
    long min = bySite.values().stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(max).as("largest site at least twice the smallest").isGreaterThanOrEqualTo(2 * min);
  }

  @Test
  void aboutOneInTenNeverAttends() {
    long never = x.people.values().stream().filter(p -> p.indexDate == null).count();
    assertThat(never / (double) PARTICIPANTS).as("share never attending").isBetween(0.07, 0.13);
  }

  @Test
  void sessionsCombineSeveralModalities() {
    assertThat(x.modalitiesBySession.values()).as("modalities of one participant's session")
        .allMatch(m -> m.size() >= 2 && m.size() == m.stream().distinct().count());
  }

  @Test
  void followUpCompletionAmongAttendersIsSeventyToNinetyPercent() {
    List<GeneratedExtract.Person> attenders = x.people.values().stream().filter(p -> p.indexDate != null).toList();
    int[][] windows = {{29, 63}, {64, 126}, {127, 273}}; // SPEC 4
    for (int[] w : windows) {
      long done = attenders.stream().filter(p -> p.assessments.keySet().stream()
          .anyMatch(d -> p.studyDay(d) >= w[0] && p.studyDay(d) <= w[1])).count();
      assertThat(done / (double) attenders.size()).as("completion of window %d to %d", w[0], w[1]).isBetween(0.70, 0.90);
    }
  }

  @Test
  void baselinesSitInTheWindowWithSomeOnDayZeroAndAFewJustOutside() {
    List<GeneratedExtract.Person> attenders = x.people.values().stream().filter(p -> p.indexDate != null).toList();
    long onDayZero = attenders.stream().filter(p -> p.assessments.containsKey(p.indexDate)).count();
    long atMinus31 = attenders.stream().filter(p -> p.assessments.containsKey(p.indexDate.minusDays(31))).count();
    long inWindow = attenders.stream().filter(p -> p.assessments.keySet().stream()
        .anyMatch(d -> p.studyDay(d) >= -30 && p.studyDay(d) <= 0)).count();
    double n = attenders.size();
    assertThat(onDayZero / n).as("baseline on day 0").isBetween(0.15, 0.35);
    assertThat(atMinus31 / n).as("baseline at day -31, just outside").isBetween(0.005, 0.06);
    assertThat(inWindow / n).as("baseline in [-30, 0]").isBetween(0.85, 0.97);
    long twiceInAWindow = attenders.stream().filter(p -> p.assessments.keySet().stream()
        .filter(d -> p.studyDay(d) >= 64 && p.studyDay(d) <= 126).count() >= 2).count();
    assertThat(twiceInAWindow).as("some assessed twice in WEEK_12").isPositive();
    long outside = attenders.stream().filter(p -> p.assessments.keySet().stream()
        .anyMatch(d -> p.studyDay(d) >= 1 && p.studyDay(d) <= 28)).count();
    assertThat(outside).as("some assessed in no window (days 1 to 28)").isPositive();
  }

  @Test
  void itemGapsAndOdiMostlyForLowBackPain() {
    long pegMissingItem = assessments().filter(a -> a.containsKey("PEG") && a.get("PEG").size() < 3).count();
    long odiOneMissing = assessments().filter(a -> a.containsKey("ODI") && a.get("ODI").size() == 9).count();
    long odiTwoMissing = assessments().filter(a -> a.containsKey("ODI") && a.get("ODI").size() == 8).count();
    assertThat(pegMissingItem).as("PEG lacking an item").isPositive();
    assertThat(odiOneMissing).as("ODI lacking one item").isPositive();
    assertThat(odiTwoMissing).as("ODI lacking two items").isPositive();
    Map<Boolean, Long> odiByBackPain = x.people.values().stream()
        .filter(p -> p.assessments.values().stream().anyMatch(a -> a.containsKey("ODI")))
        .collect(Collectors.partitioningBy(p -> p.condition.equals("low_back_pain"), Collectors.counting()));
    assertThat(odiByBackPain.get(true)).as("ODI answerers with low back pain outnumber the rest")
        .isGreaterThan(2 * odiByBackPain.get(false));
    assertThat(assessments().filter(a -> a.containsKey("PROMIS_PI"))
        .map(a -> a.get("PROMIS_PI").get("TSCORE")).filter(v -> Math.round(v * 10) % 10 != 0).count())
        .as("T-scores with a non-zero decimal").isPositive();
  }

  private static java.util.stream.Stream<Map<String, Map<String, Double>>> assessments() {
    return x.people.values().stream().map(p -> p.assessments.values()).flatMap(Collection::stream);
  }

  @Test
  void conditionsAgeBandsAndSexesFollowTheMix() {
    Map<String, Long> byCondition = x.people.values().stream().collect(Collectors.groupingBy(p -> p.condition, Collectors.counting()));
    assertThat(byCondition).as("all seven conditions").hasSize(7);
    assertThat(byCondition.get("low_back_pain")).as("low back pain is the commonest")
        .isEqualTo(byCondition.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    LocalDate first = x.people.values().stream().map(p -> p.indexDate).filter(d -> d != null)
        .min(LocalDate::compareTo).orElseThrow();
    assertThat(first).as("first session not before 2023").isAfterOrEqualTo(LocalDate.of(2023, 1, 2));
  }
}
