package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Suppressed values reach the page and the CSVs as the marker (or an empty field), never as 0, and
 * no count of people from 1 to 10 is shown or derivable where the input hid it. Input: {@link
 * HandMadeReportData}, where attended_any (52 in truth, a drop of 8 from 60) and other counts are
 * hidden.
 */
class ReportSuppressionTest {
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*");
  @TempDir static Path dir;
  private static WrittenReport report;

  @BeforeAll
  static void write() throws Exception {
    report = WrittenReport.write(HandMadeReportData.build(), dir);
  }

  @Test
  void everyCountOfPeopleOnThePageIsZeroOrAtLeastTheThreshold() {
    List<String> shown = new java.util.ArrayList<>();
    for (Map.Entry<String, String> cell : report.cells()) {
      if (List.of(cell.getKey().split(" ")).contains("count")) {
        shown.add(cell.getValue());
      }
    }
    Matcher tspans = Pattern.compile("<tspan class=\"count\">([^<]*)</tspan>").matcher(report.html);
    while (tspans.find()) {
      shown.add(tspans.group(1));
    }
    assertThat(shown).as("count cells were found").hasSizeGreaterThan(20);
    for (String text : shown) {
      Matcher m = NUMBER.matcher(text);
      while (m.find()) {
        long n = Long.parseLong(m.group().replace(",", ""));
        assertThat(n).as("a shown count of people (cell '%s')", text).satisfiesAnyOf(
            v -> assertThat(v).isZero(), v -> assertThat(v).isGreaterThanOrEqualTo(11));
      }
    }
  }

  @Test
  void suppressedTableCellsShowTheMarkerNeverZero() {
    for (Map.Entry<String, String> cell : report.cells()) {
      if (cell.getKey().contains("suppressed")) {
        assertThat(cell.getValue()).as("a suppressed cell").isEqualTo("suppressed");
      }
    }
    // acupuncture (PEG week 6) is suppressed "n": its n and mean share one marker cell
    assertThat(report.rowsHeaded("acupuncture").get(0))
        .contains("<td class=\"count suppressed\" colspan=\"2\">suppressed</td>");
    // yoga (PEG week 6) has its responder counts hidden but its n of 14 shown
    assertThat(report.rowsHeaded("yoga")).anySatisfy(r -> assertThat(r).contains("<td class=\"count\">14</td>"));
    assertThat(report.rowsHeaded("yoga")).anySatisfy(
        r -> assertThat(r).contains("<td class=\"count suppressed\" colspan=\"2\">suppressed</td>"));
    assertThat(report.rowsHeaded("Rows accepted").get(0)).as("enrollment rows_accepted is hidden")
        .startsWith("<th scope=\"row\">Rows accepted</th><td class=\"rows suppressed\">suppressed</td>");
  }

  @Test
  void aHiddenFlowCountIsShownAsSuppressedAndNoDropIsDerivedFromIt() {
    assertThat(report.html).as("the attended card").contains(
        "<div class=\"card-label\">Attended</div><div class=\"card-value\">suppressed</div>");
    assertThat(report.html).as("60 enrolled minus a hidden count: no 'did not attend' box or row")
        .doesNotContain("Attended no session");
    assertThat(report.rowsHeaded("Attended at least one session").get(0))
        .contains("<td class=\"count suppressed\">suppressed</td>");
    String flow = report.svgs().stream().filter(s -> s.contains("participant-flow")).findFirst().orElseThrow();
    assertThat(flow).as("dashed boxes: attended, PEG week 12").containsSubsequence(
        "stroke-dasharray=\"4 3\"", "suppressed", "stroke-dasharray=\"4 3\"", "suppressed");
  }

  @Test
  void suppressedRowsAreLabelledInChartsNeverDrawn() {
    List<String> charts = report.svgs().stream().filter(s -> !s.contains("participant-flow")).toList();
    long squares = charts.stream().mapToLong(s -> occurrences(s, "width=\"9\" height=\"9\"")).sum();
    long diamonds = charts.stream().mapToLong(s -> occurrences(s, "<polygon")).sum();
    // by hand, rows with a value: forest PEG w6 all+yoga+multimodal+low back pain, PROMIS_PF all+<script>;
    // dose PEG w6 4-6 and 10+ (improvement), 4-6 (rate 0 of 15); responders PEG w6 all+yoga(exposure)+
    // multimodal+low back pain, PROMIS_PF all. All-participants rows are diamonds.
    assertThat(diamonds).as("all-participants marks").isEqualTo(4);
    assertThat(squares).as("group marks").isEqualTo(4 + 3 + 3);
    long words = charts.stream().mapToLong(s -> occurrences(s, ">suppressed</text>")).sum();
    // forest: acupuncture, fibromyalgia, PEG w12 all; dose: 1-3 twice, 10+ rate; responders: tai chi,
    // acupuncture, yoga, fibromyalgia, PEG w12 all, <script> (PROMIS_PF)
    assertThat(words).as("suppressed rows labelled in charts").isEqualTo(3 + 3 + 6);
  }

  @Test
  void csvFieldsOfSuppressedValuesAreEmptyNeverZero() throws Exception {
    List<CSVRecord> outcome = report.csv(PublicTablesCsv.OUTCOME_CHANGE);
    assertThat(outcome).hasSize(HandMadeReportData.outcomes().size());
    for (CSVRecord r : outcome) {
      if ("n".equals(r.get("suppressed"))) {
        assertThat(List.of(r.get("n"), r.get("change_mean"), r.get("responders"))).as("hidden n row").containsOnly("");
      }
      if ("responders".equals(r.get("suppressed"))) {
        assertThat(r.get("n")).isNotEmpty();
        assertThat(List.of(r.get("responder_n"), r.get("responders"), r.get("responder_rate"))).containsOnly("");
      }
      for (String column : List.of("n", "responder_n", "responders")) {
        assertSafeCount(r.get(column), "outcome_change." + column);
      }
    }
    List<CSVRecord> flow = report.csv(PublicTablesCsv.PARTICIPANT_FLOW);
    assertThat(flow).hasSize(HandMadeReportData.flow().size());
    assertThat(flow).filteredOn(r -> r.get("suppressed").equals("true")).isNotEmpty()
        .allSatisfy(r -> assertThat(r.get("participants")).isEmpty());
    flow.forEach(r -> assertSafeCount(r.get("participants"), "participant_flow.participants"));
    List<CSVRecord> quality = report.csv(PublicTablesCsv.DATA_QUALITY);
    assertThat(quality).filteredOn(r -> r.get("source").equals("enrollment") && r.get("metric").equals("rows_accepted"))
        .singleElement().satisfies(r -> {
          assertThat(r.get("value")).isEmpty();
          assertThat(r.get("suppressed")).isEqualTo("true");
        });
  }

  private static void assertSafeCount(String field, String what) {
    if (!field.isEmpty()) {
      long n = Long.parseLong(field);
      assertThat(n == 0 || n >= 11).as("%s = %s is 0 or at least 11", what, field).isTrue();
    }
  }

  private static long occurrences(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }
}
