package org.painoutcomes.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;

/**
 * Hadoop's local file system ({@code file://}), except that it sets a file's or a folder's
 * permissions through java.nio. Without Hadoop's native library (which no Maven artifact ships),
 * {@link RawLocalFileSystem} starts a {@code chmod} process for every file and folder it creates:
 * about a hundred processes for one run's output, a large share of a small run's time
 * (docs/PERFORMANCE.md, change 27). The permissions set are the same; a mode that java.nio cannot
 * express (setuid, setgid, sticky) still goes to {@code chmod}, as does a file system without
 * POSIX permissions. {@code config.SparkDefaults} names it for a local master.
 */
public class NioLocalFileSystem extends LocalFileSystem {

  public NioLocalFileSystem() {
    super(new Raw());
  }

  /** The raw (checksum-less) file system under it, where every permission is set. */
  public static class Raw extends RawLocalFileSystem {
    /** Owner, group and others' read, write and execute, in the bit order of a mode (lowest first). */
    private static final PosixFilePermission[] BITS = {
      PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
      PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
      PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ
    };

    @Override
    public void setPermission(Path p, FsPermission permission) throws IOException {
      Set<PosixFilePermission> posix = posix(permission.toShort());
      if (posix == null) {
        super.setPermission(p, permission);
        return;
      }
      try {
        Files.setPosixFilePermissions(pathToFile(p).toPath(), posix);
      } catch (UnsupportedOperationException notPosix) {
        super.setPermission(p, permission);
      }
    }

    /** The mode's nine permission bits, or null for a mode with any other bit set. */
    static Set<PosixFilePermission> posix(int mode) {
      if ((mode & ~0777) != 0) {
        return null;
      }
      Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
      for (int bit = 0; bit < BITS.length; bit++) {
        if ((mode & (1 << bit)) != 0) {
          set.add(BITS[bit]);
        }
      }
      return set;
    }
  }
}
