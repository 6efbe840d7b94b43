package org.painoutcomes.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same permissions as Hadoop's own local file system sets with its chmod processes. */
class NioLocalFileSystemTest {
  private static final List<String> PATHS =
      List.of("plain", "dir", "dir/inner", "dir/inner/file", "exact", "private", "changed", ".plain.crc");

  @Test
  void everyFileAndFolderGetsTheModeHadoopsChmodGives(@TempDir java.nio.file.Path dir) throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.permissions.umask-mode", "022");
    Map<String, String> hadoops;
    try (FileSystem fs = new LocalFileSystem()) {
      hadoops = writeAndList(fs, conf, dir.resolve("hadoop"));
    }
    Map<String, String> ours;
    try (FileSystem fs = new NioLocalFileSystem()) {
      ours = writeAndList(fs, conf, dir.resolve("nio"));
    }
    assertThat(ours).isEqualTo(hadoops);
    // Worked out from the modes (umask 022): files 0644, folders 0755, then what each call asked for.
    assertThat(ours)
        .containsEntry("plain", "rw-r--r--")
        .containsEntry(".plain.crc", "rw-r--r--")
        .containsEntry("dir", "rwxr-xr-x")
        .containsEntry("dir/inner", "rwxr-x---")
        .containsEntry("dir/inner/file", "rw-r--r--")
        .containsEntry("exact", "rw-r-----")
        .containsEntry("private", "rwx------")
        .containsEntry("changed", "r-----r--");
  }

  @Test
  void aModeJavaNioCannotSetStillGoesToChmod(@TempDir java.nio.file.Path dir) throws Exception {
    try (FileSystem fs = new NioLocalFileSystem()) {
      fs.initialize(java.net.URI.create("file:///"), new Configuration(false));
      Path sticky = new Path(dir.resolve("shared").toUri());
      fs.mkdirs(sticky);
      fs.setPermission(sticky, new FsPermission((short) 01777));
      assertThat(fs.getFileStatus(sticky).getPermission().getStickyBit()).isTrue();
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("shared")))).isEqualTo("rwxrwxrwx");
    }
  }

  @Test
  void onlyTheNinePermissionBitsAreJavaNios() {
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.Raw.posix(0754))).isEqualTo("rwxr-xr--");
    assertThat(PosixFilePermissions.toString(NioLocalFileSystem.Raw.posix(0))).isEqualTo("---------");
    assertThat(NioLocalFileSystem.Raw.posix(04755)).isNull();
    assertThat(NioLocalFileSystem.Raw.posix(01777)).isNull();
  }

  /** The same calls a Parquet write and our publisher make, then every path's permissions. */
  private static Map<String, String> writeAndList(FileSystem fs, Configuration conf, java.nio.file.Path root) throws IOException {
    fs.initialize(java.net.URI.create("file:///"), conf);
    Path base = new Path(root.toUri());
    try (FSDataOutputStream out = fs.create(new Path(base, "plain"))) {
      out.write(1);
    }
    fs.mkdirs(new Path(base, "dir"));
    fs.mkdirs(new Path(base, "dir/inner"), new FsPermission((short) 0750));
    try (FSDataOutputStream out = fs.create(new Path(base, "dir/inner/file"))) {
      out.write(2);
    }
    try (FSDataOutputStream out =
        fs.create(new Path(base, "exact"), new FsPermission((short) 0640), true, 4096, (short) 1, 1 << 20, null)) {
      out.write(3);
    }
    fs.mkdirs(new Path(base, "private"), new FsPermission((short) 0700));
    try (FSDataOutputStream out = fs.create(new Path(base, "changed"))) {
      out.write(4);
    }
    fs.setPermission(new Path(base, "changed"), new FsPermission((short) 0404));
    Map<String, String> modes = new LinkedHashMap<>();
    for (String p : PATHS) {
      modes.put(p, PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(p))));
    }
    return modes;
  }
}
