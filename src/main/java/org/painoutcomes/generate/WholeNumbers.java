package org.painoutcomes.generate;

/** Text of small whole numbers and of one-decimal numbers, made once for the hot path. */
final class WholeNumbers {
  private static final String[] WHOLE = new String[1001];
  private static final String[] TENTHS = new String[1001];

  static {
    for (int i = 0; i < WHOLE.length; i++) {
      WHOLE[i] = Integer.toString(i);
      TENTHS[i] = (i / 10) + "." + (i % 10);
    }
  }

  /** The text of a whole number (cached from 0 to 1000). */
  static String text(int value) {
    return value >= 0 && value < WHOLE.length ? WHOLE[value] : Integer.toString(value);
  }

  /** The one-decimal text of tenths, e.g. 623 gives {@code 62.3} (cached from 0.0 to 100.0). */
  static String tenths(int tenths) {
    if (tenths >= 0 && tenths < TENTHS.length) {
      return TENTHS[tenths];
    }
    String sign = tenths < 0 ? "-" : "";
    int a = Math.abs(tenths);
    return sign + (a / 10) + "." + (a % 10);
  }

  private WholeNumbers() {}
}
