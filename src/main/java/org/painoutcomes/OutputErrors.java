package org.painoutcomes;

import java.nio.file.Path;
import java.util.List;

/**
 * The user-facing errors of where a run or a generation writes: the output location, its guard,
 * lock and publish, and the options that name them. Part of the one error boundary with {@link
 * PipelineErrors} (which makes the messages of configuration and input, and translates foreign
 * failures): same rules, same golden file (src/test/resources/errors/messages.txt). What the
 * guard found in a folder is worded here too ({@link #folderHolding} and its kin), so that the
 * guard only classifies.
 */
public final class OutputErrors {
  private static final int NAMES_SHOWN = 3;

  public static PipelineException outputUnwritable(String location, Exception cause) {
    return PipelineErrors.failure(
        "Cannot write the output location " + location + ": " + cause.getMessage()
            + ". Check the path, free space and permissions; the previous output is unchanged.", cause);
  }

  public static PipelineException outputNotAFolder(String location, String why) {
    return PipelineErrors.usage(
        "The output location '" + location + "' cannot be published: " + why + ". A run writes"
            + " into a staging folder beside OUTPUT and keeps its lock file beside it (on an object"
            + " store, its run folder goes inside OUTPUT), so OUTPUT must be a folder inside another folder."
            + " Give one, e.g. --output /data/pain-outcomes/current, or --output-base with --run-date.", null);
  }

  /** OUTPUT is INPUT, inside it or holds it: refused even with --force. */
  public static PipelineException outputHoldsInput(String output, String relation, String input) {
    return refusedEvenIfForced(
        "The output location " + output + " " + relation + " the input location " + input + ". A run"
            + " replaces OUTPUT as a whole, which would delete the extracts it reads",
        "an OUTPUT outside the input location, e.g. a folder beside it");
  }

  /** OUTPUT (or BASE) is a regular file: refused even with --force. */
  public static PipelineException outputIsAFile(String output, long bytes) {
    return refusedEvenIfForced(
        "The output location " + output + " is a regular file (" + bytes + " bytes), not a folder. A run"
            + " would replace it with a folder of tables",
        "a folder path that does not exist yet, or an empty folder");
  }

  /** OUTPUT holds what pain-outcomes did not write: refused unless --force. */
  public static PipelineException outputNotOurs(String output, String what) {
    String rule = "A run replaces OUTPUT as a whole, deleting everything in it, so it replaces only";
    return refusedUnlessForced(
        "The output location " + output + " " + what + ". " + rule + " "
            + replaceable("pain-outcomes output", "pain-outcomes and status succeeded"),
        "", "replace this one and delete what it holds");
  }

  /** BASE holds more than runs/ and latest: refused unless --force. */
  public static PipelineException outputBaseNotOurs(String base, String what) {
    return refusedUnlessForced(
        "The output base " + base + " " + what + ", besides runs/ and latest. A scheduled run writes"
            + " BASE/runs/run_date=DATE/ and BASE/latest, so BASE may hold only those and their lock and"
            + " temporary files",
        " for --output-base", "use this one (its runs/run_date=DATE and latest are then replaced)");
  }

  /** generate's folder holds what generate did not write: refused unless --force. */
  public static PipelineException generateOutputNotOurs(String dir, String what) {
    String rule = "generate writes enrollment, attendance and outcomes files there, replacing files of those"
        + " names, so it writes only into";
    return refusedUnlessForced(
        "The output folder " + dir + " " + what + ". " + rule + " " + replaceable("generated extract", "pain-outcomes generate"),
        "", "write into this one");
  }

  public static PipelineException outputChoice() {
    return PipelineErrors.usage(
        "Give exactly one of --output URI, or --output-base URI together with --run-date YYYY-MM-DD."
            + " A run writes one OUTPUT: either the location named by --output, or BASE/runs/run_date=DATE/"
            + " of a scheduled job (then BASE/latest names the newest run).", null);
  }

