package org.painoutcomes.summarize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Benjamini-Hochberg q-values (SPEC 7.5). */
public final class BenjaminiHochberg {

  /**
   * Over the p-values that are not null, m of them, in ascending order: q_(i) = min over j >= i of
   * min(1, m p_(j) / j). Tied p-values get the same q whatever their order.
   *
   * @return a q-value per p-value, in the same order; null where the p-value is null
   */
  public static List<Double> qValues(List<Double> p) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (p.get(i) != null) {
        order.add(i);
      }
    }
    order.sort(Comparator.comparing(p::get));
    int m = order.size();
    List<Double> q = new ArrayList<>();
    p.forEach(x -> q.add(null));
    double running = 1.0;
    for (int rank = m; rank >= 1; rank--) {
      int i = order.get(rank - 1);
      running = Math.min(running, Math.min(1.0, m * p.get(i) / rank));
      q.set(i, running);
    }
    return q;
  }

  private BenjaminiHochberg() {}
}
