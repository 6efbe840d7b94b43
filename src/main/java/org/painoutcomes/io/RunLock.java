package org.painoutcomes.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSDataOutputStreamBuilder;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.util.ShutdownHookManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.painoutcomes.OutputErrors;

/**
 * An exclusive lock on one location, so that two runs never write the same OUTPUT at once: the
 * second would delete the first one's staging folder, and both would publish. The lock is a file
 * {@code .NAME.lock} beside the location, created exclusively and holding its {@link LockHolder}.
 * The holder renews it (sets its modification time) every {@code min(1 minute, staleAfter / 4)}
 * and deletes it on {@link #close()}; a JVM that exits on a signal deletes it through Hadoop's
 * delete-on-exit. Only a lock that still holds this holder's token is ever deleted on release.
 *
 * <p>A lock left by a run that died (killed with SIGKILL, lost machine) may be broken when either
 *
 * <ol>
 *   <li>it was last renewed longer ago than {@code staleAfter}, or
 *   <li>its holder is provably dead: same host, boot and PID namespace, and its process is gone
 *       (see {@link LockHolder#provablyDeadHere()}).
 * </ol>
 *
 * Otherwise it is held. Two runs breaking the same stale lock at the same instant could both
 * proceed; breaking deletes the lock only if it still names the stale holder, which leaves that
 * window at a few milliseconds. Exclusive creation is atomic on HDFS and local disks, and on an
 * object store whose connector offers a conditional create (S3A since Hadoop 3.4.2 sends S3's
 * {@code If-None-Match: *}); on a store without one it is a check then a write, and there the lock
 * only narrows the window (docs/STORAGE.md). Object stores keep no settable modification time, so
 * there the holder renews the lock by writing it again.
 */
