package org.painoutcomes.generate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * Decides which rows get a defect: each row with probability {@code rate}, its reason code drawn
 * evenly from those that apply to its source (for MALFORMED, then one of its kinds), plus a fixed minimum of every kind ({@link
 * DefectKind#minimum(Source)}) so that even a small extract has a few of each. The minimum instances
 * are spread over the first 80% of participants; one not placed on its participant (say, one
 * with no attendance rows) waits for the next. With a rate of 0 nothing is planted.
 */
final class DefectSchedule {
  private static final double SPREAD = 0.8;

  private record Forced(long at, Source source, DefectKind kind) {}

  private final double rate;
  private final SplittableRandom rng;
  private final Map<Source, List<DefectKind>> drawable = new EnumMap<>(Source.class);
  private final Map<Source, List<List<DefectKind>>> drawableByCode = new EnumMap<>(Source.class);
  private final ArrayDeque<Forced> upcoming = new ArrayDeque<>();
  private final Map<Source, ArrayDeque<DefectKind>> due = new EnumMap<>(Source.class);

  DefectSchedule(long participants, double rate, SplittableRandom rng) {
    this.rate = rate;
    this.rng = rng;
    for (Source s : Source.values()) {
      List<DefectKind> kinds = DefectKind.drawable(s);
      drawable.put(s, kinds);
      Map<ReasonCode, List<DefectKind>> byCode = new EnumMap<>(ReasonCode.class);
      kinds.forEach(k -> byCode.computeIfAbsent(k.code(), c -> new ArrayList<>()).add(k));
      drawableByCode.put(s, List.copyOf(byCode.values()));
      due.put(s, new ArrayDeque<>());
    }
    if (rate > 0) {
      List<Forced> forced = new ArrayList<>();
      for (Source s : Source.values()) {
        for (DefectKind k : drawable.get(s)) {
          for (int i = 0; i < k.minimum(s); i++) {
            forced.add(new Forced(0, s, k));
          }
        }
      }
      Collections.shuffle(forced, new Random(rng.nextLong()));
      double span = Math.max(1, participants * SPREAD);
      for (int i = 0; i < forced.size(); i++) {
        long at = (long) ((i + 0.5) * span / forced.size());
        upcoming.add(new Forced(at, forced.get(i).source(), forced.get(i).kind()));
      }
    }
  }

  /** Whether any defect is planted at all. */
  boolean enabled() {
    return rate > 0;
  }

  /** Makes the minimum instances scheduled up to this participant due. */
  void reach(long participantIndex) {
    while (!upcoming.isEmpty() && upcoming.peekFirst().at() <= participantIndex) {
      Forced f = upcoming.pollFirst();
      due.get(f.source()).addLast(f.kind());
    }
  }

  /** The defect for the next row of the source, or null for a clean row. */
  DefectKind next(Source source) {
    if (rate <= 0) {
      return null;
    }
    DefectKind forced = due.get(source).pollFirst();
    if (forced != null) {
      return forced;
    }
    if (rng.nextDouble() < rate) {
      // Reason codes equally often; MALFORMED then split evenly among its kinds.
      List<List<DefectKind>> byCode = drawableByCode.get(source);
      List<DefectKind> ofCode = byCode.get(rng.nextInt(byCode.size()));
      return ofCode.get(rng.nextInt(ofCode.size()));
    }
    return null;
  }

  /** Whether a random draw of this probability succeeds (for blank lines and the like). */
  boolean chance(double probability) {
    return rng.nextDouble() < probability;
  }
}
