package org.painoutcomes;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A task could not read an input file to its end: the read failed (a truncated or corrupt gzip
 * stream, the file removed after it was located) or the file changed size while the run read it.
 * Spark hands a task's exception to the driver as the cause of its own job failure; this type
 * carries the file's name across, so that the driver can report the run's error as a {@code
 * PipelineException} (exit 1) naming the file ({@code PipelineErrors.translate}), instead of a
 * Spark stack trace.
 */
public final class InputReadFailure extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  private final String file;

  /** @param file the file's name relative to the input location, as in rejects */
  public InputReadFailure(String file, IOException cause) {
    super("cannot read " + file + ": " + cause.getMessage(), cause);
    this.file = file;
  }

  public String file() {
    return file;
  }
}
