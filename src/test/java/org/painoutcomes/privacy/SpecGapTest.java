package org.painoutcomes.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.privacy.Rows.ALL;
import static org.painoutcomes.privacy.Rows.EXPOSURE;
import static org.painoutcomes.privacy.Rows.OVERALL;
import static org.painoutcomes.privacy.Rows.SHOWN;
import static org.painoutcomes.privacy.Rows.expect;
import static org.painoutcomes.privacy.Rows.oc;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * A case SPEC 7.2 as written does not protect, pinned down so that a change of the spec (or of
 * the suppressor) shows up here. The suppressor follows the spec; the audit catches it, so the
 * pipeline fails closed. (Hidden members adding up to a small count, the other gap of contract
 * version 1, is closed by version 2's rule 3: ComplementaryRuleTest.)
 */
class SpecGapTest {

  private final SmallCellSuppressor suppressor = new SmallCellSuppressor();
  private final DisclosureAudit audit = new DisclosureAudit();

  @Test
  void subsetHidingOfAResponderNOfZeroCannotBeComplemented() {
    // overall: fibromyalgia n 60, responder_n 25, responders 12 (not evaluable 35);
    //          migraine n 56, 25, 12 (not evaluable 31); ALL n 116, 50, 24 (not evaluable 66).
    // yoga exposure: nobody evaluable: fibromyalgia n 30, migraine n 20, ALL n 50, responder_n 0.
    // Rule 4: yoga/fibromyalgia's not evaluable is 5 below overall's (35 - 30): its responder
    // counts are hidden. Rule 3: no other row of yoga's partition has responder_n above 0, so
    // nothing more is hidden, and a reader gets responder_n 0 - 0 = 0 back, hence not evaluable
    // 30 and the difference 5.
    List<OutcomeChangeRow> rows =
        List.of(
            oc(OVERALL, ALL, ALL, 116, 50, 24),
            oc(OVERALL, ALL, "fibromyalgia", 60, 25, 12),
            oc(OVERALL, ALL, "migraine", 56, 25, 12),
            oc(EXPOSURE, "yoga", ALL, 50, 0, 0),
            oc(EXPOSURE, "yoga", "fibromyalgia", 30, 0, 0),
            oc(EXPOSURE, "yoga", "migraine", 20, 0, 0));
    SuppressionResult result = suppressor.suppress(rows, List.of(), 11);
    assertThat(Rows.status(result.outcomeChange()))
        .containsExactlyEntriesOf(
            expect(
                "overall/ALL/ALL", SHOWN,
                "overall/ALL/fibromyalgia", SHOWN,
                "overall/ALL/migraine", SHOWN,
                "modality_exposure/yoga/ALL", SHOWN,
                "modality_exposure/yoga/fibromyalgia", "responders",
                "modality_exposure/yoga/migraine", SHOWN));
    assertThat(audit.audit(result.outcomeChange(), result.flow(), 11).violations())
        .as("the audit sees through it")
        .contains(
            "outcome_change[modality_exposure/yoga/fibromyalgia/PEG/WEEK_6] and"
                + " outcome_change[overall/ALL/fibromyalgia/PEG/WEEK_6]: the difference of not evaluable is 5");
  }
}
