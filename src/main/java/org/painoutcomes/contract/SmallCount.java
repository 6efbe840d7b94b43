package org.painoutcomes.contract;

/**
 * SPEC 7.2: a count of people that may not be published (1 to threshold - 1; 0 may be shown).
 * The suppressor, the disclosure audit and the report's last check all ask this one question.
 */
public final class SmallCount {

  /** Whether the count is from 1 to threshold - 1. A negative difference is not a count: not small. */
  public static boolean isSmall(long count, int threshold) {
    return count >= 1 && count < threshold;
  }

  private SmallCount() {}
}
