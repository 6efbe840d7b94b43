package org.painoutcomes.contract;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The outcome instruments (SPEC 2.4): their items, the range of an item's value, and which way
 * the measure improves. A measure is named after its instrument (SPEC 3).
 */
public enum Instrument {
  PEG(List.of("PEG_1", "PEG_2", "PEG_3"), "0", "10", true, Direction.LOWER_IS_BETTER),
  NRS(List.of("NRS_PAIN"), "0", "10", true, Direction.LOWER_IS_BETTER),
  PROMIS_PI(List.of("TSCORE"), "20.0", "90.0", false, Direction.LOWER_IS_BETTER),
  PROMIS_PF(List.of("TSCORE"), "10.0", "80.0", false, Direction.HIGHER_IS_BETTER),
  ODI(
      IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("ODI_%02d", i)).toList(),
      "0",
      "5",
      true,
      Direction.LOWER_IS_BETTER);

  private final List<String> items;
  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean whole;
  private final Direction direction;

  Instrument(List<String> items, String min, String max, boolean whole, Direction direction) {
    this.items = items;
    this.min = new BigDecimal(min);
    this.max = new BigDecimal(max);
    this.whole = whole;
    this.direction = direction;
  }

  public List<String> items() {
    return items;
  }

  public BigDecimal min() {
    return min;
  }

  public BigDecimal max() {
    return max;
  }

  /** Whether an item's value must be a whole number. */
  public boolean whole() {
    return whole;
  }

  public Direction direction() {
    return direction;
  }

  /** The instrument with this exact (case-sensitive) code, or null. */
  public static Instrument byCode(String code) {
    for (Instrument i : values()) {
      if (i.name().equals(code)) {
        return i;
      }
    }
    return null;
  }
}
