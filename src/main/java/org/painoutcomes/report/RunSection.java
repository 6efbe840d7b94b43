package org.painoutcomes.report;

import java.util.List;
import org.painoutcomes.config.AttendanceBand;
import org.painoutcomes.config.FollowUpWindow;
import org.painoutcomes.config.PipelineConfig;
import org.painoutcomes.contract.Instrument;

/** About this run: the input files with their dates and checksums, and the configuration that shaped the figures. */
final class RunSection {
  static final String ID = "about-this-run";

  private RunSection() {}

  static void render(Html h, ReportData data) {
    RunFacts run = data.run();
    PipelineConfig c = data.config();
    OutcomeSections.heading(h, ID, "About this run");
    h.raw("<dl class=\"facts\">\n");
    fact(h, "Run id", run.runId());
    fact(h, "Started", NumberText.dateTime(run.startedAt()));
    fact(h, "Application", "pain-outcomes " + run.applicationVersion());
    fact(h, "Suppression threshold", Integer.toString(c.suppressionThreshold()));
    fact(h, "Baseline window", "study days " + c.baselineFromDay() + " to " + c.baselineToDay() + " (day 0: first attended session)");
    for (FollowUpWindow w : c.followUpWindows()) {
      fact(h, "Follow-up " + Labels.timepoint(w.timepoint()),
          "study days " + w.fromDay() + " to " + w.toDay() + ", closest to day " + w.targetDay());
    }
    fact(h, "Modality exposure", "at least " + c.exposureMinSessions() + " sessions");
    fact(h, "Attendance bands", String.join(", ", c.attendanceBands().stream().map(AttendanceBand::label).toList()));
    fact(h, "Therapeutic modalities", humanList(c.therapeuticModalities()));
    fact(h, "Education modalities", humanList(c.educationModalities()));
    fact(h, "Conditions", humanList(c.conditions()));
    h.raw("</dl>\n");

    TableMarkup.open(h, "Responder rules", List.of("Measure", "Rule"), 2);
    for (Instrument i : Instrument.values()) {
      TableMarkup.rowStart(h, Labels.measure(i.name()), false);
      h.raw("<td class=\"text wrap\">").text(Labels.responderRule(i.name(), c.responderRule(i))).raw("</td>");
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);

    TableMarkup.open(h, "Input files", List.of("File", "Size", "Last modified", "SHA-256 (start)"));
    for (InputFile f : run.inputFiles()) {
      TableMarkup.rowStart(h, f.path(), false);
      TableMarkup.value(h, NumberText.bytes(f.bytes()));
      TableMarkup.value(h, NumberText.dateTime(f.lastModified()));
      h.raw("<td class=\"text mono\">").text(f.sha256Prefix()).raw("</td>");
      TableMarkup.rowEnd(h);
    }
    TableMarkup.close(h);
    h.raw("</section>\n");
  }

  private static void fact(Html h, String term, String value) {
    h.raw("<dt>").text(term).raw("</dt><dd>").text(value).raw("</dd>\n");
  }

  private static String humanList(List<String> codes) {
    return String.join(", ", codes.stream().map(Labels::humanize).toList());
  }
}
