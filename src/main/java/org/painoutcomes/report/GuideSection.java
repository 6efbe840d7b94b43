package org.painoutcomes.report;

import java.util.List;

/** "How to read this": what the charts show, how improvement is signed, what suppressed means. */
final class GuideSection {
  static final String ID = "how-to-read";
  static final String CAVEAT =
      "These are observational, unadjusted before/after comparisons of the people who enrolled, not causal"
          + " effects of the program or of any modality. Change over time also reflects the natural course of"
          + " pain, regression to the mean, other care, and who stayed to be measured. Groups (modalities,"
          + " conditions, attendance bands) were not assigned at random, so differences between them are not"
          + " comparisons of treatments.";

  private GuideSection() {}

  static void render(Html h, ReportData data) {
    int threshold = data.config().suppressionThreshold();
    h.raw("<section aria-labelledby=\"" + ID + "\">\n<h2 id=\"" + ID + "\">").text("How to read this").raw("</h2>\n<ul>\n");
    for (String item :
        List.of(
            "Improvement is the change from baseline turned so that a positive value is always better: for"
                + " pain, pain interference and disability (lower is better) improvement = \u2212change; for"
                + " physical function (higher is better) improvement = change. In every chart, right is better.",
            "Each chart row shows a mean with its 95% confidence interval (the horizontal line). \u25C6 marks all"
                + " participants, \u25A0 a group. The solid vertical line is zero (no change); a dashed line is the"
                + " responder threshold where it is a number of points.",
            "A responder is a participant whose improvement met the threshold named with each measure. Responder"
                + " rates carry Wilson 95% intervals.",
            "Groups: the primary modality is the therapeutic modality a participant attended most (multimodal"
                + " on a tie, education only if none); modality exposure means at least "
                + data.config().exposureMinSessions() + " sessions of it, so those groups overlap; attendance"
                + " bands count sessions attended.",
            "\u201c" + Labels.SUPPRESSED + "\u201d means hidden by the small-cell rule: a count of 1 to "
                + (threshold - 1) + " people, or a figure from which one could be derived (CMS cell size"
                + " suppression policy, threshold " + threshold + "). It is never zero, and a suppressed row is"
                + " labelled in the chart, never drawn. Groups suppressed at every timepoint are folded into one"
                + " line that says how many they are and names them. \u201c" + Labels.NO_ROW + "\u201d marks an"
                + " empty cell: there is no such row (nobody in that cell), or no interval (fewer than 2 people).",
            "Charts show one timepoint each, side by side where the screen is wide enough. Wide tables scroll"
                + " sideways on a phone and say so above them.",
            "Every chart is followed by a table of the values it draws. The full public tables are in"
                + " outcome_change.csv, participant_flow.csv and data_quality.csv beside this page.")) {
      h.element("li", null, item);
    }
    h.raw("</ul>\n</section>\n");
  }
}
