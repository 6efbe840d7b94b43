package org.painoutcomes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The file that holds Spark's own log of a local run, with every stack trace (logback.xml sends
 * it there, and keeps the console to the pipeline's lines and its one closing message). The
 * failure message names it. Chosen once per JVM: {@code -Dpainoutcomes.log.file}, else
 * PAIN_OUTCOMES_LOG_FILE, else a file of its own under the temporary folder. On a cluster Spark
 * logs through log4j2 (jobs/log4j2.properties) and this file is never written.
 */
public final class RunLog {
  private static final Path FILE = choose();

  private RunLog() {}

  /** The log file's path (logback.xml reads it through {@link RunLogDefiner}). */
  public static Path file() {
    return FILE;
  }

  /** " Spark's log of the run: FILE" when this run wrote that file, else "". */
  static String pointer() {
    return Files.isRegularFile(FILE) ? " Spark's log of the run, with the details: " + FILE : "";
  }

  private static Path choose() {
    String given = System.getProperty("painoutcomes.log.file", System.getenv("PAIN_OUTCOMES_LOG_FILE"));
    if (given != null && !given.isBlank()) {
      return Path.of(given).toAbsolutePath();
    }
    String time = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
    return Path.of(System.getProperty("java.io.tmpdir"), "pain-outcomes-logs", "run-" + time + "-" + ProcessHandle.current().pid() + ".log");
  }
}
