package org.painoutcomes.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.PipelineException;

/**
 * A task could not read an input file to its end: the read failed (a truncated or corrupt gzip
 * stream, the file removed after it was located) or the file changed size while the run read it.
 * Spark hands a task's exception to the driver as the cause of its own job failure; this type
 * carries the file's name across, so that the driver can report the run's error as a {@link
 * PipelineException} (exit 1) naming the file, instead of a Spark stack trace.
 */
public final class InputReadFailure extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /** @param file the file's name relative to the input location, as in rejects */
  InputReadFailure(String file, IOException cause) {
    super("cannot read " + file + ": " + cause.getMessage(), cause);
    this.file = file;
  }

  public String file() {
    return file;
  }

  /**
   * The run's error when {@code failure} or one of its causes is an InputReadFailure (as after a
   * failed Spark job), or null.
   */
  public static PipelineException asRunError(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof InputReadFailure f) {
        return PipelineErrors.inputFileUnreadable(f.file(), f.getCause());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
