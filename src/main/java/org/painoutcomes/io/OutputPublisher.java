package org.painoutcomes.io;

import java.io.IOException;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.painoutcomes.OutputErrors;

/**
 * Atomic publish (SPEC 8): a run writes into a staging folder beside OUTPUT and moves it into
 * place only when every table is written. The previous OUTPUT is first renamed aside, then the
 * staging folder renamed to OUTPUT, then the previous one deleted; a run killed between the two
 * renames is repaired by the next run's {@link #prepare()}. Used only where a folder rename is
 * atomic ({@link PublishMode#RENAME}); object stores get the {@link PointerPublisher}.
 */
public final class OutputPublisher implements Publisher {
  private static final Logger LOG = LoggerFactory.getLogger(OutputPublisher.class);
  private static final String STAGING = ".tmp-";
  private static final String PREVIOUS = ".previous-";

  private final FileSystem fs;
  private final Path output;
  private final Path staging;
  private final Path previous;

  public OutputPublisher(FileSystem fs, Path output, String runId) {
    this.fs = fs;
    this.output = output;
    this.staging = sibling(STAGING + runId);
    this.previous = sibling(PREVIOUS + runId);
  }

  private Path sibling(String suffix) {
    return new Path(output.getParent(), "." + output.getName() + suffix);
  }

  @Override
  public PublishMode mode() {
    return PublishMode.RENAME;
  }

  @Override
  public Path staging() {
    return staging;
  }

  @Override
  public Path publishedFolder() {
    return output;
  }

  /**
   * Repairs what a killed run left: an OUTPUT renamed aside but not replaced is put back, and
   * staging folders of earlier runs are removed. Then creates this run's staging folder.
   */
  @Override
  public void prepare() {
    try {
      fs.mkdirs(output.getParent());
      String prefix = "." + output.getName();
      for (FileStatus st : fs.listStatus(output.getParent())) {
        String name = st.getPath().getName();
        if (name.startsWith(prefix + PREVIOUS)) {
          if (!fs.exists(output)) {
            LOG.warn("Restoring the output {} that an interrupted run had moved aside", output);
            fs.rename(st.getPath(), output);
          } else {
            fs.delete(st.getPath(), true);
          }
        } else if (name.startsWith(prefix + STAGING)) {
          LOG.warn("Removing the staging folder {} of an interrupted run", st.getPath());
          fs.delete(st.getPath(), true);
        }
      }
      if (!fs.mkdirs(staging)) {
        throw new IOException("cannot create " + staging);
      }
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toString(), e);
    }
  }

  /** Moves the complete staging folder into place as OUTPUT. */
  @Override
  public void publish() {
    try {
      boolean hadOutput = fs.exists(output);
      if (hadOutput && !fs.rename(output, previous)) {
        throw new IOException("cannot move the previous output aside");
      }
      if (!fs.rename(staging, output)) {
        if (hadOutput) {
          fs.rename(previous, output);
        }
        throw new IOException("cannot move the staging folder into place");
      }
      if (hadOutput) {
        fs.delete(previous, true);
      }
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toString(), e);
    }
  }

  @Override
  public void abandon() {
    try {
      fs.delete(staging, true);
    } catch (IOException e) {
      LOG.warn("Could not remove the staging folder {}; the next run removes it", staging);
    }
  }
}
