package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisScaleTest {

  @Test
  void roundTicksCoverTheData() {
    // range 3.3 / 5 = 0.66 -> step 1 (0.66 rounds up to 1); -0.8 .. 2.5 -> -1 .. 3
    AxisScale a = AxisScale.covering(-0.8, 2.5);
    assertThat(a.ticks()).containsExactly(-1.0, 0.0, 1.0, 2.0, 3.0);
    assertThat(a.decimals()).isZero();
    // range 14 / 5 = 2.8 -> step 5; 0 .. 14 -> 0 .. 15
    assertThat(AxisScale.covering(0, 14).ticks()).containsExactly(0.0, 5.0, 10.0, 15.0);
    // range 0.9 / 5 = 0.18 -> step 0.2, one decimal
    AxisScale small = AxisScale.covering(0, 0.9);
    assertThat(small.max()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(small.tickLabel(0.4)).isEqualTo("0.4");
  }

  @Test
  void anEmptyRangeStillGivesAnAxis() {
    AxisScale a = AxisScale.covering(0, 0);
    assertThat(a.min()).isLessThan(0);
    assertThat(a.max()).isGreaterThan(0);
  }

  @Test
  void positionsAreClampedToTheAxis() {
    AxisScale a = AxisScale.covering(0, 10);
    assertThat(a.position(5, 100, 200)).isEqualTo(200.0);
    assertThat(a.position(-3, 100, 200)).as("left of the axis").isEqualTo(100.0);
    assertThat(AxisScale.proportion().tickLabel(0.75)).isEqualTo("75");
  }

  @Test
  void aForestPanelLabelsEveryOtherTickWhenSevenLabelsWouldTouch() {
    // -0.10 .. 0.20 by 0.05: seven labels of five characters in a 180 px panel, 30 px apart.
    AxisScale crowded = AxisScale.covering(-0.07, 0.17);
    assertThat(crowded.ticks()).hasSize(7);
    assertThat(SvgForestPlot.labelStride(crowded)).isEqualTo(2);
    String svg = SvgForestPlot.render("t", "t", java.util.List.of(new SvgForestPlot.Line("a", false, false)),
        new SvgForestPlot.Axis(crowded, "points", null, null, null),
        java.util.List.of(new SvgForestPlot.Panel("P", java.util.List.of(new SvgForestPlot.Mark(0.05, 0.0, 0.1, null)))));
    assertThat(svg).contains(">\u22120.10<", ">0.00<", ">0.10<", ">0.20<").doesNotContain(">\u22120.05<", ">0.05<", ">0.15<");
    // 0 .. 1 by 0.2: six labels of three characters, 36 px apart: all of them.
    assertThat(SvgForestPlot.labelStride(AxisScale.covering(0, 0.9))).isEqualTo(1);
  }
}
