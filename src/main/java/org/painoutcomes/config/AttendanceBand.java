package org.painoutcomes.config;

/** An attendance band (SPEC 5): sessions attended from {@code min} to {@code max}; max null = no upper bound. */
public record AttendanceBand(String label, int min, Integer max) {

  /** Parses {@code 1-3} or {@code 10+}; the label is the text itself. */
  public static AttendanceBand parse(String text) {
    String t = text.trim();
    if (t.endsWith("+")) {
      return new AttendanceBand(t, Integer.parseInt(t.substring(0, t.length() - 1)), null);
    }
    String[] p = t.split("-");
    if (p.length != 2) {
      throw new IllegalArgumentException("expected MIN-MAX or MIN+");
    }
    return new AttendanceBand(t, Integer.parseInt(p[0]), Integer.parseInt(p[1]));
  }

  public boolean contains(long sessions) {
    return sessions >= min && (max == null || sessions <= max);
  }
}
