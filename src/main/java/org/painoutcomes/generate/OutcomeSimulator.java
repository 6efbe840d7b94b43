package org.painoutcomes.generate;

import static org.painoutcomes.generate.RowLayout.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.Source;

/**
 * Simulates a participant's patient-reported outcomes in long format (SPEC 2.4), on the timeline
 * of SPEC 4. For an attender: a baseline in study days [-30, 0] (25% on day 0, 3% on day -31,
 * just outside; 5% have a second one in the window, 5% an earlier screening at day -60 to -35),
 * follow-ups near days 42, 84 and 182 (each within its window; 5% twice in a window) completed by
 * about 85%, 80% and 75% of attenders (fewer among those who stop early), and a few assessments
 * in no window (days 10 to 28, 274 to 330). People who never attend have a baseline at
 * enrollment and rarely a later assessment.
 *
 * <p>Every assessment has PEG, NRS and both PROMIS T-scores (one decimal) most of the time, and
 * ODI mostly for low back pain. Item-level gaps: 3% of PEG lack one item (unscored, SPEC 3), 8% of
 * ODI lack one item (still scored) and 3% lack two (unscored). Values follow a latent pain level
 * that improves as {@link PlantedEffects} says.
 */
final class OutcomeSimulator {
  /** Share of attenders who complete each follow-up, by whether they stopped early. */
  private static final double[][] COMPLETION = {{0.91, 0.86, 0.83}, {0.62, 0.52, 0.50}};
  private static final int[][] WINDOWS = {{29, 63, 42, 5}, {64, 126, 84, 9}, {127, 273, 182, 18}};
  private static final String[] PEG_ITEMS = Instrument.PEG.items().toArray(String[]::new);
  private static final String[] ODI_ITEMS = Instrument.ODI.items().toArray(String[]::new);
  private static final String NRS_ITEM = Instrument.NRS.items().get(0);
  private static final String TSCORE = Instrument.PROMIS_PI.items().get(0);

  /** What the outcome model needs to know of a participant. */
  record Person(
      String pid,
      int condition,
      int enrolledDay,
      int indexDay,
      int sessionsAttended,
      double sessionWeight,
      boolean dropout) {
    boolean attender() {
      return sessionsAttended > 0;
    }
  }

  private final SplittableRandom rng;
  private final int[] days = new int[16];
  private int count;

  OutcomeSimulator(SplittableRandom rng) {
    this.rng = rng;
  }

