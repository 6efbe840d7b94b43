package org.painoutcomes.privacy;

/**
 * The suppression rules of SPEC 7.2 and 7.3, in the order in which a hiding is attributed when
 * several rules hide the same cell in one pass (the first listed wins). {@link #key()} is the
 * name used in the run manifest and the report's closing note.
 */
public enum SuppressionRule {
  /** SPEC 7.2 rule 1: outcome_change n from 1 to threshold - 1. */
  PRIMARY_N("primary_n"),
  /** SPEC 7.2 rule 2: responders, non-responders or not evaluable from 1 to threshold - 1. */
  PRIMARY_RESPONDERS("primary_responders"),
  /** SPEC 7.2 rule 3 applied to n. */
  COMPLEMENTARY_N("complementary_n"),
  /** SPEC 7.2 rule 3 applied to the responder counts (count = responder_n). */
  COMPLEMENTARY_RESPONDERS("complementary_responders"),
  /** SPEC 7.2 rule 4 applied to n. */
  SUBSET_N("subset_n"),
  /** SPEC 7.2 rule 4 applied to the responder counts. */
  SUBSET_RESPONDERS("subset_responders"),
  /** SPEC 7.3 rule 1: participants from 1 to threshold - 1. */
  FLOW_PRIMARY("flow_primary"),
  /** SPEC 7.3 rule 2: a drop from the nearest shown count before it on its line. */
  FLOW_CHAIN("flow_chain"),
  /** SPEC 7.3 rule 3: complementary over the site and condition partitions. */
  FLOW_COMPLEMENTARY("flow_complementary"),
  /** SPEC 7.3 rule 4: a followup row at site ALL and its outcome_change overall row. */
  SHARED_CELLS("shared_cells");

  private final String key;

  SuppressionRule(String key) {
    this.key = key;
  }

  /** The snake_case name of the rule in the manifest. */
  public String key() {
    return key;
  }
}
