package org.painoutcomes.privacy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * Checks that a public row hides what its {@code suppressed} says and nothing is left beside it
 * (SPEC 7.2: hiding n hides every statistic, which would otherwise give n back through the
 * interval width; hiding responder counts hides the rate and its interval).
 */
final class PublicRowShape {

  private PublicRowShape() {}

  static void checkOutcomeRow(PublicOutcomeChangeRow p, String label, List<String> violations) {
    OutcomeChangeRow r = p.row();
    List<Object> statistics =
        Arrays.asList(
            r.n(), r.baselineMean(), r.followupMean(), r.changeMean(), r.changeSd(), r.changeCiLow(),
            r.changeCiHigh(), r.changeMedian(), r.changeP25(), r.changeP75(), r.srm(), r.pValue());
    List<Object> responderFigures =
        Arrays.asList(r.responderN(), r.responders(), r.responderRate(), r.responderCiLow(), r.responderCiHigh());
    String suppressed = p.suppressed();
    if (PublicOutcomeChangeRow.SUPPRESSED_N.equals(suppressed)) {
      if (statistics.stream().anyMatch(Objects::nonNull) || responderFigures.stream().anyMatch(Objects::nonNull)) {
        violations.add(label + ": n is suppressed but a count or statistic is shown");
      }
    } else if (PublicOutcomeChangeRow.SUPPRESSED_RESPONDERS.equals(suppressed)) {
      if (r.n() == null) {
        violations.add(label + ": n is null but the row is marked suppressed = responders");
      }
      if (responderFigures.stream().anyMatch(Objects::nonNull)) {
        violations.add(label + ": responder counts are suppressed but one of their figures is shown");
      }
    } else if (suppressed != null) {
      violations.add(label + ": suppressed holds an unknown value");
    } else if (r.n() == null || r.responderN() == null || r.responders() == null) {
      violations.add(label + ": a count is null but the row is not marked suppressed");
    }
  }

  static void checkFlowRow(PublicFlowRow p, List<String> violations) {
    if (p.suppressed() != (p.row().participants() == null)) {
      violations.add(PublicRowLabels.of(p.row()) + ": suppressed does not match whether participants is null");
    }
  }
}
