package org.painoutcomes.report;

import java.util.List;

/**
 * The data behind the CONSORT-style flow diagram, site ALL and condition ALL (SPEC 7.3).
 *
 * @param enrolled accepted enrollments
 * @param attended participants with an index date (attended_any)
 * @param didNotAttend enrolled minus attended, only when both are shown (a drop between two shown
 *     counts on a line is 0 or at least the threshold, SPEC 7.3 rule 2); null otherwise
 * @param timepoints the follow-up timepoints, in order, matching each measure's follow-ups
 * @param measures one line per measure
 */
record FlowDiagramData(
    CountCell enrolled,
    CountCell attended,
    Long didNotAttend,
    List<String> timepoints,
    List<MeasureFlow> measures) {

  /** A measure's baseline count and its follow-up count at each timepoint (same order). */
  record MeasureFlow(String measure, CountCell baseline, List<CountCell> followups) {
    MeasureFlow {
      followups = List.copyOf(followups);
    }
  }

  FlowDiagramData {
    timepoints = List.copyOf(timepoints);
    measures = List.copyOf(measures);
  }
}
