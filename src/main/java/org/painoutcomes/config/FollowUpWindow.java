package org.painoutcomes.config;

/** A follow-up timepoint (SPEC 4): a window of study days, both ends included, and a target day. */
public record FollowUpWindow(String timepoint, int fromDay, int toDay, int targetDay) {

  /** Parses {@code from,to,target}. */
  public static FollowUpWindow parse(String timepoint, String text) {
    String[] p = text.split(",");
    if (p.length != 3) {
      throw new IllegalArgumentException("expected from,to,target");
    }
    return new FollowUpWindow(
        timepoint, Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()), Integer.parseInt(p[2].trim()));
  }

  public String format() {
    return fromDay + "," + toDay + "," + targetDay;
  }
}