  List<String[]> simulate(Person p) {
    double severity = clamp(ProgramMix.BASELINE_PAIN[p.condition()] + 1.2 * gauss(), 2.0, 9.8);
    double responsiveness = 1 + 0.35 * gauss();
    boolean odi = rng.nextDouble() < ProgramMix.ODI_SHARE[p.condition()];
    double odiOffset = 6 * gauss();
    count = 0;
    if (p.attender()) {
      scheduleAttender(p);
    } else {
      if (rng.nextDouble() < 0.8) {
        add(p.enrolledDay() - rng.nextInt(11));
      }
      if (rng.nextDouble() < 0.15) {
        add(p.enrolledDay() + 60 + rng.nextInt(61));
      }
    }
    Arrays.sort(days, 0, count);
    List<String[]> rows = new ArrayList<>(count * 8);
    int previous = Integer.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      int day = days[i];
      if (day == previous) {
        continue; // one assessment per date: a second would be a DUPLICATE or CONFLICT
      }
      previous = day;
      double improvement =
          p.attender()
              ? responsiveness
                  * PlantedEffects.improvement(
                      PlantedEffects.CONDITION_FACTORS[p.condition()],
                      p.sessionWeight(),
                      p.sessionsAttended(),
                      day - p.indexDay())
              : 0;
      double level = severity - improvement + 0.45 * gauss();
      assessment(rows, p.pid(), DateText.of(day), level, odi, odiOffset);
    }
    return rows;
  }

  private void scheduleAttender(Person p) {
    int index = p.indexDay();
    if (rng.nextDouble() < 0.95) {
      double u = rng.nextDouble();
      int offset = u < 0.25 ? 0 : u < 0.28 ? -31 : -(1 + Math.min(rng.nextInt(30), rng.nextInt(30)));
      add(index + offset);
      if (offset >= -30 && rng.nextDouble() < 0.05) {
        int second = -rng.nextInt(31);
        if (second != offset) {
          add(index + second);
        }
      }
    }
    if (rng.nextDouble() < 0.05) {
      add(index - 35 - rng.nextInt(26));
    }
    double[] completion = COMPLETION[p.dropout() ? 1 : 0];
    for (int w = 0; w < WINDOWS.length; w++) {
      if (rng.nextDouble() < completion[w]) {
        int[] win = WINDOWS[w];
        int day = clampInt(win[2] + (int) Math.round(win[3] * gauss()), win[0], win[1]);
        add(index + day);
        if (rng.nextDouble() < 0.05) {
          int other = clampInt(day + (rng.nextBoolean() ? 1 : -1) * (5 + rng.nextInt(10)), win[0], win[1]);
          if (other != day) {
            add(index + other);
          }
        }
      }
    }
    if (rng.nextDouble() < 0.04) {
      add(index + 10 + rng.nextInt(19));
    }
    if (rng.nextDouble() < 0.03) {
      add(index + 274 + rng.nextInt(57));
    }
  }

  private void assessment(
      List<String[]> rows, String pid, String date, double level, boolean odi, double odiOffset) {
    if (rng.nextDouble() < 0.97) {
      int skip = rng.nextDouble() < 0.03 ? rng.nextInt(PEG_ITEMS.length) : -1;
      double[] shift = {0.0, -0.3, -0.1};
      double[] sd = {0.7, 0.9, 0.9};
      for (int i = 0; i < PEG_ITEMS.length; i++) {
        if (i != skip) {
          int v = clampInt((int) Math.round(level + shift[i] + sd[i] * gauss()), 0, 10);
          rows.add(row(pid, date, Instrument.PEG, PEG_ITEMS[i], WholeNumbers.text(v)));
        }
      }
    }
    if (rng.nextDouble() < 0.97) {
      int v = clampInt((int) Math.round(level + 0.2 + 0.7 * gauss()), 0, 10);
      rows.add(row(pid, date, Instrument.NRS, NRS_ITEM, WholeNumbers.text(v)));
    }
    if (rng.nextDouble() < 0.95) {
      double t = clamp(42 + PlantedEffects.scale(Instrument.PROMIS_PI) * level + 2.5 * gauss(), 38.7, 83.0);
      rows.add(row(pid, date, Instrument.PROMIS_PI, TSCORE, WholeNumbers.tenths((int) Math.round(t * 10))));
    }
    if (rng.nextDouble() < 0.95) {
      double t = clamp(57 - PlantedEffects.scale(Instrument.PROMIS_PF) * level + 3 * gauss(), 15.0, 67.0);
      rows.add(row(pid, date, Instrument.PROMIS_PF, TSCORE, WholeNumbers.tenths((int) Math.round(t * 10))));
    }
    if (odi && rng.nextDouble() < 0.95) {
      double u = rng.nextDouble();
      int missing = u < 0.03 ? 2 : u < 0.11 ? 1 : 0;
      int skipA = missing > 0 ? rng.nextInt(ODI_ITEMS.length) : -1;
      int skipB = missing > 1 ? (skipA + 1 + rng.nextInt(ODI_ITEMS.length - 1)) % ODI_ITEMS.length : -1;
      // ODI % = 2 x the item sum, so an item's mean is the percent / 20.
      double itemMean = (8 + PlantedEffects.scale(Instrument.ODI) * level + odiOffset) / 20.0;
      for (int i = 0; i < ODI_ITEMS.length; i++) {
        if (i != skipA && i != skipB) {
          int v = clampInt((int) Math.round(itemMean + 0.8 * gauss()), 0, 5);
          rows.add(row(pid, date, Instrument.ODI, ODI_ITEMS[i], WholeNumbers.text(v)));
        }
      }
    }
  }

  private static String[] row(String pid, String date, Instrument instrument, String item, String value) {
    String[] r = new String[RowLayout.width(Source.OUTCOMES)];
    r[O_PARTICIPANT] = pid;
    r[O_DATE] = date;
    r[O_INSTRUMENT] = instrument.name();
    r[O_ITEM] = item;
    r[O_VALUE] = value;
    return r;
  }

  private void add(int day) {
    if (count < days.length) {
      days[count++] = day;
    }
  }

  private double gauss() {
    return rng.nextGaussian();
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static int clampInt(int v, int lo, int hi) {
    return Math.max(lo, Math.min(hi, v));
  }
}
