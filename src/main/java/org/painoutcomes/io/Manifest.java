package org.painoutcomes.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.painoutcomes.io.InputFileStats;

/**
 * manifest.json (SPEC 8): the tool and command that wrote it, run id, times, status, effective
 * configuration, inputs (path, bytes, SHA-256, rows, ignored columns), rows per table, versions,
 * and what the run checked and suppressed. Built up as the run goes; written last, just before
 * publish.
 */
public final class Manifest {
  public static final String FILE_NAME = "manifest.json";
  public static final String STATUS_SUCCEEDED = "succeeded";

  private final Map<String, Object> root = new LinkedHashMap<>();
  private final Map<String, Long> tables = new LinkedHashMap<>();
  private String publishedFolder;

  public Manifest(String runId, Instant startedAt, String input, String output) {
    // What tells an earlier output of this tool from a folder it must not replace (OutputGuard).
    root.put("tool", OutputGuard.TOOL);
    root.put("command", OutputGuard.COMMAND_RUN);
    root.put("run_id", runId);
    root.put("status", "running");
    root.put("started_at", startedAt.toString());
    root.put("finished_at", null);
    root.put("input", input);
    root.put("output", output);
  }

  public Manifest configuration(Map<String, String> config) {
    root.put("configuration", new LinkedHashMap<>(config));
    return this;
  }

  public Manifest inputs(List<InputFileStats> files) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (InputFileStats f : files) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", f.source());
      m.put("path", f.path());
      m.put("bytes", f.bytes());
      m.put("modified_at", Instant.ofEpochMilli(f.modifiedMillis()).toString());
      m.put("sha256", f.sha256());
      m.put("rows", f.rows());
      m.put("ignored_columns", f.ignoredColumns());
      list.add(m);
    }
    root.put("inputs", list);
    return this;
  }

  public Manifest table(String name, long rows) {
    tables.put(name, rows);
    return this;
  }

  /**
   * Which publish the run used (docs/STORAGE.md): {@code {"mode": "rename"}}, or for the pointer
   * publish of object stores {@code {"mode": "pointer", "pointer": "current", "folder": "run-..."}},
   * the folder relative to OUTPUT.
   */
  public Manifest publish(Publisher publisher) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mode", publisher.mode().id());
    if (publisher instanceof PointerPublisher pointer) {
      m.put("pointer", PointerPublisher.POINTER);
      m.put("folder", pointer.folderName());
    }
    root.put("publish", m);
    // OUTPUT as it was given, unless the tables are in a run folder inside it.
    publishedFolder = publisher instanceof PointerPublisher ? publisher.publishedFolder().toString() : (String) root.get("output");
    return this;
  }

  /** Where the run's tables are read once published: OUTPUT itself, or its run folder on an object store. */
  public String publishedFolder() {
    return publishedFolder;
  }

  /** Any further section (checks, suppression counts, versions). */
  public Manifest put(String key, Object value) {
    root.put(key, value);
    return this;
  }

  public Manifest finish(String status, Instant finishedAt) {
    root.put("status", status);
    root.put("finished_at", finishedAt.toString());
    return this;
  }

  public Map<String, Long> tables() {
    return tables;
  }

  public String toJson() {
    Map<String, Object> out = new LinkedHashMap<>(root);
    out.put("tables", tables);
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out);
    } catch (IOException e) {
      throw new IllegalStateException("the manifest holds only plain values", e);
    }
  }

  public void write(FileSystem fs, Path file) throws IOException {
    try (OutputStream out = fs.create(file, true)) {
      out.write(toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
  }
}
