package org.painoutcomes.ingest;

import java.io.FilterInputStream;
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

  /** The file's bytes as stored, counted; the digest, if given, sees every byte read. */
  static Counted openStored(InputFile file, Configuration conf, MessageDigest digest) throws IOException {
    Path p = new Path(file.path());
    InputStream in = p.getFileSystem(conf).open(p);
    return new Counted(digest == null ? in : new DigestInputStream(in, digest));
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

  /** A stream that counts the bytes read through it (to tell that a file changed while read). */
  static final class Counted extends FilterInputStream {
    private long count;

    Counted(InputStream in) {
      super(in);
    }

    /** The bytes read (or skipped) so far. */
    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = in.skip(n);
      count += skipped;
      return skipped;
    }
  }

  private InputStreams() {}
}