public final class RunLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(RunLock.class);
  private static final Duration LONGEST_RENEWAL = Duration.ofMinutes(1);

  private final FileSystem fs;
  private final Path file;
  private final LockHolder holder;
  private final ScheduledExecutorService renewal;
  private final boolean renewByRewriting;

  private RunLock(FileSystem fs, Path file, LockHolder holder, Duration staleAfter, boolean renewByRewriting) {
    this.fs = fs;
    this.file = file;
    this.holder = holder;
    this.renewByRewriting = renewByRewriting;
    this.renewal =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "pain-outcomes-lock-renewal");
              t.setDaemon(true);
              return t;
            });
    long every = Math.max(100, Math.min(LONGEST_RENEWAL.toMillis(), staleAfter.toMillis() / 4));
    renewal.scheduleAtFixedRate(this::renew, every, every, TimeUnit.MILLISECONDS);
  }

  /** The lock file of a location: {@code .NAME.lock} in the same folder. */
  public static Path lockFile(Path target) {
    return new Path(target.getParent(), "." + target.getName() + ".lock");
  }

  /**
   * Takes the lock on target for this run, or fails with a user-facing error (exit 1) naming the
   * run that holds it.
   */
  public static RunLock acquire(FileSystem fs, Path target, String runId, Duration staleAfter) {
    return tryAcquire(fs, target, runId, staleAfter)
        .orElseThrow(() -> OutputErrors.outputLocked(
            target.toString(), lockFile(target).toString(), describeHolder(fs, lockFile(target)), staleAfter.toMinutes()));
  }

  /** Takes the lock on target, breaking a stale one; empty when another live run holds it. */
  public static Optional<RunLock> tryAcquire(FileSystem fs, Path target, String runId, Duration staleAfter) {
    Path file = lockFile(target);
    LockHolder me = LockHolder.current(runId);
    try {
      fs.mkdirs(file.getParent());
      // Twice: once as things are, once more after breaking a stale lock.
      for (int attempt = 0; attempt < 2; attempt++) {
        if (createExclusive(fs, file, me.toBytes())) {
          fs.deleteOnExit(file);
          return Optional.of(new RunLock(fs, file, me, staleAfter, PublishMode.of(fs, file) == PublishMode.POINTER));
        }
        Optional<FileStatus> status = status(fs, file);
        if (status.isEmpty()) {
          continue; // released between our attempt and our look
        }
        Optional<LockHolder> other = LockHolder.parse(read(fs, file));
        String reason = staleReason(status.get(), other, staleAfter);
        if (reason == null) {
          return Optional.empty();
        }
        LOG.warn("Breaking the lock {} of {}: {}", file, other.map(LockHolder::describe).orElse("an unknown run"), reason);
        breakLock(fs, file, other);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(target.toString(), e);
    }
  }

  /** Why a lock may be broken (the rules of the class comment), or null when it is held. */
  static String staleReason(FileStatus status, Optional<LockHolder> holder, Duration staleAfter) {
    Instant renewed = Instant.ofEpochMilli(status.getModificationTime());
    if (Duration.between(renewed, Instant.now()).compareTo(staleAfter) > 0) {
      return "last renewed at " + renewed + ", more than " + staleAfter.toMinutes() + " minute(s) ago";
    }
    if (holder.isPresent() && holder.get().provablyDeadHere()) {
      return "its process " + holder.get().pid() + " on this host is no longer running";
    }
    return null;
  }

  public Path file() {
    return file;
  }

  public LockHolder holder() {
    return holder;
  }

  /** Stops renewing and deletes the lock if it is still this run's. Never throws. */
  @Override
  public void close() {
    renewal.shutdownNow();
    try {
      fs.cancelDeleteOnExit(file);
      Optional<LockHolder> now = currentHolder();
      if (now.isPresent() && now.get().token().equals(holder.token())) {
        fs.delete(file, false);
      } else if (now.isPresent()) {
        LOG.warn("The lock {} was broken by another run while this run held it; leaving it", file);
      } else if (ShutdownHookManager.get().isShutdownInProgress()) {
        // A TERM: Hadoop's shutdown hook has already deleted it, as deleteOnExit asked.
        LOG.debug("The lock {} was removed as the JVM shut down", file);
      } else {
        LOG.warn("The lock {} was removed while this run held it (by hand, or by a run that found it stale)", file);
      }
    } catch (IOException e) {
      LOG.warn("Could not remove the lock {}; the next run breaks it once it is stale", file);
    }
  }

  private Optional<LockHolder> currentHolder() throws IOException {
    return status(fs, file).isPresent() ? LockHolder.parse(read(fs, file)) : Optional.empty();
  }

  private boolean isMine() throws IOException {
    return currentHolder().map(h -> h.token().equals(holder.token())).orElse(false);
  }

  private void renew() {
    try {
      if (!renewByRewriting) {
        fs.setTimes(file, System.currentTimeMillis(), -1);
      } else if (isMine()) {
        try (OutputStream out = fs.create(file, true)) {
          out.write(holder.toBytes());
        }
      }
    } catch (IOException | UnsupportedOperationException e) {
      LOG.warn("Cannot renew the lock {} ({}); it counts as stale once its age passes the limit", file, e.toString());
      renewal.shutdown();
    }
  }

  /**
   * Creates the file only if it does not exist. Hadoop's local file system checks and then opens
   * (two processes can both pass the check), so on local disks this uses an O_EXCL create instead.
   */
  private static boolean createExclusive(FileSystem fs, Path file, byte[] content) throws IOException {
    if ("file".equals(fs.getUri().getScheme())) {
      java.nio.file.Path local = Paths.get(fs.makeQualified(file).toUri());
      try (OutputStream out = Files.newOutputStream(local, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        out.write(content);
        return true;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        return false;
      } catch (IOException e) {
        Files.deleteIfExists(local); // an empty lock would hold the location until it is stale
        throw e;
      }
    }
    try (FSDataOutputStream out = createNew(fs, file)) {
      out.write(content);
      return true;
    } catch (IOException e) {
      if (fs.exists(file)) {
        return false; // FileAlreadyExistsException, or another file system's way of saying it
      }
      throw e;
    }
  }

  /** A stream that creates file only if nothing is there; with a conditional create the store checks when it is closed. */
  private static FSDataOutputStream createNew(FileSystem fs, Path file) throws IOException {
    String conditional = Options.CreateFileOptionKeys.FS_OPTION_CREATE_CONDITIONAL_OVERWRITE;
    if (!fs.hasPathCapability(file, conditional)) {
      return fs.create(file, false);
    }
    FSDataOutputStreamBuilder<?, ?> builder = fs.createFile(file).overwrite(true);
    builder.must(conditional, true);
    return builder.build();
  }

  private static void breakLock(FileSystem fs, Path file, Optional<LockHolder> stale) throws IOException {
    Optional<LockHolder> now = LockHolder.parse(read(fs, file));
    boolean unchanged = stale.isEmpty() ? now.isEmpty() : now.map(h -> h.token().equals(stale.get().token())).orElse(false);
    if (unchanged) {
      fs.delete(file, false);
    }
  }

  private static String describeHolder(FileSystem fs, Path file) {
    try {
      return LockHolder.parse(read(fs, file)).map(LockHolder::describe).orElse("a run that is still writing its lock");
    } catch (IOException e) {
      return "another run";
    }
  }

  private static Optional<FileStatus> status(FileSystem fs, Path file) throws IOException {
    try {
      return Optional.of(fs.getFileStatus(file));
    } catch (java.io.FileNotFoundException e) {
      return Optional.empty();
    }
  }

  private static byte[] read(FileSystem fs, Path file) throws IOException {
    try (InputStream in = fs.open(file)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (java.io.FileNotFoundException e) {
      return new byte[0];
    }
  }
}
