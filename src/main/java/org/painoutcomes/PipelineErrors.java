package org.painoutcomes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.painoutcomes.ingest.InputReadFailure;

/**
 * Every user-facing error of the pipeline, made in one place. Each message says the problem, why
 * it occurred, and how to fix it. No message ever holds a participant's value or an
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
    return contract(
        "File " + file + " has no header record (it is empty), so its columns cannot be checked."
            + " Deliver the file with its header line, or remove it.");
  }

  public static PipelineException unparseableHeader(String file, long line) {
    return contract(
        "File " + file + " line " + line + ": the header record cannot be parsed (a quote is"
            + " never closed, or a character follows a closing quote), so its columns cannot be"
            + " checked. Fix the header line of the extract.");
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
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "Cannot read the input location " + location + ": " + cause.getMessage()
            + ". Check the path and permissions.", cause);
  }

  /**
   * An input file could not be read to its end (on the driver or in a task): a truncated or
   * corrupt gzip stream, a file removed or changed after the run located it.
   */
  public static PipelineException inputFileUnreadable(String file, Throwable cause) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "Cannot read the input file " + file + ": " + cause.getMessage() + ". The file may be"
            + " truncated or corrupt, or was removed or changed while the run read it; nothing was"
            + " written and the previous output is unchanged. Check the file (for a .gz file:"
            + " gzip -t) and re-deliver it, then run again.", cause);
  }

  public static PipelineException outputUnwritable(String location, Exception cause) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "Cannot write the output location " + location + ": " + cause.getMessage()
            + ". Check the path, free space and permissions; the previous output is unchanged.", cause);
  }

  public static PipelineException outputNotAFolder(String location, String why) {
    return usage(
        "The output location '" + location + "' cannot be published: " + why + ". A run writes"
            + " into a staging folder beside OUTPUT and keeps its lock file beside it (on an object"
            + " store, its run folder goes inside OUTPUT), so OUTPUT must be a folder inside another folder."
            + " Give one, e.g. --output /data/pain-outcomes/current, or --output-base with --run-date.", null);
  }

  /** OUTPUT is INPUT, inside it or holds it: refused even with --force. */
  public static PipelineException outputHoldsInput(String output, String relation, String input) {
    return usage(
        "The output location " + output + " " + relation + " the input location " + input + ". A run"
            + " replaces OUTPUT as a whole, which would delete the extracts it reads, so this is refused"
            + " even with --force. Choose an OUTPUT outside the input location, e.g. a folder beside it.", null);
  }

  /** OUTPUT (or BASE) is a regular file: refused even with --force. */
  public static PipelineException outputIsAFile(String output, long bytes) {
    return usage(
        "The output location " + output + " is a regular file (" + bytes + " bytes), not a folder. A run"
            + " would replace it with a folder of tables, so this is refused even with --force. Choose a"
            + " folder path that does not exist yet, or an empty folder.", null);
  }

  /** OUTPUT holds what pain-outcomes did not write: refused unless --force. */
  public static PipelineException outputNotOurs(String output, String what) {
    return usage(
        "The output location " + output + " " + what + ". A run replaces OUTPUT as a whole, deleting"
            + " everything in it, so it replaces only a folder that does not exist, is empty, or holds an"
            + " earlier pain-outcomes output (its manifest.json names pain-outcomes and status succeeded);"
            + " nothing was changed. Choose a new or empty folder, or add --force to replace this one and"
            + " delete what it holds.", null);
  }

  /** BASE holds more than runs/ and latest: refused unless --force. */
  public static PipelineException outputBaseNotOurs(String base, String what) {
    return usage(
        "The output base " + base + " " + what + ", besides runs/ and latest. A scheduled run writes"
            + " BASE/runs/run_date=DATE/ and BASE/latest, so BASE may hold only those and their lock and"
            + " temporary files; nothing was changed. Choose a new or empty folder for --output-base, or"
            + " add --force to use this one (its runs/run_date=DATE and latest are then replaced).", null);
  }

  /** generate's folder holds what generate did not write: refused unless --force. */
  public static PipelineException generateOutputNotOurs(String dir, String what) {
    return usage(
        "The output folder " + dir + " " + what + ". generate writes enrollment, attendance and"
            + " outcomes files there, replacing files of those names, so it writes only into a folder that"
            + " does not exist, is empty, or holds an earlier generated extract (its manifest.json names"
            + " pain-outcomes generate); nothing was changed. Choose a new or empty folder, or add --force"
            + " to write into this one.", null);
  }

  public static PipelineException outputChoice() {
    return usage(
        "Give exactly one of --output URI, or --output-base URI together with --run-date YYYY-MM-DD."
            + " A run writes one OUTPUT: either the location named by --output, or BASE/runs/run_date=DATE/"
            + " of a scheduled job (then BASE/latest names the newest run).", null);
  }

  public static PipelineException badRunDate(String value) {
    return usage(
        "The run date '" + value + "' is not a date written YYYY-MM-DD. It names the run's folder"
            + " (run_date=YYYY-MM-DD), so it must be an exact calendar date. Pass the scheduler's"
            + " logical date, e.g. --run-date {{ ds }} in Airflow.", null);
  }

  public static PipelineException badStaleLockMinutes(long minutes) {
    return usage(
        "--stale-lock-minutes is " + minutes + ", but a lock must be allowed at least 1 minute"
            + " between renewals before another run may break it. Give 1 or more (default 30).", null);
  }

  public static PipelineException outputLocked(String output, String lockFile, String holder, long staleMinutes) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "The output location " + output + " is being written by another run (" + holder + "; lock "
            + lockFile + "). Two runs of one OUTPUT would remove each other's work, so this run stopped"
            + " without writing anything. Wait for that run to finish. If it is certainly dead, delete the"
            + " lock file; a lock not renewed for " + staleMinutes + " minute(s), or whose process on this"
            + " host is gone, is broken automatically.", null);
  }

  public static PipelineException latestNotUpdated(String latest, String run, Exception cause) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "The run was published to " + run + ", but " + latest + " could not be updated: "
            + cause.getMessage() + ". Readers of " + latest + " still see the previous run. Check"
            + " permissions on the base location and run the same date again.", cause);
  }

  public static PipelineException rowsUnaccounted(String source, long read, long accepted, long rejected) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "Source '" + source + "': " + read + " rows read but " + accepted + " accepted + " + rejected
            + " rejected. Every row must be accounted for, so nothing was published. This is a"
            + " defect of the pipeline; please report it with the run's manifest.", null);
  }

  public static PipelineException smallCountDerivable(String where) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "The final privacy check found a count from 1 to 10 derivable from the public tables ("
            + where + "), so nothing was published. This is a defect of the suppression; please"
            + " report it with the run's manifest.", null);
  }

  public static PipelineException generatorOption(String option, String value, String why) {
    return usage(
        "Option " + option + " has the unusable value '" + value + "': " + why + ". Give "
            + option + " a value in range.", null);
  }

  public static PipelineException generatorOutputOccupied(Path dir, String existing) {
    return usage(
        "The output folder " + dir + " already holds '" + existing + "', which a reader would"
            + " take as a second copy of a source (SPEC 2: a source present more than once stops"
            + " the run). Remove it, or generate into an empty folder.", null);
  }

  public static PipelineException badRunId(String id) {
    return usage(
        "The run id '" + id + "' cannot be used: it names folders, so it may hold only letters,"
            + " digits, '_', '.' and '-' (at most 100). Choose another --run-id.", null);
  }

  /** The run ran out of memory; the message names the settings to raise. */
  public static PipelineException ranOutOfMemory(long heapMiB, Throwable cause) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "The run ran out of memory (this JVM's heap: " + heapMiB + " MiB). Nothing was published"
            + " and the previous output is unchanged. Give it more: PAIN_OUTCOMES_DRIVER_MEMORY"
            + " with jobs/run-local (e.g. 4g), spark.executor.memory (and spark.driver.memory in"
            + " local mode) with spark-submit; or more, smaller tasks: a larger"
            + " spark.sql.shuffle.partitions. See docs/PERFORMANCE.md, Memory.", cause);
  }

  /** The JVM began to shut down (a TERM, INT or HUP) while the run was in progress. */
  public static PipelineException stoppedByShutdown(Throwable cause) {
    return new PipelineException(
        PipelineException.Kind.FAILURE,
        "the run was stopped before it finished: the JVM is shutting down (a TERM, INT"
            + " or HUP signal). A run stopped before it published leaves the previous output as it was;"
            + " the next run removes what this one left.", cause);
  }

  /** A failure no other message explains (a defect, or a failure of Spark or Hadoop not foreseen). */
  public static PipelineException unexpected(Throwable cause) {
    return new PipelineException(PipelineException.Kind.FAILURE, "the run failed unexpectedly: " + cause, cause);
  }

  /**
   * The run's error for a failure raised elsewhere, or null when it is none the user can act on
   * (the caller then rethrows it, and the command line reports it as {@link #unexpected}). A Spark
   * job's failure carries the task's exception among its causes, so every cause is looked at:
   * a {@link PipelineException} is itself; an input file a task could not read is {@link
   * #inputFileUnreadable}; running out of memory is {@link #ranOutOfMemory}; and while a table is
   * being written, any I/O failure is {@link #outputUnwritable}.
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
        return outputUnwritable(writing, io);
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

  private static PipelineException usage(String message, Throwable cause) {
    return new PipelineException(PipelineException.Kind.USAGE, message, cause);
  }

  private static PipelineException contract(String message) {
    return new PipelineException(PipelineException.Kind.CONTRACT, message, null);
  }

  private PipelineErrors() {}
}
