package org.painoutcomes.cli;

import ch.qos.logback.core.PropertyDefinerBase;

/** Gives logback.xml the run's log file ({@link RunLog}), so the file and the message agree. */
public final class RunLogDefiner extends PropertyDefinerBase {
  @Override
  public String getPropertyValue() {
    return RunLog.file().toString();
  }
}
