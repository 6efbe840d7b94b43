package org.painoutcomes.io;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.apache.hadoop.fs.CommonPathCapabilities;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * How a run publishes its OUTPUT (SPEC 8), chosen by the file system that holds it (see
 * docs/STORAGE.md):
 *
 * <ul>
 *   <li>{@link #RENAME}: the staging folder is renamed to OUTPUT ({@link OutputPublisher}). Only
 *       where renaming a folder is one atomic step: local disks, HDFS, and ABFS on an account with
 *       a hierarchical namespace.
 *   <li>{@link #POINTER}: each run writes a new folder inside OUTPUT and then replaces the small
 *       pointer object {@code OUTPUT/current} in one write ({@link PointerPublisher}). Everywhere
 *       else: on object stores (S3A, GCS, ABFS without a hierarchical namespace) renaming a folder
 *       copies it object by object, and a run that dies during the copy would leave half of it.
 * </ul>
 */
public enum PublishMode {
  RENAME("rename"),
  POINTER("pointer");

  /** Schemes whose folder rename is a single metadata operation (HDFS's NameNode, a POSIX rename). */
  private static final Set<String> ATOMIC_RENAME = Set.of("file", "hdfs", "webhdfs", "swebhdfs", "viewfs");
  private static final Set<String> AZURE_DATA_LAKE = Set.of("abfs", "abfss");

  private final String id;

  PublishMode(String id) {
    this.id = id;
  }

  /** The name the manifest records ("rename" or "pointer"). */
  public String id() {
    return id;
  }

  /** The publish the file system holding output supports; unknown file systems get the pointer. */
  public static PublishMode of(FileSystem fs, Path output) throws IOException {
    String scheme = fs.getUri().getScheme().toLowerCase(Locale.ROOT);
    // A local file system under another scheme (a checksumming or fault-injecting wrapper of the
    // local disk) renames as the local disk does.
    if (ATOMIC_RENAME.contains(scheme) || fs instanceof RawLocalFileSystem || fs instanceof LocalFileSystem) {
      return RENAME;
    }
    // ABFS reports ACL support only on an account with a hierarchical namespace, where a folder
    // rename is one atomic operation; without it ABFS is a blob store like the others.
    if (AZURE_DATA_LAKE.contains(scheme) && fs.hasPathCapability(output, CommonPathCapabilities.FS_ACLS)) {
      return RENAME;
    }
    return POINTER;
  }
}
