package org.painoutcomes.config;

/**
 * When an improvement makes a responder (SPEC 6): at least {@code threshold} points, or at least
 * {@code threshold} percent of the baseline value.
 */
public record ResponderRule(Kind kind, double threshold) {

  /** Absolute tolerance in favour of meeting the threshold (SPEC 6). */
  public static final double TOLERANCE = 1e-9;

  public enum Kind {
    POINTS,
    PERCENT_OF_BASELINE
  }

  /** Parses {@code 30%} (percent of baseline) or {@code 5} (points). */
  public static ResponderRule parse(String text) {
    String t = text.trim();
    if (t.endsWith("%")) {
      return new ResponderRule(Kind.PERCENT_OF_BASELINE, Double.parseDouble(t.substring(0, t.length() - 1).trim()));
    }
    return new ResponderRule(Kind.POINTS, Double.parseDouble(t));
  }

  /** The written form, as {@link #parse} reads it. */
  public String format() {
    String n = threshold == Math.rint(threshold) ? Long.toString((long) threshold) : Double.toString(threshold);
    return kind == Kind.PERCENT_OF_BASELINE ? n + "%" : n;
  }
}
