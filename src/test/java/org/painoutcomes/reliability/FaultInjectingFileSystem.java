package org.painoutcomes.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.CreateFlag;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.apache.hadoop.util.Progressable;
import org.apache.spark.sql.SparkSession;

/**
 * The local file system under the scheme {@code faulty://}, with one fault armed at a time: an
 * input file that vanishes or shrinks between the driver reading its header and a task reading its
 * rows, a publish rename that fails, or a disk that fills up while a table is written. It makes faults that happen "mid-run" deterministic
 * without any hook in production code: the pipeline reaches it only through Hadoop's file system
 * lookup ({@code fs.faulty.impl}), exactly as it would reach HDFS or S3. Test-only; the armed
 * fault is static, so it works in local mode, where tasks run in the test JVM.
 */
public final class FaultInjectingFileSystem extends RawLocalFileSystem {
  static final String SCHEME = "faulty";

  /** The faults; each applies to files (or folders) whose name is {@link #target}. */
  enum Fault {
    NONE,
    /** The file is deleted just before its first open (after the source was located). */
    VANISH_BEFORE_FIRST_OPEN,
    /** The file is deleted just before its second open (the driver read its header, a task reads it). */
    VANISH_BEFORE_SECOND_OPEN,
    /** The file is cut to half its size just before its second open. */
    SHRINK_BEFORE_SECOND_OPEN,
    /** A rename whose destination is named like target fails (returns false). */
    FAIL_RENAME_TO,
    /** A rename whose source is named like target fails (returns false). */
    FAIL_RENAME_FROM,
    /** Creating a file in a folder named like target (at any depth) fails, as on a full disk. */
    FAIL_CREATE_UNDER
  }

  private static volatile Fault fault = Fault.NONE;
  private static volatile String target = "";
  private static final Map<String, Integer> OPENS = new ConcurrentHashMap<>();

  /** Registers the scheme with the session's Hadoop configuration (read by the driver and, through the broadcast, by tasks). */
  static void register(SparkSession spark) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    conf.set("fs." + SCHEME + ".impl", FaultInjectingFileSystem.class.getName());
    conf.setBoolean("fs." + SCHEME + ".impl.disable.cache", true);
  }

  /**
   * Arms a fault for file or folder names that start with {@code namePrefix} (a staging folder's
   * name holds a run id, so a prefix is what a test knows).
   */
  static void arm(Fault f, String namePrefix) {
    OPENS.clear();
    target = namePrefix;
    fault = f;
  }

  static void disarm() {
    arm(Fault.NONE, "");
  }

  /** The URI of a local path under this scheme, written as Hadoop prints it ({@code faulty:/tmp/x}). */
  static String uri(java.nio.file.Path local) {
    return SCHEME + ":" + local.toAbsolutePath();
  }

  @Override
  public URI getUri() {
    return URI.create(SCHEME + ":///");
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FSDataInputStream open(Path f, int bufferSize) throws IOException {
    if (matches(f)) {
      int n = OPENS.merge(f.getName(), 1, Integer::sum);
      java.nio.file.Path local = pathToFile(f).toPath();
      if ((fault == Fault.VANISH_BEFORE_FIRST_OPEN && n == 1) || (fault == Fault.VANISH_BEFORE_SECOND_OPEN && n == 2)) {
        Files.deleteIfExists(local);
      } else if (fault == Fault.SHRINK_BEFORE_SECOND_OPEN && n == 2) {
        try (RandomAccessFile file = new RandomAccessFile(local.toFile(), "rw")) {
          file.setLength(file.length() / 2);
        }
      }
    }
    return super.open(f, bufferSize);
  }

  @Override
  public boolean rename(Path src, Path dst) throws IOException {
    if ((fault == Fault.FAIL_RENAME_TO && matches(dst)) || (fault == Fault.FAIL_RENAME_FROM && matches(src))) {
      return false;
    }
    return super.rename(src, dst);
  }

  @Override
  public FSDataOutputStream create(
      Path f, boolean overwrite, int bufferSize, short replication, long blockSize, Progressable progress)
      throws IOException {
    checkCreate(f);
    return super.create(f, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream create(
      Path f, FsPermission permission, boolean overwrite, int bufferSize, short replication, long blockSize,
      Progressable progress) throws IOException {
    checkCreate(f);
    return super.create(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream createNonRecursive(
      Path f, FsPermission permission, EnumSet<CreateFlag> flags, int bufferSize, short replication, long blockSize,
      Progressable progress) throws IOException {
    checkCreate(f);
    return super.createNonRecursive(f, permission, flags, bufferSize, replication, blockSize, progress);
  }

  @Override
  public FSDataOutputStream createNonRecursive(
      Path f, FsPermission permission, boolean overwrite, int bufferSize, short replication, long blockSize,
      Progressable progress) throws IOException {
    checkCreate(f);
    return super.createNonRecursive(f, permission, overwrite, bufferSize, replication, blockSize, progress);
  }

  private static void checkCreate(Path f) throws IOException {
    if (fault != Fault.FAIL_CREATE_UNDER) {
      return;
    }
    for (Path p = f.getParent(); p != null; p = p.getParent()) {
      if (p.getName().startsWith(target)) {
        throw new IOException("No space left on device (injected)");
      }
    }
  }

  private static boolean matches(Path p) {
    return fault != Fault.NONE && p.getName().startsWith(target);
  }
}
