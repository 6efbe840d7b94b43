package org.painoutcomes.io;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.painoutcomes.OutputErrors;

/**
 * Publish without a folder rename, for object stores ({@link PublishMode#POINTER}; SPEC 8). OUTPUT
 * is a folder of runs and one pointer:
 *
 * <pre>
 * OUTPUT/current                       one line: the published run's folder, e.g. run-ID-1a2b3c4d
 * OUTPUT/run-ID-1a2b3c4d/              a run's tables, report/ and manifest.json
 * OUTPUT/run-ID-1a2b3c4d/_pain-outcomes-run   written first: marks the folder as a run's own
 * </pre>
 *
 * A run writes a new folder of its own (nothing a reader follows), then replaces {@code current}
 * in a single PUT: an object store shows a reader the whole old object or the whole new one, so
 * readers of {@code OUTPUT/$(cat OUTPUT/current)} see one complete run or the previous one, never
 * a mixture. After the switch, the run deletes the run folders that are neither current nor the
 * one current just before (a reader that resolved the pointer a moment ago may still read it):
 * the superseded runs, and the folders of runs that died. It deletes only folders holding the
 * marker that a run writes first, so nothing it did not write.
 */
public final class PointerPublisher implements Publisher {
  private static final Logger LOG = LoggerFactory.getLogger(PointerPublisher.class);
  public static final String POINTER = "current";
  static final String RUN_PREFIX = "run-";
  static final String MARKER = "_pain-outcomes-run";

  private final FileSystem fs;
  private final Path output;
  private final String runId;
  private final String folderName;
  private final Path staging;

  public PointerPublisher(FileSystem fs, Path output, String runId) {
    this.fs = fs;
    this.output = output;
    this.runId = runId;
    // Run ids may repeat (--run-id); the random part keeps a new run out of any earlier folder.
    this.folderName = RUN_PREFIX + runId + "-" + UUID.randomUUID().toString().substring(0, 8);
    this.staging = new Path(output, folderName);
  }

  @Override
  public PublishMode mode() {
    return PublishMode.POINTER;
  }

  @Override
  public Path staging() {
    return staging;
  }

  /** This run's folder; readers reach it through {@code OUTPUT/current} once published. */
  @Override
  public Path publishedFolder() {
    return staging;
  }

  /** The name of this run's folder inside OUTPUT. */
  public String folderName() {
    return folderName;
  }

  public Path pointer() {
    return new Path(output, POINTER);
  }

  /** Creates this run's folder and its marker; the folders of interrupted runs go after the next publish. */
  @Override
  public void prepare() {
    try {
      if (fs.exists(staging)) {
        throw new IOException(staging + " exists already");
      }
      fs.mkdirs(staging);
      try (OutputStream out = fs.create(new Path(staging, MARKER), false)) {
        out.write(("run_id=" + runId + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toString(), e);
    }
  }

  /** Points {@code current} at this run's complete folder in one write, then removes what is superseded. */
  @Override
  public void publish() {
    Optional<String> previous;
    try {
      previous = published(fs, output);
      try (OutputStream out = fs.create(pointer(), true)) {
        out.write((folderName + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toString(), e);
    }
    Set<String> keep = new HashSet<>();
    keep.add(folderName);
    previous.ifPresent(keep::add);
    removeRunFoldersExcept(keep);
  }

  @Override
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("Could not remove the unpublished run folder {}; a later run removes it", staging);
    }
  }

  /** The run folder {@code OUTPUT/current} names, or empty when output was never published this way. */
  public static Optional<String> published(FileSystem fs, Path output) throws IOException {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(new Path(output, POINTER)), StandardCharsets.UTF_8))) {
      String line = in.readLine();
      String name = line == null ? "" : line.trim();
      // Only a name this class writes: a pointer never leads a reader or a clean-up out of OUTPUT.
      if (!name.startsWith(RUN_PREFIX) || name.contains("/")) {
        throw new IOException(new Path(output, POINTER) + " does not name a run folder");
      }
      return Optional.of(name);
    } catch (FileNotFoundException e) {
      return Optional.empty();
    }
  }

  /** Deletes the run folders (marked as ours) not named in keep; never fails the published run. */
  private void removeRunFoldersExcept(Set<String> keep) {
    try {
      for (FileStatus st : fs.listStatus(output)) {
        String name = st.getPath().getName();
        if (st.isDirectory() && name.startsWith(RUN_PREFIX) && !keep.contains(name)
            && fs.exists(new Path(st.getPath(), MARKER))) {
          fs.delete(st.getPath(), true);
        }
      }
    } catch (IOException e) {
      LOG.warn("Could not remove superseded run folders under {} ({}); the next run removes them", output, e.toString());
    }
  }
}
