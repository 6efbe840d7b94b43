package org.painoutcomes.report;

import java.util.List;

/**
 * The data behind every chart and table of the page, built from the public tables by {@link
 * ReportModelBuilder} and drawn by {@link ReportPage}. Inspectable on its own, so tests compare
 * the figures with hand-worked values without parsing SVG.
 */
record ReportModel(
    CountCell enrolled,
    CountCell attended,
    List<KeyResult> keyResults,
    List<ForestPlotData> forestPlots,
    List<DoseResponseData> doseResponse,
    List<ResponderRateData> responderRates,
    FlowDiagramData flowDiagram,
    FlowTableData flowTable,
    QualityData quality) {

  ReportModel {
    keyResults = List.copyOf(keyResults);
    forestPlots = List.copyOf(forestPlots);
    doseResponse = List.copyOf(doseResponse);
    responderRates = List.copyOf(responderRates);
  }
}
