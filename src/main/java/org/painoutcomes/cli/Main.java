package org.painoutcomes.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.PipelineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line entry point, for {@code spark-submit --class org.painoutcomes.cli.Main} and the
 * local launcher. Exit status: 0 success, 2 usage or configuration error, 65 the inputs break the
 * contract, 1 anything else. On success it returns normally and never calls System.exit(0): in
 * cluster mode that would mark the application failed.
 */
@Command(
    name = "pain-outcomes",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Outcomes pipeline of an integrative chronic-pain program.",
    subcommands = {RunCommand.class, GenerateCommand.class})
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  /** Counted down when the command in progress has ended; a JVM shutting down waits a little for it. */
  private static volatile CountDownLatch inProgress = new CountDownLatch(0);

  /** Set when the JVM begins to shut down: a TERM, INT or HUP from a scheduler, say. */
  private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

  static {
    // Spark's own shutdown hook stops the SparkContext, and the run's job then fails with
    // whatever that leaves behind (a NullPointerException, say): the run should say it was
    // stopped, and it gets a few seconds to say so before the JVM exits.
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  SHUTTING_DOWN.set(true);
                  quietConsole();
                  try {
                    inProgress.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "pain-outcomes-stopping"));
  }

  public static void main(String[] args) {
    int status = execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /**
   * While the JVM shuts down, Spark's threads die under the stopped job and some print their stack
   * traces straight to System.err (a Scala Future's failure, an uncaught exception): from then on
   * System.err goes to the run's log file. The closing message still reaches the console through
   * the writer {@link #execute} bound to it.
   */
  private static void quietConsole() {
    if (inProgress.getCount() == 0 || !Files.isRegularFile(RunLog.file())) {
      return;
    }
    try {
      System.setErr(new PrintStream(new FileOutputStream(RunLog.file().toFile(), true), true, StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the console keeps them: untidy, nothing lost
    }
  }

  /** Runs the command line and returns its exit status (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // Bound now, to the console: System.err may be sent to the log file while the JVM stops.
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine));
    CountDownLatch running = new CountDownLatch(1);
    inProgress = running;
    try {
      return cli.execute(args);
    } finally {
      running.countDown();
    }
  }

  /**
   * Says why the run failed, on stderr, as its last line, and returns its exit status. The
   * console holds no stack trace (logback.xml keeps them in the run's log, {@link RunLog}).
   */
  private static int report(Exception e, CommandLine commandLine) {
    PipelineException error;
    if (SHUTTING_DOWN.get()) {
      LOG.info("The run was stopped while the JVM shut down");
      LOG.debug("What the stopped run failed with", e);
      error = PipelineErrors.stoppedByShutdown(e);
    } else {
      error = PipelineErrors.translate(e, null);
      if (error == null) {
        LOG.error("The run failed unexpectedly", e);
        error = PipelineErrors.unexpected(e);
      }
    }
    // Usage and contract errors say all there is; a failure's causes are in Spark's log.
    String log = error.kind() == PipelineException.Kind.FAILURE ? RunLog.pointer() : "";
    commandLine.getErr().println("pain-outcomes: " + error.getMessage() + log);
    return error.exitCode();
  }

  /** The application version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"pain-outcomes " + (v == null ? "dev" : v)};
    }
  }
}
