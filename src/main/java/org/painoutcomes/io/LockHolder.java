package org.painoutcomes.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Who holds a {@link RunLock}: a random token (tells this lock from any other, even of the same run
 * id), the run id, the host, the machine's boot id and the process's PID namespace (Linux), the
 * process id, and when the lock was taken. The lock file holds these as properties; nothing in it
 * is about participants.
 */
public record LockHolder(
    String token, String runId, String host, String bootId, String pidNamespace, long pid, Instant startedAt) {

  private static final java.nio.file.Path BOOT_ID = java.nio.file.Path.of("/proc/sys/kernel/random/boot_id");
  private static final java.nio.file.Path PID_NAMESPACE = java.nio.file.Path.of("/proc/self/ns/pid");

  /** The holder a lock taken now by this process would name. */
  public static LockHolder current(String runId) {
    return new LockHolder(
        UUID.randomUUID().toString(), runId, hostName(), linuxId(BOOT_ID), linuxId(PID_NAMESPACE),
        ProcessHandle.current().pid(), Instant.now());
  }

  /** The lock file's text. */
  public byte[] toBytes() {
    String text =
        "token=" + token + "\nrun_id=" + runId + "\nhost=" + host + "\nboot_id=" + bootId
            + "\npid_namespace=" + pidNamespace
            + "\npid=" + pid + "\nstarted_at=" + startedAt + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads a lock file's text; empty when it is not a complete lock (a holder died while writing it). */
  public static Optional<LockHolder> parse(byte[] bytes) {
    Properties p = new Properties();
    try {
      p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
      return Optional.of(new LockHolder(
          require(p, "token"), require(p, "run_id"), require(p, "host"), p.getProperty("boot_id", "").trim(),
          p.getProperty("pid_namespace", "").trim(),
          Long.parseLong(require(p, "pid")), Instant.parse(require(p, "started_at"))));
    } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * True only when this holder certainly no longer runs: it took the lock on this machine since
   * its last boot (same host name and boot id) in this PID namespace (so its PID means the same
   * process here), and either no process has that PID any more or the process that has it started
   * after the lock was taken (the PID was reused). Anything uncertain (another host, another
   * container, a reboot, an unknown start time, not Linux) is false.
   */
  public boolean provablyDeadHere() {
    boolean sameProcessSpace =
        host.equals(hostName()) && !bootId.isEmpty() && bootId.equals(linuxId(BOOT_ID))
            && !pidNamespace.isEmpty() && pidNamespace.equals(linuxId(PID_NAMESPACE));
    if (!sameProcessSpace) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    return process.get().info().startInstant().map(start -> start.isAfter(startedAt)).orElse(false);
  }

  /** For messages: run id, host, process and start time. */
  public String describe() {
    return "run " + runId + " on host " + host + ", process " + pid + ", started at " + startedAt;
  }

  private static String require(Properties p, String key) {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("no " + key);
    }
    return v.trim();
  }

  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      String env = System.getenv("HOSTNAME");
      return env == null || env.isBlank() ? "unknown-host" : env;
    }
  }

  /**
   * The machine's boot id, or the process's PID namespace (two containers on one host may share
   * a host name but not their PIDs); empty where /proc does not have them, which makes {@link
   * #provablyDeadHere()} false.
   */
  static String linuxId(java.nio.file.Path procFile) {
    try {
      return Files.isSymbolicLink(procFile)
          ? Files.readSymbolicLink(procFile).toString()
          : Files.readString(procFile, StandardCharsets.US_ASCII).trim();
    } catch (IOException | UnsupportedOperationException | UncheckedIOException | SecurityException e) {
      return "";
    }
  }
}
