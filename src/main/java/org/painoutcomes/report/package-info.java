/**
 * The evaluators' report (SPEC 8 {@code report/}): {@link org.painoutcomes.report.ReportWriter}
 * writes {@code index.html} and one CSV per public table from {@link
 * org.painoutcomes.report.ReportData}, which holds only public (suppressed) tables: its rows are
 * {@code privacy}'s public row types, which no other package can make (docs/ARCHITECTURE.md).
 *
 * <p>How it is built: {@code ReportModelBuilder} turns the public rows into the data behind each
 * chart ({@code ForestPlotData}, {@code DoseResponseData}, {@code ResponderRateData}, {@code
 * FlowDiagramData}, ...), inspectable on their own; {@code ReportPage} and its sections draw them
 * with the report's own SVG writers ({@code SvgForestPlot}, {@code SvgFlowDiagram}); every text
 * passes through {@code Html.escape}; numbers and times through {@code NumberText}.
 *
 * <p>Choices where the spec is silent:
 *
 * <ul>
 *   <li>Each measure has one figure with a panel per timepoint (each panel the forest plot of that
 *       measure and timepoint) on one axis shared by the measure's forest and dose-response
 *       charts; groups with a row at any timepoint appear in every panel, a missing row as a dash.
 *   <li>Improvement = -change where lower is better, so right is better in every chart; the
 *       responder threshold is drawn as a dashed line only when it is in points (a percentage of
 *       baseline is no single value on the axis) and named in words with every chart.
 *   <li>The marker of a suppressed value is the word "suppressed" (a {@code <11} marker would be
 *       wrong for counts of 11 or more hidden by the complementary rules).
 *   <li>The report derives only one count, "attended no session" (enrolled minus attended_any),
 *       and only when both are shown: SPEC 7.3 rule 2 makes that drop 0 or at least the threshold.
 *   <li>Before writing anything, a shown count of people (n, responders, non-responders, not
 *       evaluable, participants) from 1 to threshold - 1 stops the report ({@code
 *       PipelineErrors.smallCountDerivable}); data-quality counts are rows, not checked.
 *   <li>CSVs: RFC 4180 (CRLF), UTF-8, rows in report order, doubles in plain decimal, a {@code
 *       suppressed} column in each (participant_flow and data_quality: true/false).
 * </ul>
 */
package org.painoutcomes.report;