  public static PipelineException badRunDate(String value) {
    return PipelineErrors.usage(
        "The run date '" + value + "' is not a date written YYYY-MM-DD. It names the run's folder"
            + " (run_date=YYYY-MM-DD), so it must be an exact calendar date. Pass the scheduler's"
            + " logical date, e.g. --run-date {{ ds }} in Airflow.", null);
  }

  public static PipelineException badStaleLockMinutes(long minutes) {
    return PipelineErrors.usage(
        "--stale-lock-minutes is " + minutes + ", but a lock must be allowed at least 1 minute"
            + " between renewals before another run may break it. Give 1 or more (default 30).", null);
  }

  public static PipelineException outputLocked(String output, String lockFile, String holder, long staleMinutes) {
    return PipelineErrors.failure(
        "The output location " + output + " is being written by another run (" + holder + "; lock "
            + lockFile + "). Two runs of one OUTPUT would remove each other's work, so this run stopped"
            + " without writing anything. Wait for that run to finish. If it is certainly dead, delete the"
            + " lock file; a lock not renewed for " + staleMinutes + " minute(s), or whose process on this"
            + " host is gone, is broken automatically.", null);
  }

  public static PipelineException latestNotUpdated(String latest, String run, Exception cause) {
    return PipelineErrors.failure(
        "The run was published to " + run + ", but " + latest + " could not be updated: "
            + cause.getMessage() + ". Readers of " + latest + " still see the previous run. Check"
            + " permissions on the base location and run the same date again.", cause);
  }

  public static PipelineException badRunId(String id) {
    return PipelineErrors.usage(
        "The run id '" + id + "' cannot be used: it names folders, so it may hold only letters,"
            + " digits, '_', '.' and '-' (at most 100). Choose another --run-id.", null);
  }

  public static PipelineException generatorOutputOccupied(Path dir, String existing) {
    return PipelineErrors.usage(
        "The output folder " + dir + " already holds '" + existing + "', which a reader would"
            + " take as a second copy of a source (SPEC 2: a source present more than once stops"
            + " the run). Remove it, or generate into an empty folder.", null);
  }

  /** "is a folder holding 2 entries ('a', 'b')": the first names in code point order. */
  public static String folderHolding(List<String> names) {
    List<String> sorted = names.stream().sorted().toList();
    String shown = String.join("', '", sorted.subList(0, Math.min(NAMES_SHOWN, sorted.size())));
    return "is a folder holding " + sorted.size() + (sorted.size() == 1 ? " entry" : " entries")
        + " ('" + shown + "'" + (sorted.size() > NAMES_SHOWN ? ", ..." : "") + ")";
  }

  /** A folder holding entries but no manifest of {@code command}. */
  public static String noManifest(List<String> names, String command) {
    return folderHolding(names) + " and no manifest.json of a pain-outcomes " + command;
  }

  public static String manifestNotJson() {
    return "holds a manifest.json that is not a pain-outcomes manifest (it is not JSON)";
  }

  public static String manifestNotWrittenBy(String command) {
    return "holds a manifest.json that was not written by pain-outcomes " + command;
  }

  public static String manifestNotSucceeded(String command, String status) {
    return "holds the manifest.json of a pain-outcomes " + command + " whose status is '" + status + "', not succeeded";
  }

  /** What a command may replace (docs/RELIABILITY.md, decision 12), for the refusals of what it may not. */
  private static String replaceable(String earlier, String manifestNames) {
    return "a folder that does not exist, is empty, or holds an earlier " + earlier + " (its manifest.json names "
        + manifestNames + ")";
  }

  /** A refusal that --force overrides: why, then that nothing changed and the two ways out. */
  private static PipelineException refusedUnlessForced(String why, String folderFor, String forced) {
    return PipelineErrors.usage(
        why + "; nothing was changed. Choose a new or empty folder" + folderFor + ", or add --force to " + forced + ".", null);
  }

  /** A refusal that --force does not override. */
  private static PipelineException refusedEvenIfForced(String why, String choose) {
    return PipelineErrors.usage(why + ", so this is refused even with --force. Choose " + choose + ".", null);
  }

  private OutputErrors() {}
}
