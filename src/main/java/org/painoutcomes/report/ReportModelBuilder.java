package org.painoutcomes.report;

import static org.painoutcomes.tables.FlowRow.STAGE_ATTENDED_ANY;
import static org.painoutcomes.tables.FlowRow.STAGE_ENROLLED;
import static org.painoutcomes.tables.OutcomeChangeRow.ALL;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * Builds the {@link ReportModel} from {@link ReportData}: which measures and timepoints appear,
 * in which order, and the rows behind each chart. Reads only the public tables.
 */
final class ReportModelBuilder {
  private ReportModelBuilder() {}

  static ReportModel build(ReportData data) {
    ReportOrder order = new ReportOrder(data.config());
    OutcomeRows outcome = new OutcomeRows(data.outcomeChange());
    FlowModels flow = new FlowModels(data.flow(), order);
    OutcomeChartModels charts = new OutcomeChartModels(outcome, data.config(), order);

    List<String> measures =
        Stream.concat(outcome.values(OutcomeChangeRow::measure), flow.measures().stream())
            .distinct()
            .sorted(order.measures())
            .toList();
    List<String> timepoints =
        Stream.concat(outcome.values(OutcomeChangeRow::timepoint), flow.timepoints().stream())
            .distinct()
            .sorted(order.timepoints())
            .toList();

    List<KeyResult> keyResults = new ArrayList<>();
    List<ForestPlotData> forest = new ArrayList<>();
    List<DoseResponseData> dose = new ArrayList<>();
    List<ResponderRateData> rates = new ArrayList<>();
    for (String m : measures) {
      // the timepoints at which the measure has any outcome row: one panel each, rows aligned
      List<String> panels = outcome.timepointsOf(m, timepoints);
      for (String t : timepoints) {
        KeyResult key = charts.keyResult(m, t, flow.analysed(m, t));
        if (key.improvement() != null || !key.analysed().equals(CountCell.ABSENT)) {
          keyResults.add(key);
        }
      }
      for (String t : panels) {
        forest.add(charts.forestPlot(m, t, panels));
        addIfPresent(dose, charts.doseResponse(m, t, panels));
        rates.add(charts.responderRates(m, t, panels));
      }
    }
    return new ReportModel(
        flow.count(ALL, ALL, STAGE_ENROLLED, null, null),
        flow.count(ALL, ALL, STAGE_ATTENDED_ANY, null, null),
        keyResults,
        forest,
        dose,
        rates,
        flow.diagram(flow.measures(), flow.timepoints()),
        flow.table(flow.measures(), flow.timepoints()),
        QualityModel.build(data.quality()));
  }

  private static <T> void addIfPresent(List<T> list, T item) {
    if (item != null) {
      list.add(item);
    }
  }
}
