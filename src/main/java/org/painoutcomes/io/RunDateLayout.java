package org.painoutcomes.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.painoutcomes.OutputErrors;

/**
 * The layout of a scheduled job: each run publishes {@code BASE/runs/run_date=YYYY-MM-DD/} (an
 * OUTPUT like any other: atomic publish, locked), and then {@code BASE/latest}, a one-line text
 * file holding the newest run's folder relative to BASE ({@code runs/run_date=YYYY-MM-DD}).
 *
 * <p>"Newest" is the latest run date that is published, not the run that finished last: a
 * backfill of an earlier date leaves {@code latest} alone, a re-run of the newest date keeps it.
 * {@code latest} is written last, to a temporary file renamed over the old one, under a short lock
 * of its own, so a reader sees either the old or the new pointer and two runs finishing together
 * agree on it.
 *
 * <p>On an object store ({@link PublishMode#POINTER}) a run date's folder holds run folders and its
 * own {@code current} pointer ({@link PointerPublisher}); {@code latest} then names the run folder
 * itself ({@code runs/run_date=YYYY-MM-DD/run-ID-XXXXXXXX}), so that {@code BASE/$(cat BASE/latest)}
 * is the newest tables on every store, and it is written in a single PUT, which such a store shows
 * whole or not at all.
 */
public final class RunDateLayout {
  public static final String RUNS_FOLDER = "runs";
  public static final String RUN_DATE_PREFIX = "run_date=";
  public static final String LATEST_FILE = "latest";

  private static final DateTimeFormatter RUN_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Duration LATEST_LOCK_WAIT = Duration.ofSeconds(60);

  private final Path base;
  private final LocalDate runDate;

  public RunDateLayout(String base, LocalDate runDate) {
    this.base = new Path(base);
    this.runDate = runDate;
  }

  /** Parses a run date written YYYY-MM-DD (an exact calendar date), or fails with a usage error. */
  public static LocalDate parseRunDate(String text) {
    try {
      return LocalDate.parse(text, RUN_DATE);
    } catch (DateTimeParseException e) {
      throw OutputErrors.badRunDate(text);
    }
  }

  /** This run's folder relative to BASE: {@code runs/run_date=YYYY-MM-DD}. */
  public String runFolder() {
    return RUNS_FOLDER + "/" + folderName(runDate);
  }

  /** This run's OUTPUT: {@code BASE/runs/run_date=YYYY-MM-DD}. */
  public String output() {
    return new Path(base, runFolder()).toString();
  }

  public Path latestFile() {
    return new Path(base, LATEST_FILE);
  }

  /**
   * Points {@code BASE/latest} at the newest published run; called after this run published.
   * Returns the folder it now names.
   */
  public String updateLatest(FileSystem fs, String runId, Duration staleLockAfter) {
    Path latest = latestFile();
    try (RunLock lock = waitForLock(fs, latest, runId, staleLockAfter)) {
      String newest = RUNS_FOLDER + "/" + folderName(newestPublished(fs).orElse(runDate));
      Optional<String> runFolder = PointerPublisher.published(fs, new Path(base, newest));
      if (runFolder.isPresent()) {
        newest = newest + "/" + runFolder.get();
      }
      byte[] text = (newest + "\n").getBytes(StandardCharsets.UTF_8);
      if (PublishMode.of(fs, latest) == PublishMode.POINTER) {
        // One PUT replaces the object whole; delete-then-rename would leave readers a moment without it.
        try (OutputStream out = fs.create(latest, true)) {
          out.write(text);
        }
        return newest;
      }
      Path temp = new Path(base, "." + LATEST_FILE + ".tmp-" + runId);
      try (OutputStream out = fs.create(temp, true)) {
        out.write(text);
      }
      replace(fs, temp, latest);
      return newest;
    } catch (IOException e) {
      throw OutputErrors.latestNotUpdated(latest.toString(), output(), e);
    }
  }

  /** The latest run date whose folder holds a manifest, or a pointer to a run folder (published folders always do). */
  Optional<LocalDate> newestPublished(FileSystem fs) throws IOException {
    Path runs = new Path(base, RUNS_FOLDER);
    if (!fs.exists(runs)) {
      return Optional.empty();
    }
    LocalDate newest = null;
    for (FileStatus st : fs.listStatus(runs)) {
      String name = st.getPath().getName();
      // Staging folders and locks start with '.', so only published runs match.
      if (!st.isDirectory() || !name.startsWith(RUN_DATE_PREFIX)
          || !(fs.exists(new Path(st.getPath(), Manifest.FILE_NAME)) || fs.exists(new Path(st.getPath(), PointerPublisher.POINTER)))) {
        continue;
      }
      try {
        LocalDate d = LocalDate.parse(name.substring(RUN_DATE_PREFIX.length()), RUN_DATE);
        newest = newest == null || d.isAfter(newest) ? d : newest;
      } catch (DateTimeParseException e) {
        // a folder someone made by hand: not a run
      }
    }
    return Optional.ofNullable(newest);
  }

  private static String folderName(LocalDate date) {
    return RUN_DATE_PREFIX + RUN_DATE.format(date);
  }

  /** The latest lock is held for milliseconds, so waiting for it beats failing. */
  private static RunLock waitForLock(FileSystem fs, Path latest, String runId, Duration staleLockAfter) throws IOException {
    long deadline = System.nanoTime() + LATEST_LOCK_WAIT.toNanos();
    while (true) {
      Optional<RunLock> lock = RunLock.tryAcquire(fs, latest, runId, staleLockAfter);
      if (lock.isPresent()) {
        return lock.get();
      }
      if (System.nanoTime() > deadline) {
        throw new IOException("its lock " + RunLock.lockFile(latest) + " stayed held for " + LATEST_LOCK_WAIT.toSeconds() + " s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for the lock of " + latest, e);
      }
    }
  }

  /**
   * Renames temp over target in one step where the file system can (HDFS, local disks: through
   * FileContext's overwriting rename); elsewhere deletes target first.
   */
  private static void replace(FileSystem fs, Path temp, Path target) throws IOException {
    try {
      FileContext.getFileContext(fs.getUri(), fs.getConf()).rename(temp, target, Options.Rename.OVERWRITE);
    } catch (org.apache.hadoop.fs.UnsupportedFileSystemException | UnsupportedOperationException e) {
      fs.delete(target, false);
      if (!fs.rename(temp, target)) {
        throw new IOException("cannot rename " + temp + " to " + target);
      }
    }
  }
}
