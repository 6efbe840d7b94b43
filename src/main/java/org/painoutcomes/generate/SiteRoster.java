package org.painoutcomes.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The sites of a generated program: four to six clinics drawn from a fixed pool, with skewed
 * sizes (a Zipf-like share by rank: the largest site runs several times the cohorts of the
 * smallest) and each with its own taste in modalities, two or three of which it does not
 * offer at all.
 */
final class SiteRoster {
  private static final String[][] POOL = {
    {"main_campus", "MC"}, {"eastside_fqhc", "ES"}, {"riverside_clinic", "RS"},
    {"northgate_health", "NG"}, {"valley_community", "VC"}, {"harbor_point", "HP"},
    {"lakeshore_ihc", "LS"}, {"westview_primary", "WV"}
  };

  private final List<Site> sites;
  private final double[] shares;

  SiteRoster(SplittableRandom rng) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < POOL.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(rng.nextLong()));
    int count = 4 + rng.nextInt(3);
    List<Site> made = new ArrayList<>();
    double[] raw = new double[count];
    double total = 0;
    for (int rank = 0; rank < count; rank++) {
      raw[rank] = Math.pow(rank + 1, -1.1) * (0.85 + 0.3 * rng.nextDouble());
      total += raw[rank];
    }
    for (int rank = 0; rank < count; rank++) {
      String[] entry = POOL[order.get(rank)];
      // Two sites spell booleans their own way, as extracts from different systems do.
      int style = rank == 2 ? 1 : rank == 3 ? 2 : 0;
      made.add(
          new Site(entry[0], entry[1], raw[rank] / total, offerings(rng), rng.nextInt(4), style));
    }
    this.sites = List.copyOf(made);
    this.shares = made.stream().mapToDouble(Site::share).toArray();
  }

  List<Site> sites() {
    return sites;
  }

  /** A site drawn by its share of cohorts. */
  Site draw(SplittableRandom rng) {
    return sites.get(ProgramMix.pick(shares, rng));
  }

  private static double[] offerings(SplittableRandom rng) {
    double[] w = new double[ProgramMix.THERAPEUTIC];
    for (int m = 0; m < w.length; m++) {
      w[m] = ProgramMix.POPULARITY[m] * (0.4 + 1.2 * rng.nextDouble());
    }
    int dropped = 2 + rng.nextInt(2);
    for (int k = 0; k < dropped; k++) {
      w[rng.nextInt(w.length)] = 0;
    }
    return w;
  }
}
