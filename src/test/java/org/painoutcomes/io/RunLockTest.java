package org.painoutcomes.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;

/** The lock beside OUTPUT: exclusive, released, renewed, and broken only by the documented rules. */
class RunLockTest {
  private static final Duration THIRTY_MINUTES = Duration.ofMinutes(30);
  static FileSystem fs;

  @BeforeAll
  static void localFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
  }

  private static Path out(java.nio.file.Path dir) {
    return new Path(dir.resolve("out").toUri());
  }

  /** A lock file as another run would have left it, with its modification time set. */
  private static java.nio.file.Path writeForeignLock(java.nio.file.Path dir, LockHolder holder, Instant modified) throws IOException {
    java.nio.file.Path file = dir.resolve(".out.lock");
    Files.write(file, holder.toBytes());
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(modified));
    return file;
  }

  private static LockHolder elsewhere(Instant started) {
    return new LockHolder("t-other", "other-run", "another-host.example", "boot", "pid:[1]", 4242, started);
  }

  @Test
  void secondRunIsRefusedWithTheHolderNamedUntilTheFirstReleases(@TempDir java.nio.file.Path dir) throws IOException {
    RunLock first = RunLock.acquire(fs, out(dir), "first", THIRTY_MINUTES);
    java.nio.file.Path file = dir.resolve(".out.lock");
    assertThat(Files.readString(file)).as("lock names its holder")
        .contains("run_id=first", "pid=" + ProcessHandle.current().pid(), "host=" + LockHolder.hostName());

    assertThatThrownBy(() -> RunLock.acquire(fs, out(dir), "second", THIRTY_MINUTES))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("run first on host")
        .hasMessageContaining(".out.lock")
        .extracting(e -> ((PipelineException) e).exitCode())
        .as("a locked OUTPUT is exit 1")
        .isEqualTo(1);
    assertThat(RunLock.tryAcquire(fs, out(dir), "second", THIRTY_MINUTES)).as("still held").isEmpty();

    first.close();
    assertThat(file).as("released").doesNotExist();
    try (RunLock second = RunLock.acquire(fs, out(dir), "second", THIRTY_MINUTES)) {
      assertThat(Files.readString(file)).contains("run_id=second");
    }
    assertThat(dir.toFile().list()).as("nothing left beside OUTPUT").isEmpty();
  }

  @Test
  void lockNotRenewedForLongerThanTheStaleAgeIsBroken(@TempDir java.nio.file.Path dir) throws IOException {
    Instant now = Instant.now();
    writeForeignLock(dir, elsewhere(now.minusSeconds(7200)), now.minus(Duration.ofMinutes(31)));
    try (RunLock lock = RunLock.acquire(fs, out(dir), "mine", THIRTY_MINUTES)) {
      assertThat(Files.readString(dir.resolve(".out.lock"))).as("31 minutes > 30: broken and retaken").contains("run_id=mine");
    }
  }

  @Test
  void lockOfAnotherHostRenewedRecentlyIsHeldHoweverOldTheRun(@TempDir java.nio.file.Path dir) throws IOException {
    Instant now = Instant.now();
    // Started two hours ago but renewed 29 minutes ago: a long run that is alive.
    writeForeignLock(dir, elsewhere(now.minusSeconds(7200)), now.minus(Duration.ofMinutes(29)));
    assertThat(RunLock.tryAcquire(fs, out(dir), "mine", THIRTY_MINUTES)).isEmpty();
    assertThat(Files.readString(dir.resolve(".out.lock"))).as("left as it was").contains("run_id=other-run");
  }

  @Test
  void freshLockOfADeadProcessOnThisHostIsBroken(@TempDir java.nio.file.Path dir) throws Exception {
    Process p = new ProcessBuilder("true").start();
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    LockHolder dead = new LockHolder("t-dead", "crashed", LockHolder.hostName(),
        LockHolder.linuxId(java.nio.file.Path.of("/proc/sys/kernel/random/boot_id")),
        LockHolder.linuxId(java.nio.file.Path.of("/proc/self/ns/pid")), p.pid(), Instant.now().minusSeconds(5));
    assertThat(dead.provablyDeadHere()).as("an exited process on this host").isTrue();
    writeForeignLock(dir, dead, Instant.now());
    Optional<RunLock> lock = RunLock.tryAcquire(fs, out(dir), "mine", THIRTY_MINUTES);
    assertThat(lock).as("broken although renewed just now").isPresent();
    lock.get().close();
  }

  @Test
  void liveProcessOnThisHostHoldsItsLockButAReusedPidDoesNot(@TempDir java.nio.file.Path dir) throws IOException {
    LockHolder me = LockHolder.current("alive");
    assertThat(me.provablyDeadHere()).as("this JVM is running").isFalse();
    // The same PID, but the lock claims to be older than this process: the PID was reused.
    Instant beforeThisJvm = ProcessHandle.current().info().startInstant().orElseThrow().minusSeconds(60);
    LockHolder reused = new LockHolder("t", "old", me.host(), me.bootId(), me.pidNamespace(), me.pid(), beforeThisJvm);
    assertThat(reused.provablyDeadHere()).as("PID now belongs to a process started after the lock").isTrue();
    LockHolder otherMachine = new LockHolder("t", "x", me.host(), "another-boot", me.pidNamespace(), 999_999_999L, Instant.now());
    assertThat(otherMachine.provablyDeadHere()).as("another boot: nothing can be proven").isFalse();

    writeForeignLock(dir, me, Instant.now());
    assertThat(RunLock.tryAcquire(fs, out(dir), "mine", THIRTY_MINUTES)).as("held by a live process").isEmpty();
  }

  @Test
  void halfWrittenLockIsHeldUntilStale(@TempDir java.nio.file.Path dir) throws IOException {
    java.nio.file.Path file = dir.resolve(".out.lock");
    Files.write(file, new byte[0]);
    assertThat(RunLock.tryAcquire(fs, out(dir), "mine", THIRTY_MINUTES)).as("empty lock, just made").isEmpty();
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minus(Duration.ofHours(1))));
    Optional<RunLock> lock = RunLock.tryAcquire(fs, out(dir), "mine", THIRTY_MINUTES);
    assertThat(lock).as("empty lock, an hour old").isPresent();
    lock.get().close();
  }

  @Test
  void holderRenewsItsLockAndKeepsALockThatIsNoLongerItsOwn(@TempDir java.nio.file.Path dir) throws Exception {
    // Stale after 2 s: renewed every 0.5 s.
    RunLock lock = RunLock.acquire(fs, out(dir), "renewing", Duration.ofSeconds(2));
    java.nio.file.Path file = dir.resolve(".out.lock");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(100)));
    Thread.sleep(1500);
    assertThat(Files.getLastModifiedTime(file).toInstant()).as("renewed within 1.5 s")
        .isAfter(Instant.now().minusSeconds(3));

    // Another run broke it and took it: releasing must not delete that run's lock.
    Files.write(file, elsewhere(Instant.now()).toBytes());
    lock.close();
    assertThat(Files.readString(file)).as("the other run's lock survives").contains("run_id=other-run");
  }
}
