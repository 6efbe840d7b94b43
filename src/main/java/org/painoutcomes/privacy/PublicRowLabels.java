package org.painoutcomes.privacy;

import org.painoutcomes.tables.FlowRow;
import org.painoutcomes.tables.OutcomeChangeRow;

/**
 * Readable names of public rows for {@link DisclosureAudit}'s findings: table and group labels
 * only, e.g. {@code outcome_change[overall/ALL/migraine/PEG/WEEK_6]} or {@code
 * participant_flow[siteA/ALL/baseline/PEG]}.
 */
final class PublicRowLabels {

  private PublicRowLabels() {}

  static String of(OutcomeChangeRow r) {
    return outcome(r.grouping(), r.group(), r.condition(), r.measure(), r.timepoint());
  }

  static String of(FlowRow r) {
    return flow(r.site(), r.condition(), r.stage(), r.measure(), r.timepoint());
  }

  static String outcome(String grouping, String group, String condition, String measure, String timepoint) {
    return "outcome_change[" + String.join("/", grouping, group, condition, measure, timepoint) + "]";
  }

  static String flow(String site, String condition, String stage, String measure, String timepoint) {
    StringBuilder b = new StringBuilder("participant_flow[").append(site).append('/').append(condition);
    b.append('/').append(stage);
    if (measure != null) {
      b.append('/').append(measure);
    }
    if (timepoint != null) {
      b.append('/').append(timepoint);
    }
    return b.append(']').toString();
  }
}
