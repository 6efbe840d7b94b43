package org.painoutcomes.generate;

/**
 * A clinic of the program.
 *
 * @param name the value of the site column
 * @param code a short prefix of its cohort and session ids
 * @param share the share of cohorts it runs
 * @param offerings how often its cohorts build on each therapeutic modality (0: not offered)
 * @param weekday days after Monday on which its groups meet
 * @param booleanStyle how its extract spells booleans: 0 true/false, 1 Y/N, 2 1/0 (SPEC 2.1)
 */
record Site(String name, String code, double share, double[] offerings, int weekday, int booleanStyle) {
  private static final String[][] BOOLEANS = {{"true", "false"}, {"Y", "N"}, {"1", "0"}};

  /** The site's spelling of a boolean. */
  String bool(boolean value) {
    return BOOLEANS[booleanStyle][value ? 0 : 1];
  }
}
