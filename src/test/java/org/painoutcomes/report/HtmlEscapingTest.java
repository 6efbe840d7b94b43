package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text reaches the page escaped, in tables and in SVG alike. */
class HtmlEscapingTest {

  @Test
  void escapeTurnsEveryMarkupCharacterIntoAnEntity() {
    assertThat(Html.escape("<a href=\"x\">Tom & 'Jerry'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
    assertThat(Html.escape(null)).as("null reads as empty").isEmpty();
    assertThat(Html.escape("\u2212 caf\u00e9")).as("other text unchanged").isEqualTo("\u2212 caf\u00e9");
  }

  @Test
  void aGroupLabelHoldingScriptAndAmpersandIsEscapedEverywhere(@TempDir Path dir) throws Exception {
    WrittenReport report = WrittenReport.write(HandMadeReportData.build(), dir);
    String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co";
    assertThat(report.rowsHeaded(escaped)).as("table rows of the PROMIS_PF group").hasSize(2);
    assertThat(report.html).as("SVG label, cut to its column").contains(">&lt;script&gt;alert(1)&lt;/sc\u2026</text>");
    assertThat(report.html.toLowerCase(Locale.ROOT)).as("no live script element").doesNotContain("<script");
    assertThat(report.html).as("no bare ampersand").doesNotContainPattern("&(?![a-z]+;|#[0-9]+;)");
  }

  @Test
  void ampersandInRunFactsIsEscapedToo(@TempDir Path dir) throws Exception {
    ReportData data = HandMadeReportData.build();
    RunFacts run = new RunFacts("run<1>&2", data.run().startedAt(), "0.1.0\"", data.run().inputFiles());
    WrittenReport report = WrittenReport.write(
        new ReportData(run, data.config(), data.outcomeChange(), data.flow(), data.quality()), dir);
    assertThat(report.html).contains("run&lt;1&gt;&amp;2").doesNotContain("run<1>").contains("0.1.0&quot;");
  }
}
