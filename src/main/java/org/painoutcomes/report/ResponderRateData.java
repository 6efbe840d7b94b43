package org.painoutcomes.report;

import java.util.List;

/** The data behind one responder chart: rates by modality exposure, primary modality, condition. */
record ResponderRateData(String measure, String timepoint, String responderRule, List<RateRow> rows) {
  ResponderRateData {
    rows = List.copyOf(rows);
  }
}
