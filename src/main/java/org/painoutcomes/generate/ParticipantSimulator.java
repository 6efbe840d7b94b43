package org.painoutcomes.generate;

import static org.painoutcomes.generate.RowLayout.*;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.painoutcomes.contract.Source;

/**
 * Simulates one participant of a cohort: who they are, which sessions they were scheduled for
 * and attended, when and why they left, then (through {@link OutcomeSimulator}) what they
 * reported. About 10% never attend (half of them have missed-session rows, half no rows at all);
 * attenders each have their own attendance probability (most between 0.45 and 0.95, 15% below
 * 0.4), and one in five stops early.
 */
record ParticipantSimulator(ParticipantIds ids, SplittableRandom rng, OutcomeSimulator outcomes) {
  static final double NEVER_ATTEND_SHARE = 0.10;
  private static final double DROPOUT_SHARE = 0.20;

  /** Outcomes drawn from the same stream as the participants. */
  ParticipantSimulator(ParticipantIds ids, SplittableRandom rng) {
    this(ids, rng, new OutcomeSimulator(rng));
  }

  SyntheticParticipant next(CohortPlan cohort, long index) {
    String pid = ids.real(index);
    Site site = cohort.site();
    int condition = ProgramMix.pick(ProgramMix.CONDITION_SHARE, rng);
    String conditionName = ProgramMix.CONDITIONS.get(condition);
    int age =
        ProgramMix.pick(
            conditionName.equals("osteoarthritis")
                ? ProgramMix.AGE_SHARE_OSTEOARTHRITIS
                : ProgramMix.AGE_SHARE,
            rng);
    int sex =
        ProgramMix.pick(
            conditionName.equals("fibromyalgia")
                ? ProgramMix.SEX_SHARE_FIBROMYALGIA
                : ProgramMix.SEX_SHARE,
            rng);
    // Most join in the four weeks before their cohort starts.
    int enrolled = cohort.startDay() - rng.nextInt(15) - rng.nextInt(15);

    List<SessionPlan> sessions = cohort.sessions();
    List<String[]> attendance = new ArrayList<>(sessions.size() * 3);
    boolean never = rng.nextDouble() < NEVER_ATTEND_SHARE;
    boolean dropout = !never && rng.nextDouble() < DROPOUT_SHARE;
    int scheduled;
    boolean[] attended = new boolean[sessions.size()];
    if (never) {
      scheduled = rng.nextBoolean() ? 0 : 1 + rng.nextInt(3);
    } else {
      scheduled = dropout ? 2 + rng.nextInt(sessions.size() - 2) : sessions.size();
      double p =
          rng.nextDouble() < 0.15
              ? 0.12 + 0.28 * rng.nextDouble()
              : 0.45 + 0.25 * (rng.nextDouble() + rng.nextDouble());
      boolean any = false;
      for (int s = 0; s < scheduled; s++) {
        attended[s] = rng.nextDouble() < p;
        any |= attended[s];
      }
      if (!any) {
        attended[rng.nextInt(scheduled)] = true;
      }
    }
    int firstAttended = -1;
    int sessionsAttended = 0;
    double weightSum = 0;
    for (int s = 0; s < scheduled; s++) {
      SessionPlan session = sessions.get(s);
      addRows(attendance, pid, session, attended[s], site);
      if (attended[s]) {
        firstAttended = firstAttended < 0 ? session.day() : firstAttended;
        sessionsAttended++;
        weightSum += session.weight();
      }
    }

    String[] enrollment = new String[RowLayout.width(Source.ENROLLMENT)];
    enrollment[E_PARTICIPANT] = pid;
    enrollment[E_SITE] = site.name();
    enrollment[E_COHORT] = cohort.cohortId();
    enrollment[E_ENROLLED] = DateText.of(enrolled);
    int lastDay = scheduled > 0 ? sessions.get(scheduled - 1).day() : enrolled;
    setExit(enrollment, never, dropout, enrolled, lastDay);
    enrollment[E_AGE_BAND] = ProgramMix.AGE_BANDS.get(age);
    enrollment[E_SEX] = ProgramMix.SEXES.get(sex);
    enrollment[E_CONDITION] = conditionName;
    enrollment[E_OPIOID] =
        rng.nextDouble() < 0.04 ? "" : site.bool(rng.nextDouble() < ProgramMix.OPIOID_SHARE[condition]);

    OutcomeSimulator.Person person =
        new OutcomeSimulator.Person(
            pid, condition, enrolled, firstAttended, sessionsAttended,
            sessionsAttended == 0 ? 0 : weightSum / sessionsAttended, dropout);
    List<String[]> items = outcomes.simulate(person);
    return new SyntheticParticipant(
        index, enrolled, enrollment, attendance, items, sessionsAttended > 0);
  }

  private void addRows(
      List<String[]> rows, String pid, SessionPlan session, boolean attended, Site site) {
    String date = DateText.of(session.day());
    int[] mods = session.modalities();
    for (int k = 0; k < mods.length; k++) {
      int m = mods[k];
      // Now and then someone leaves a visit before its last component.
      boolean here = attended && (k == 0 || rng.nextDouble() >= 0.03);
      String[] row = new String[RowLayout.width(Source.ATTENDANCE)];
      row[A_PARTICIPANT] = pid;
      row[A_SESSION] = session.sessionId();
      row[A_DATE] = date;
      row[A_MODALITY] = ProgramMix.MODALITIES.get(m);
      row[A_VISIT_TYPE] = visitType(session, m);
      row[A_ATTENDED] = site.bool(here);
      row[A_MINUTES] = minutes(m, here);
      rows.add(row);
    }
  }

  private String visitType(SessionPlan session, int modality) {
    double u = rng.nextDouble();
    if (u < 0.015) {
      return "";
    }
    if (ProgramMix.HANDS_ON[modality] && u < 0.25) {
      return "individual";
    }
    return session.visitType();
  }

  private String minutes(int modality, boolean attended) {
    if (!attended) {
      return rng.nextBoolean() ? "" : WholeNumbers.text(0);
    }
    if (rng.nextDouble() < 0.025) {
      return "";
    }
    int m = ProgramMix.MINUTES[modality] + 5 * (rng.nextInt(5) - 2);
    return WholeNumbers.text(Math.max(5, m));
  }

  private void setExit(String[] row, boolean never, boolean dropout, int enrolled, int lastDay) {
    String exit = "";
    String reason = "";
    if (never) {
      double u = rng.nextDouble();
      if (u < 0.6) {
        reason = "lost_to_follow_up";
        exit = DateText.of(enrolled + 30 + rng.nextInt(61));
      } else if (u < 0.85) {
        reason = "withdrew";
        exit = DateText.of(enrolled + 7 + rng.nextInt(34));
      }
    } else if (dropout) {
      reason =
          ProgramMix.DROPOUT_REASONS.get(ProgramMix.pick(ProgramMix.DROPOUT_REASON_SHARE, rng));
      exit = rng.nextDouble() < 0.05 ? "" : DateText.of(lastDay + 7 + rng.nextInt(29));
    } else if (rng.nextDouble() < 0.85) {
      reason = "completed";
      exit = DateText.of(lastDay);
    }
    row[E_EXIT] = exit;
    row[E_EXIT_REASON] = reason;
  }
}
