package org.painoutcomes.io;

import org.apache.hadoop.fs.Path;
import org.painoutcomes.OutputErrors;

/**
 * Checks, before Spark starts, that a location can be published as an OUTPUT. A run keeps its
 * staging folder and its lock beside OUTPUT ({@link OutputPublisher}, {@link RunLock}), so OUTPUT
 * must be a folder inside another folder: never a file system's root ({@code /}, {@code
 * file:///}, {@code hdfs://namenode}, {@code /tmp/..}) and never {@code .} or {@code ..}.
 */
public final class OutputLocation {

  /** The location as given, when it can be an OUTPUT; else a usage error (exit 2). */
  public static String check(String location) {
    Path path = parse(location);
    // Hadoop's Path has already normalised the location: "/tmp/.." is "/", "." is "".
    if (path.getParent() == null) {
      boolean currentFolder = !path.isAbsolute() && path.toUri().getScheme() == null;
      throw OutputErrors.outputNotAFolder(location, currentFolder ? "it is the current folder itself" : "it is the root of its file system");
    }
    String name = path.getName();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      throw OutputErrors.outputNotAFolder(location, "it ends in '" + (name.isEmpty() ? "." : name) + "', which names no folder of its own");
    }
    return location;
  }

  /** The location as a Hadoop path; a usage error (exit 2) when it is not a path or URI at all. */
  public static Path parse(String location) {
    try {
      return new Path(location);
    } catch (IllegalArgumentException e) {
      String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage(); // a URISyntaxException's own words
      throw OutputErrors.outputNotAFolder(location, "it is not a path or URI (" + why + ")");
    }
  }

  private OutputLocation() {}
}
