package org.painoutcomes.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.painoutcomes.JvmProperties;

/**
 * Where a cluster test finds what maven-failsafe gives it (pom.xml): the project folder, the
 * Spark runtime built in target/spark-dist, its work folder, and Spark's JVM flags.
 */
final class ClusterItEnvironment {

  static Path project() {
    return Path.of(System.getProperty("painoutcomes.it.projectDir", ".")).toAbsolutePath();
  }

  static Path sparkDist() {
    return Path.of(System.getProperty("painoutcomes.it.sparkDist", "target/spark-dist")).toAbsolutePath();
  }

  /**
   * An empty work folder: target/cluster-it, or target/cluster-it-SUFFIX for another test class,
   * so that each keeps its logs after it ran whatever ran after it.
   */
  static Path freshWorkDir(String suffix) throws IOException {
    Path base = Path.of(System.getProperty("painoutcomes.it.workDir", "target/cluster-it")).toAbsolutePath();
    Path work = suffix.isEmpty() ? base : base.resolveSibling(base.getFileName() + "-" + suffix);
    deleteRecursively(work);
    return Files.createDirectories(work);
  }

  /**
   * The flags of jobs/spark-jvm.properties for the cluster's JVMs (master, worker): those every JVM
   * embedding Spark needs, and those of a short run on a small input, as the tests' other JVMs.
   */
  static List<String> sparkJvmFlags() {
    List<String> flags = new ArrayList<>(JvmProperties.flags(project(), "spark.jvm.flags"));
    flags.addAll(shortRunFlags());
    return flags;
  }

  /** The flags of a short run on a small input (jobs/spark-jvm.properties small.run.jvm.flags). */
  static List<String> shortRunFlags() {
    return JvmProperties.flags(project(), "small.run.jvm.flags");
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private ClusterItEnvironment() {}
}
