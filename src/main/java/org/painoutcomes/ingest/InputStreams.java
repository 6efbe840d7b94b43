package org.painoutcomes.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.GZIPInputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/** Opens an input file through its Hadoop file system, decompressing {@code .gz}. */
final class InputStreams {

  /** The file's bytes as stored; the digest, if given, sees every byte read. */
  static InputStream openStored(InputFile file, Configuration conf, MessageDigest digest) throws IOException {
    Path p = new Path(file.path());
    InputStream in = p.getFileSystem(conf).open(p);
    return digest == null ? in : new DigestInputStream(in, digest);
  }

  /** The file's bytes as stored, in a stream that can seek (for a split of an uncompressed file). */
  static FSDataInputStream openSeekable(InputFile file, Configuration conf) throws IOException {
    Path p = new Path(file.path());
    return p.getFileSystem(conf).open(p);
  }

  /** The content of a stored stream: decompressed for {@code .gz} files. */
  static InputStream content(InputFile file, InputStream stored) throws IOException {
    return file.gzipped() ? new GZIPInputStream(stored, 1 << 16) : stored;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private InputStreams() {}
}
