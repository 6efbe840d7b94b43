package org.painoutcomes;

import java.io.PrintStream;
import java.util.Locale;

/** Prints one line per pipeline stage with its rows and seconds, for the person running the job. */
public final class StageLog {
  private final PrintStream out;
  private long startedNanos = System.nanoTime();

  public StageLog(PrintStream out) {
    this.out = out;
  }

  public void start() {
    startedNanos = System.nanoTime();
  }

  /** Prints the stage's line and starts timing the next stage. */
  public void done(String stage, String rows) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    out.printf(Locale.ROOT, "%-10s %-70s %6.1f s%n", stage, rows, seconds);
    out.flush();
    startedNanos = System.nanoTime();
  }

  public void info(String line) {
    out.println(line);
    out.flush();
  }
}
