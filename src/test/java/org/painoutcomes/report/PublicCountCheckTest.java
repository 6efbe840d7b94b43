package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.painoutcomes.report.OutcomeRowBuilder.row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.privacy.PublicFlowRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;
import org.painoutcomes.privacy.PublicRowsForTests;

/** The report refuses to publish a count of 1 to 10 people that the suppression let through. */
class PublicCountCheckTest {

  @Test
  void properlySuppressedDataPass() {
    assertThatCode(() -> PublicCountCheck.check(HandMadeReportData.build())).doesNotThrowAnyException();
  }

  @Test
  void aShownOutcomeNOfSevenStopsTheReportBeforeAnythingIsWritten(@TempDir Path dir) {
    List<PublicOutcomeChangeRow> rows = new ArrayList<>(HandMadeReportData.outcomes());
    rows.add(row("overall", "ALL", "migraine", "PEG", "WEEK_6").change(7, -1, -2, 0).responders(7, 0, 0, 0, 0.4).shown());
    ReportData d = HandMadeReportData.build();
    ReportData bad = new ReportData(d.run(), d.config(), rows, d.flow(), d.quality());
    assertThatThrownBy(() -> ReportWriter.write(bad, dir.resolve("report")))
        .isInstanceOf(PipelineException.class).hasMessageContaining("public/outcome_change, column n");
    assertThat(dir.resolve("report")).as("nothing written").doesNotExist();
  }

  @Test
  void derivableNonRespondersAndFlowCountsAreCaught() {
    ReportData d = HandMadeReportData.build();
    // 20 evaluable, 15 responders: 5 non-responders could be derived
    List<PublicOutcomeChangeRow> rows = List.of(
        row("overall", "ALL", "ALL", "NRS", "WEEK_6").change(20, -1, -2, 0).responders(20, 15, 0.75, 0.5, 0.9).shown());
    assertThatThrownBy(() -> PublicCountCheck.check(new ReportData(d.run(), d.config(), rows, List.of(), List.of())))
        .hasMessageContaining("non-responders");
    List<PublicFlowRow> flow = List.of(PublicRowsForTests.flow(new FlowRow("north", "ALL", "enrolled", null, null, 4L), false));
    assertThatThrownBy(() -> PublicCountCheck.check(new ReportData(d.run(), d.config(), List.of(), flow, List.of())))
        .hasMessageContaining("participant_flow");
  }
}
