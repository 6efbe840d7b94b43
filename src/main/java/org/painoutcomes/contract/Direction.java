package org.painoutcomes.contract;

/** Which way a measure improves (SPEC 2.4 "better"). */
public enum Direction {
  LOWER_IS_BETTER("lower_is_better"),
  HIGHER_IS_BETTER("higher_is_better");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /** The value written to the direction column of outcome_change. */
  public String label() {
    return label;
  }
}
