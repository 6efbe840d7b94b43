package org.painoutcomes;

/**
 * An error the user can act on, with the process exit status it maps to. Built only by {@link
 * PipelineErrors}, so that every message says what is wrong, why, and how to fix it.
 */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The exit status classes of the {@code run} command. */
  public enum Kind {
    /** Bad command line or configuration: exit 2. */
    USAGE(2),
    /** The inputs break the data contract: exit 65. */
    CONTRACT(65),
    /** Anything else that stopped the run: exit 1. */
    FAILURE(1);

    private final int exitCode;

    Kind(int exitCode) {
      this.exitCode = exitCode;
    }

    public int exitCode() {
      return exitCode;
    }
  }

  private final Kind kind;

  PipelineException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public int exitCode() {
    return kind.exitCode();
  }
}
