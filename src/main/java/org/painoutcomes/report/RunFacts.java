package org.painoutcomes.report;

import java.time.Instant;
import java.util.List;

/**
 * The facts about a run that the report states. The report never reads the clock: every time it
 * shows comes from here, so the same facts give a byte-identical page.
 *
 * @param runId the run's identifier
 * @param startedAt when the run started
 * @param applicationVersion the pipeline's version
 * @param inputFiles the files read, in the order they should be listed
 */
public record RunFacts(String runId, Instant startedAt, String applicationVersion, List<InputFile> inputFiles) {
  public RunFacts {
    inputFiles = List.copyOf(inputFiles);
  }
}
