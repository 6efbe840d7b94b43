package org.painoutcomes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The user-facing errors of the pipeline, made in one place with {@link OutputErrors} (this class:
 * configuration, input, the run; that one: where the run writes). Each message says the problem,
 * why it occurred, and how to fix it. No message ever holds a participant's value or an
 * identifier-looking value: only file names, line numbers, column names and rule names.
 *
 * <p>Failures from elsewhere (a Spark job's, the JVM's, Hadoop's) become one of these errors in
 * one place, {@link #translate}. Every message, rendered with sample arguments, is kept in
 * src/test/resources/errors/messages.txt and compared by ErrorMessagesGoldenTest: a changed
 * message shows in the diff of that file.
 */
public final class PipelineErrors {

  public static PipelineException configFileUnreadable(Path file, Exception cause) {
    return usage(
        "Cannot read the config file " + file + ": " + cause.getMessage()
            + ". Check the path given to --config.", cause);
  }

  public static PipelineException unknownConfigKey(String key, List<String> known) {
    return usage(
        "Unknown configuration key '" + key + "'. A misspelt key would silently keep its default."
            + " Use one of: " + String.join(", ", known) + ".", null);
  }

  public static PipelineException badConfigValue(String key, String value, String why) {
    return usage(
        "Configuration '" + key + "' has the unusable value '" + value + "': " + why
            + ". Fix it in the config file, --conf spark.painoutcomes." + key + " or the flag.", null);
  }

  public static PipelineException suppressionThresholdTooLow(int threshold) {
    return usage(
        "Configuration 'suppression.threshold' is " + threshold + ", below 11. The CMS cell size"
            + " suppression policy forbids publishing counts from 1 to 10, so the threshold can"
            + " never be lower than 11. Set it to 11 or more.", null);
  }

  public static PipelineException sourceMissing(String source, String input) {
    return contract(
        "Source '" + source + "' is missing from the input location " + input + ". Each run needs "
            + source + ".csv, " + source + ".csv.gz or a folder " + source + "/ of CSV files."
            + " Check --input and the extract delivery.");
  }

  public static PipelineException sourceGivenTwice(String source, List<String> found) {
    return contract(
        "Source '" + source + "' is present more than once (" + String.join(", ", found)
            + "), so it is unclear which to read. Keep exactly one of them.");
  }

  public static PipelineException emptySourceFolder(String source) {
    return contract(
        "The folder " + source + "/ holds no *.csv or *.csv.gz file, so the source has no header"
            + " to check. Deliver at least one file, or remove the folder.");
  }

  public static PipelineException requiredColumnMissing(String file, String column) {
    return contract(
        "File " + file + " has no column '" + column + "' in its header, which the contract"
            + " requires. Add the column to the extract (header names match case-insensitively).");
  }

  public static PipelineException noHeader(String file) {
    return uncheckedHeader(file + " has no header record (it is empty)", "Deliver the file with its header line, or remove it.");
  }

  public static PipelineException unparseableHeader(String file, long line) {
    return uncheckedHeader(
        file + " line " + line + ": the header record cannot be parsed (a quote is never closed, or a character"
            + " follows a closing quote)",
        "Fix the header line of the extract.");
  }

  /** A header that cannot be read, so that no column of the file can be checked. */
  private static PipelineException uncheckedHeader(String fileAndWhy, String fix) {
    return contract("File " + fileAndWhy + ", so its columns cannot be checked. " + fix);
  }

  public static PipelineException identifierColumn(String file, String column) {
    return contract(
        "File " + file + " has a column '" + column + "' whose name marks a direct identifier."
            + " Only de-identified data is accepted. Remove the column from the extract and"
            + " re-deliver it; nothing was written.");
  }

  public static PipelineException identifierValue(String file, long line, long total) {
    return contract(
        "File " + file + " line " + line + ": the participant_id looks like a social security"
            + " number or an e-mail address (" + total + " such record(s) in all). Only"
            + " de-identified data is accepted, so nothing was written. Replace the identifiers"
            + " with pseudonymous tokens and re-deliver the extract.");
  }

  public static PipelineException inputUnreadable(String location, Exception cause) {
    return failure(
        "Cannot read the input location " + location + ": " + cause.getMessage()
            + ". Check the path and permissions.", cause);
  }

  /**
   * An input file could not be read to its end (on the driver or in a task): a truncated or
   * corrupt gzip stream, a file removed or changed after the run located it.
   */
  public static PipelineException inputFileUnreadable(String file, Throwable cause) {
    return failure(
        "Cannot read the input file " + file + ": " + cause.getMessage() + ". The file may be"
            + " truncated or corrupt, or was removed or changed while the run read it; nothing was"
            + " written and the previous output is unchanged. Check the file (for a .gz file:"
            + " gzip -t) and re-deliver it, then run again.", cause);
  }

  public static PipelineException rowsUnaccounted(String source, long read, long accepted, long rejected) {
    return failure(
        "Source '" + source + "': " + read + " rows read but " + accepted + " accepted + " + rejected
            + " rejected. Every row must be accounted for, so nothing was published. This is a"
            + " defect of the pipeline; please report it with the run's manifest.", null);
  }

  public static PipelineException smallCountDerivable(String where) {
    return failure(
        "The final privacy check found a count from 1 to 10 derivable from the public tables ("
            + where + "), so nothing was published. This is a defect of the suppression; please"
            + " report it with the run's manifest.", null);
  }

  public static PipelineException generatorOption(String option, String value, String why) {
    return usage(
        "Option " + option + " has the unusable value '" + value + "': " + why + ". Give "
            + option + " a value in range.", null);
  }

  /** The run ran out of memory; the message names the settings to raise. */
  public static PipelineException ranOutOfMemory(long heapMiB, Throwable cause) {
    return failure(
        "The run ran out of memory (this JVM's heap: " + heapMiB + " MiB). Nothing was published"
            + " and the previous output is unchanged. Give it more: PAIN_OUTCOMES_DRIVER_MEMORY"
            + " with jobs/run-local (e.g. 4g), spark.executor.memory (and spark.driver.memory in"
            + " local mode) with spark-submit; or more, smaller tasks: a larger"
            + " spark.sql.shuffle.partitions. See docs/PERFORMANCE.md, Memory.", cause);
  }

  /** The JVM began to shut down (a TERM, INT or HUP) while the run was in progress. */
  public static PipelineException stoppedByShutdown(Throwable cause) {
    return failure(
        "the run was stopped before it finished: the JVM is shutting down (a TERM, INT"
            + " or HUP signal). A run stopped before it published leaves the previous output as it was;"
            + " the next run removes what this one left.", cause);
  }

  /** A failure no other message explains (a defect, or a failure of Spark or Hadoop not foreseen). */
  public static PipelineException unexpected(Throwable cause) {
    return failure("the run failed unexpectedly: " + cause, cause);
  }

  /**
   * The run's error for a failure raised elsewhere, or null when it is none the user can act on
   * (the caller then rethrows it, and the command line reports it as {@link #unexpected}). A Spark
   * job's failure carries the task's exception among its causes, so every cause is looked at:
   * a {@link PipelineException} is itself; an input file a task could not read is {@link
   * #inputFileUnreadable}; running out of memory is {@link #ranOutOfMemory}; and while a table is
   * being written, any I/O failure is {@link OutputErrors#outputUnwritable}.
   *
   * @param writing the location being written when the failure happened, or null
   */
  public static PipelineException translate(Throwable failure, String writing) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PipelineException known) {
        return known;
      }
      if (t instanceof InputReadFailure unreadable) {
        return inputFileUnreadable(unreadable.file(), unreadable.getCause());
      }
    }
    PipelineException memory = outOfMemory(failure);
    if (memory != null || writing == null) {
      return memory;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof IOException io) {
        return OutputErrors.outputUnwritable(writing, io);
      }
    }
    return null;
  }

  /**
   * The run ran out of memory (a task's OutOfMemoryError or Spark's SparkOutOfMemoryError), or null
   * when the failure was something else.
   */
  static PipelineException outOfMemory(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError || t.getClass().getSimpleName().equals("SparkOutOfMemoryError")) {
        return ranOutOfMemory(Runtime.getRuntime().maxMemory() >> 20, failure);
      }
    }
    return null;
  }

  static PipelineException failure(String message, Throwable cause) {
    return new PipelineException(PipelineException.Kind.FAILURE, message, cause);
  }

  static PipelineException usage(String message, Throwable cause) {
    return new PipelineException(PipelineException.Kind.USAGE, message, cause);
  }

  private static PipelineException contract(String message) {
    return new PipelineException(PipelineException.Kind.CONTRACT, message, null);
  }

  private PipelineErrors() {}
}
