package org.painoutcomes.privacy;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many cells each rule hid, for the report's closing note and the run manifest.
 *
 * <p>A cell is an outcome_change row's n, an outcome_change row's responder counts, or a
 * participant_flow row's participants. Each hiding is counted once, under the rule that made it
 * (the first in {@link SuppressionRule} order when several rules hide the same cell in the same
 * pass). Hiding a row's n also hides its responder counts, which is not counted again; a row
 * whose responder counts were hidden first and whose n was hidden later counts under both rules.
 *
 * @param hiddenByRule cells hidden per rule, every rule present (zeros included)
 * @param passes passes of the repeated rules that were run, the last one (which hid nothing)
 *     included
 */
public record SuppressionCounts(Map<SuppressionRule, Long> hiddenByRule, int passes) {

  public SuppressionCounts {
    EnumMap<SuppressionRule, Long> all = new EnumMap<>(SuppressionRule.class);
    for (SuppressionRule rule : SuppressionRule.values()) {
      all.put(rule, hiddenByRule.getOrDefault(rule, 0L));
    }
    hiddenByRule = java.util.Collections.unmodifiableMap(all);
  }

  /** Cells hidden by this rule. */
  public long hiddenBy(SuppressionRule rule) {
    return hiddenByRule.get(rule);
  }

  /** Cells hidden by all rules together. */
  public long total() {
    return hiddenByRule.values().stream().mapToLong(Long::longValue).sum();
  }

  /** The counts keyed by {@link SuppressionRule#key()}, in rule order, for the manifest. */
  public Map<String, Long> asManifestEntries() {
    Map<String, Long> entries = new LinkedHashMap<>();
    hiddenByRule.forEach((rule, count) -> entries.put(rule.key(), count));
    return entries;
  }
}
