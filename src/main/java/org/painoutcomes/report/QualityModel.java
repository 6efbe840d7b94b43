package org.painoutcomes.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.QualityMetrics;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.privacy.PublicQualityRow;

/** Arranges the public data-quality view (SPEC 7.4) by metric and source. Nothing is derived. */
final class QualityModel {
  private QualityModel() {}

  static QualityData build(List<PublicQualityRow> quality) {
    Map<String, CountCell> cells = new HashMap<>();
    for (PublicQualityRow q : quality) {
      cells.putIfAbsent(q.source() + "\u0000" + q.metric(), q.value() == null ? CountCell.hidden() : CountCell.shown(q.value()));
    }
    List<String> listed = Arrays.stream(Source.values()).map(Source::id).toList();
    List<String> sources =
        quality.stream().map(PublicQualityRow::source).distinct().sorted(ReportOrder.listed(listed)).toList();
    List<QualityData.Line> totals =
        List.of(
            line(cells, sources, QualityMetrics.ROWS_READ, "Rows read"),
            line(cells, sources, QualityMetrics.ROWS_ACCEPTED, "Rows accepted"),
            line(cells, sources, QualityMetrics.ROWS_REJECTED, "Rows rejected"));
    List<QualityData.Line> reasons = new ArrayList<>();
    for (ReasonCode code : ReasonCode.values()) {
      reasons.add(line(cells, sources, code.metric(), code.name() + ": " + Labels.reason(code)));
    }
    List<QualityData.Line> unscored = new ArrayList<>();
    List<String> outcomes = List.of(Source.OUTCOMES.id());
    for (Instrument i : Instrument.values()) {
      unscored.add(line(cells, outcomes, QualityMetrics.unscored(i), Labels.measure(i.name())));
    }
    return new QualityData(sources, totals, reasons, unscored);
  }

  private static QualityData.Line line(Map<String, CountCell> cells, List<String> sources, String metric, String label) {
    List<CountCell> row =
        sources.stream().map(s -> cells.getOrDefault(s + "\u0000" + metric, CountCell.ABSENT)).toList();
    return new QualityData.Line(metric, label, row);
  }
}
