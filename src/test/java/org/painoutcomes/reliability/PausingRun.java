package org.painoutcomes.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.Pipeline;
import org.painoutcomes.RunOptions;
import org.painoutcomes.StageLog;
import org.painoutcomes.config.ConfigLoader;

/**
 * A test-only entry point: one pipeline run that stops dead at a named point, so that a test can
 * kill the driver there with SIGKILL. Production code has no hook for this: the run goes through
 * {@link Pipeline}'s {@code afterTableWritten} callback, which names each table once it is in
 * the staging folder, and {@code manifest.json} just before publish.
 *
 * <p>Arguments: INPUT OUTPUT RUN_ID. System properties: {@code painoutcomes.test.pauseAt} (a
 * table name, or {@code manifest.json}) and {@code painoutcomes.test.marker} (a file created when
 * the run reaches that point, after which the run sleeps until it is killed).
 */
public final class PausingRun {
  public static final String PAUSE_AT = "painoutcomes.test.pauseAt";
  public static final String MARKER = "painoutcomes.test.marker";

  public static void main(String[] args) {
    String pauseAt = System.getProperty(PAUSE_AT);
    Path marker = Path.of(System.getProperty(MARKER));
    SparkSession spark = SparkSession.builder().appName("pain-outcomes-pausing-run").getOrCreate();
    new Pipeline(spark, ConfigLoader.defaultConfig(), new StageLog(System.out), table -> {
      if (table.equals(pauseAt)) {
        pause(marker);
      }
    }).run(new RunOptions(args[0], args[1], args[2]));
    // Reached only when pauseAt named no point of the run: the test then fails on a missing marker.
    spark.stop();
  }

  private static void pause(Path marker) {
    try {
      Files.writeString(marker, "paused");
      Thread.sleep(Long.MAX_VALUE);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the marker file", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private PausingRun() {}
}
