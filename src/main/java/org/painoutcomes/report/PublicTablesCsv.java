package org.painoutcomes.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.painoutcomes.contract.OutputVocabulary;
import org.painoutcomes.contract.QualityMetrics;
import org.painoutcomes.contract.Source;
import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;
import org.painoutcomes.privacy.PublicFlowRow;
import org.painoutcomes.privacy.PublicOutcomeChangeRow;
import org.painoutcomes.privacy.PublicQualityRow;

/**
 * Writes the public tables beside the page as RFC 4180 CSV (UTF-8, CRLF), in report order, with
 * null (suppressed) values as empty fields and a column saying what was suppressed.
 */
final class PublicTablesCsv {
  static final String OUTCOME_CHANGE = "outcome_change.csv";
  static final String PARTICIPANT_FLOW = "participant_flow.csv";
  static final String DATA_QUALITY = "data_quality.csv";
  static final List<String> FLOW_COLUMNS =
      List.of("site", "condition", "stage", "measure", "timepoint", "participants", "suppressed");
  static final List<String> QUALITY_COLUMNS = List.of("source", "metric", "value", "suppressed");

  private PublicTablesCsv() {}

  static void write(ReportData data, Path dir) throws IOException {
    ReportOrder order = new ReportOrder(data.config());
    List<String> outcomeColumns = new ArrayList<>(OutcomeChangeRow.COLUMNS);
    outcomeColumns.add("suppressed");
    List<List<Object>> outcome = new ArrayList<>();
    for (PublicOutcomeChangeRow p : data.outcomeChange().stream().sorted(outcomeOrder(order)).toList()) {
      OutcomeChangeRow r = p.row();
      outcome.add(Arrays.asList(
          r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint(), r.direction(), r.n(),
          r.baselineMean(), r.followupMean(), r.changeMean(), r.changeSd(), r.changeCiLow(), r.changeCiHigh(),
          r.changeMedian(), r.changeP25(), r.changeP75(), r.srm(), r.pValue(), r.responderN(), r.responders(),
          r.responderRate(), r.responderCiLow(), r.responderCiHigh(), r.improvementMean(), r.improvementCiLow(),
          r.improvementCiHigh(), p.suppressed()));
    }
    print(dir.resolve(OUTCOME_CHANGE), outcomeColumns, outcome);

    List<List<Object>> flow = new ArrayList<>();
    for (PublicFlowRow p : data.flow().stream().sorted(flowOrder(order)).toList()) {
      FlowRow r = p.row();
      flow.add(Arrays.asList(
          r.site(), r.condition(), r.stage(), r.measure(), r.timepoint(), p.suppressed() ? null : r.participants(),
          p.suppressed()));
    }
    print(dir.resolve(PARTICIPANT_FLOW), FLOW_COLUMNS, flow);

    List<List<Object>> quality = new ArrayList<>();
    for (PublicQualityRow q : data.quality().stream().sorted(qualityOrder()).toList()) {
      quality.add(Arrays.asList(q.source(), q.metric(), q.value(), q.value() == null));
    }
    print(dir.resolve(DATA_QUALITY), QUALITY_COLUMNS, quality);
  }

  static void print(Path file, List<String> header, List<List<Object>> rows) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(w, format)) {
      for (List<Object> row : rows) {
        printer.printRecord(row.stream().map(PublicTablesCsv::field).toList());
      }
    }
  }

  /** A field: null is empty (never 0); doubles in plain decimal, the same on every machine. */
  static String field(Object v) {
    if (v == null) {
      return null;
    }
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).toPlainString();
    }
    return v.toString();
  }

  private static Comparator<PublicOutcomeChangeRow> outcomeOrder(ReportOrder o) {
    Comparator<OutcomeChangeRow> c =
        Comparator.comparing(OutcomeChangeRow::grouping, o.groupings())
            .thenComparing((a, b) -> o.groups(a.grouping()).compare(a.group(), b.group()))
            .thenComparing(OutcomeChangeRow::condition, o.conditions())
            .thenComparing(OutcomeChangeRow::measure, o.measures())
            .thenComparing(OutcomeChangeRow::timepoint, o.timepoints());
    return Comparator.comparing(PublicOutcomeChangeRow::row, c);
  }

  private static Comparator<PublicFlowRow> flowOrder(ReportOrder o) {
    List<String> stages = OutputVocabulary.STAGES;
    Comparator<FlowRow> c =
        Comparator.comparing(FlowRow::site, o.sites())
            .thenComparing(FlowRow::condition, o.conditions())
            .thenComparing(FlowRow::stage, ReportOrder.listed(stages))
            .thenComparing(FlowRow::timepoint, Comparator.nullsFirst(o.timepoints()))
            .thenComparing(FlowRow::measure, Comparator.nullsFirst(o.measures()));
    return Comparator.comparing(PublicFlowRow::row, c);
  }

  private static Comparator<PublicQualityRow> qualityOrder() {
    List<String> metrics = QualityMetrics.all();
    return Comparator.comparing(PublicQualityRow::source, ReportOrder.listed(Arrays.stream(Source.values()).map(Source::id).toList()))
        .thenComparing(PublicQualityRow::metric, ReportOrder.listed(metrics));
  }
}
