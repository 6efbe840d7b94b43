package org.painoutcomes.cli;

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

  public static void main(String[] args) {
    int status = execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Runs the command line and returns its exit status (tests call this). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          PipelineException known = e instanceof PipelineException p ? p : PipelineErrors.outOfMemory(e);
          if (known != null) {
            commandLine.getErr().println("pain-outcomes: " + known.getMessage());
            return known.exitCode();
          }
          LOG.error("The run failed unexpectedly", e);
          commandLine.getErr().println("pain-outcomes: the run failed unexpectedly: " + e);
          return PipelineException.Kind.FAILURE.exitCode();
        });
    return cli.execute(args);
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
