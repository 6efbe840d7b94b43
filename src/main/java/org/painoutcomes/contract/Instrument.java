package org.painoutcomes.contract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The outcome instruments (SPEC 2.4): their items, the range of an item's value, which way the
 * measure improves, and how a reader is shown it (name, description, unit of a change, decimals of
 * a mean). A measure is named after its instrument (SPEC 3).
 */
public enum Instrument {
  PEG(
      List.of("PEG_1", "PEG_2", "PEG_3"), "0", "10", true, Direction.LOWER_IS_BETTER,
      new Presentation("PEG", "pain, enjoyment of life and general activity, 0 to 10", Presentation.POINTS, 2)),
  NRS(
      List.of("NRS_PAIN"), "0", "10", true, Direction.LOWER_IS_BETTER,
      new Presentation("NRS pain intensity", "average pain intensity in the past week, 0 to 10", Presentation.POINTS, 2)),
  PROMIS_PI(
      List.of("TSCORE"), "20.0", "90.0", false, Direction.LOWER_IS_BETTER,
      new Presentation("PROMIS Pain Interference", "pain interference, T-score", Presentation.T_SCORE_POINTS, 1)),
  PROMIS_PF(
      List.of("TSCORE"), "10.0", "80.0", false, Direction.HIGHER_IS_BETTER,
      new Presentation("PROMIS Physical Function", "physical function, T-score", Presentation.T_SCORE_POINTS, 1)),
  ODI(
      IntStream.rangeClosed(1, 10).mapToObj(i -> String.format("ODI_%02d", i)).toList(), "0", "5", true,
      Direction.LOWER_IS_BETTER,
      new Presentation("Oswestry Disability Index", "disability from back pain, 0 to 100", Presentation.POINTS, 1));

  /**
   * How the report names a measure.
   *
   * @param label a short name, for headings and table cells
   * @param description what the measure measures and on which scale
   * @param unit the unit of a change
   * @param decimals decimals of a mean: 2 on the 0 to 10 scales, 1 on the wider ones
   */
  public record Presentation(String label, String description, String unit, int decimals) {
    static final String POINTS = "points";
    static final String T_SCORE_POINTS = "T-score points";
  }

  private final List<String> items;
  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean whole;
  private final Direction direction;
  private final Presentation presentation;

  Instrument(
      List<String> items, String min, String max, boolean whole, Direction direction, Presentation presentation) {
    this.items = items;
    this.min = new BigDecimal(min);
    this.max = new BigDecimal(max);
    this.whole = whole;
    this.direction = direction;
    this.presentation = presentation;
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

  public Presentation presentation() {
    return presentation;
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

  /** The codes, in the contract's order (the order of measures everywhere). */
  public static List<String> codes() {
    return Arrays.stream(values()).map(Enum::name).toList();
  }
}
