package org.painoutcomes.io;

import java.io.IOException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.painoutcomes.OutputErrors;

/**
 * Publishes a run's OUTPUT all at once or not at all (SPEC 8): the run writes everything into
 * {@link #staging()}, and only {@link #publish()} makes it what readers of OUTPUT see. The
 * implementation follows the file system ({@link PublishMode}).
 */
public interface Publisher {

  /** The publisher for output on fs: renaming where the file system renames folders atomically, else a pointer. */
  static Publisher forOutput(FileSystem fs, Path output, String runId) {
    try {
      return PublishMode.of(fs, output) == PublishMode.RENAME
          ? new OutputPublisher(fs, output, runId)
          : new PointerPublisher(fs, output, runId);
    } catch (IOException e) {
      throw OutputErrors.outputUnwritable(output.toString(), e);
    }
  }

  PublishMode mode();

  /** Where this run writes its tables, report and manifest. */
  Path staging();

  /** Where readers find this run's tables once it is published. */
  Path publishedFolder();

  /** Repairs or removes what an interrupted run left, then creates the staging folder. */
  void prepare();

  /** Makes the complete staging folder the published OUTPUT. */
  void publish();

  /** Removes this run's staging folder after a failure; the published OUTPUT is untouched. */
  void abandon();
}
