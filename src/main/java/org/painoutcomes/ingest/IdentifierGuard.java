package org.painoutcomes.ingest;

import org.painoutcomes.PipelineErrors;

/**
 * SPEC 2.1: a participant_id that looks like a social security number or an e-mail address stops
 * the run before anything is written. The message names the first such record's file and line and
 * how many there are, never the value. The records are found while the files are read (see {@link
 * SplitRowIterator}); this judges what the splits reported.
 */
final class IdentifierGuard {

  static void check(SplitLayout source) {
    SplitLayout.SuspiciousIds found = source.suspiciousIds();
    if (found != null) {
      throw PipelineErrors.identifierValue(found.file(), found.line(), found.count());
    }
  }

  private IdentifierGuard() {}
}
