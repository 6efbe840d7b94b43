package org.painoutcomes.privacy;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which cells are hidden so far, and the hidings decided in the current pass. Decisions are
 * collected first and applied together (SPEC 7.2: each pass decides from the tables as they
 * stood at its start), so the order of rules and rows within a pass changes nothing but which
 * rule a cell is counted under.
 */
final class SuppressionState {
  private final boolean[] nHidden;
  private final boolean[] respondersHidden;
  private final boolean[] flowHidden;
  private final Map<Integer, SuppressionRule> pendingN = new TreeMap<>();
  private final Map<Integer, SuppressionRule> pendingResponders = new TreeMap<>();
  private final Map<Integer, SuppressionRule> pendingFlow = new TreeMap<>();
  private final EnumMap<SuppressionRule, Long> counts = new EnumMap<>(SuppressionRule.class);

  SuppressionState(int outcomeRows, int flowRows) {
    nHidden = new boolean[outcomeRows];
    respondersHidden = new boolean[outcomeRows];
    flowHidden = new boolean[flowRows];
  }

  boolean nHidden(int row) {
    return nHidden[row];
  }

  /** SPEC 7.2 rule 3: a row whose n is hidden counts as hidden for its responder counts too. */
  boolean respondersHidden(int row) {
    return nHidden[row] || respondersHidden[row];
  }

  /** Whether only the responder counts of the row are hidden (its n stands). */
  boolean onlyRespondersHidden(int row) {
    return !nHidden[row] && respondersHidden[row];
  }

  boolean flowHidden(int row) {
    return flowHidden[row];
  }

  /** Decides to hide a row's n (and so every statistic); the first rule to decide keeps the credit. */
  void hideN(int row, SuppressionRule rule) {
    if (!nHidden[row]) {
      pendingN.putIfAbsent(row, rule);
    }
  }

  void hideResponders(int row, SuppressionRule rule) {
    if (!respondersHidden(row)) {
      pendingResponders.putIfAbsent(row, rule);
    }
  }

  void hideFlow(int row, SuppressionRule rule) {
    if (!flowHidden[row]) {
      pendingFlow.putIfAbsent(row, rule);
    }
  }

  /** Applies every pending decision; true if any cell became hidden. */
  boolean apply() {
    boolean any = !pendingN.isEmpty() || !pendingResponders.isEmpty() || !pendingFlow.isEmpty();
    pendingN.forEach(
        (row, rule) -> {
          nHidden[row] = true;
          count(rule);
        });
    // A row whose n is hidden in this same pass has its responder counts hidden with it.
    pendingResponders.forEach(
        (row, rule) -> {
          if (!nHidden[row]) {
            respondersHidden[row] = true;
            count(rule);
          }
        });
    pendingFlow.forEach(
        (row, rule) -> {
          flowHidden[row] = true;
          count(rule);
        });
    pendingN.clear();
    pendingResponders.clear();
    pendingFlow.clear();
    return any;
  }

  Map<SuppressionRule, Long> counts() {
    return counts;
  }

  private void count(SuppressionRule rule) {
    counts.merge(rule, 1L, Long::sum);
  }
}
