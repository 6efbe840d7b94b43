package org.painoutcomes.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;

/**
 * Produces a folder with code that writes local files (the report), then places it in the run's
 * staging folder on any Hadoop file system (local, HDFS, S3).
 */
public final class LocalFolderUpload {

  /** Runs {@code writer} on a fresh local temporary folder and copies the result to {@code target}. */
  public static void write(FileSystem fs, org.apache.hadoop.fs.Path target, IoWriter writer) throws IOException {
    Path local = Files.createTempDirectory("pain-outcomes-report-");
    try {
      writer.write(local);
      fs.copyFromLocalFile(false, true, new org.apache.hadoop.fs.Path(local.toUri()), target);
    } finally {
      try (Stream<Path> files = Files.walk(local)) {
        files.sorted(Comparator.reverseOrder()).forEach(quietly(Files::deleteIfExists));
      }
    }
  }

  /** Writes files into a local folder. */
  @FunctionalInterface
  public interface IoWriter {
    void write(Path folder) throws IOException;
  }

  private interface IoAction {
    boolean apply(Path p) throws IOException;
  }

  private static Consumer<Path> quietly(IoAction action) {
    return p -> {
      try {
        action.apply(p);
      } catch (IOException e) {
        // a temporary file left behind is harmless
      }
    };
  }

  private LocalFolderUpload() {}
}
