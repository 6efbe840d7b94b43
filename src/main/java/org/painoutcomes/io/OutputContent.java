package org.painoutcomes.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.painoutcomes.OutputErrors;

/**
 * What an existing folder holds, as {@link OutputGuard} judges it before a run or a generation
 * replaces it: nothing, an earlier output of the same command (its manifest.json names this tool,
 * the command and status succeeded), or something else, said in words of {@link OutputErrors}.
 */
final class OutputContent {

  /**
   * What makes a folder not replaceable by {@code command}, or null when it is empty or holds an
   * earlier output of that command.
   */
  static String foreign(FileSystem fs, Path dir, String command) throws IOException {
    FileStatus[] entries = fs.listStatus(dir);
    if (entries.length == 0) {
      return null;
    }
    Path manifest = new Path(dir, Manifest.FILE_NAME);
    if (OutputGuard.COMMAND_RUN.equals(command) && !fs.exists(manifest)) {
      // An OUTPUT published by pointer (object stores): its manifest is in the run folder that
      // OUTPUT/current names, and a pointer publish only ever deletes its own marked run folders.
      Optional<String> published = pointerTarget(fs, dir);
      if (published.isPresent()) {
        manifest = new Path(new Path(dir, published.get()), Manifest.FILE_NAME);
      }
    }
    if (!fs.exists(manifest)) {
      List<String> names = new ArrayList<>();
      for (FileStatus e : entries) {
        names.add(e.getPath().getName());
      }
      return OutputErrors.noManifest(names, command);
    }
    JsonNode m;
    // Read past a local checksum file: a manifest edited by hand is still judged by its content.
    FileSystem raw = fs instanceof ChecksumFileSystem c ? c.getRawFileSystem() : fs;
    try (InputStream in = raw.open(manifest)) {
      m = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      return OutputErrors.manifestNotJson();
    }
    if (m == null || !m.isObject() || !writtenBy(m, command)) {
      return OutputErrors.manifestNotWrittenBy(command);
    }
    String status = m.path("status").asText("");
    if (!Manifest.STATUS_SUCCEEDED.equals(status)) {
      return OutputErrors.manifestNotSucceeded(command, status);
    }
    return null;
  }

  private static Optional<String> pointerTarget(FileSystem fs, Path dir) {
    try {
      return PointerPublisher.published(fs, dir);
    } catch (IOException e) { // a pointer we did not write: judged as any other content
      return Optional.empty();
    }
  }

  /**
   * Whether a manifest names this tool and command. A run's manifest written before the tool was
   * named in it is known by what every run's manifest holds: run id, application version, tables.
   */
  private static boolean writtenBy(JsonNode m, String command) {
    if (m.has("tool")) {
      return OutputGuard.TOOL.equals(m.path("tool").asText()) && command.equals(m.path("command").asText());
    }
    return OutputGuard.COMMAND_RUN.equals(command)
        && m.path("run_id").isTextual()
        && m.path("versions").path("application").isTextual()
        && m.path("tables").has("public/outcome_change");
  }

  private OutputContent() {}
}
