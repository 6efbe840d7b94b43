package org.painoutcomes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * jobs/spark-jvm.properties, which Surefire's and Failsafe's argLine, jobs/run-local, jobs/submit
 * and jobs/bench read: {@code spark.jvm.flags} (every JVM that embeds Spark), {@code
 * small.run.jvm.flags} (a short run on a small input) and {@code small.input.bytes}.
 */
public final class JvmProperties {

  /** A property of the file in the given project folder; fails naming it when it is missing. */
  public static String get(Path project, String key) {
    Path file = project.resolve("jobs/spark-jvm.properties");
    Properties p = new Properties();
    try (var in = Files.newBufferedReader(file)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("tests run from the project folder, which holds jobs/", e);
    }
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(file + " has no " + key);
    }
    return value.trim();
  }

  /** The flags of a property of the file in the project folder, split at white space. */
  public static List<String> flags(Path project, String key) {
    return Arrays.asList(get(project, key).split("\\s+"));
  }

  /** The flags of a property, the tests running in the project folder. */
  public static List<String> flags(String key) {
    return flags(Path.of(""), key);
  }

  private JvmProperties() {}
}
