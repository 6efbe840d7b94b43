package org.painoutcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Small helpers that write test inputs and read results back. */
public final class TestInputs {

  /** Copies a test resource folder (classpath path) into a new folder under dir. */
  public static Path copyResource(String resourceFolder, Path dir) {
    try {
      Path source = Path.of(TestInputs.class.getResource("/" + resourceFolder).toURI());
      return copyTree(source, dir.resolve(Path.of(resourceFolder).getFileName().toString()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder, byte for byte, to target (created; nothing of that name may exist in it). */
  public static Path copyTree(Path source, Path target) {
    try (Stream<Path> files = Files.walk(source)) {
      Files.createDirectories(target);
      for (Path p : files.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a file (parents created) and returns it. */
  public static Path write(Path file, byte[] content) {
    try {
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path write(Path file, String content) {
    return write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** A minimal valid input: one participant who attended and reported PEG twice. */
  public static Path minimalInput(Path dir) {
    write(dir.resolve("enrollment.csv"),
        "participant_id,site,enrollment_date,age_band,sex,primary_condition\nP1,S1,2025-01-01,45-54,F,migraine\n");
    write(dir.resolve("attendance.csv"),
        "participant_id,session_id,session_date,modality,attended\nP1,X1,2025-01-02,yoga,true\n");
    write(dir.resolve("outcomes.csv"),
        "participant_id,assessment_date,instrument,item,value\nP1,2025-01-02,NRS,NRS_PAIN,6\n");
    return dir;
  }

  /** The rows as "a|b|c" strings, in the Dataset's order. */
  /** A Parquet table's schema, then its rows as text, sorted: row order is not part of a table. */
  public static List<String> sortedRows(SparkSession spark, String table) {
    Dataset<Row> rows = spark.read().parquet(table);
    List<String> lines = new ArrayList<>(lines(rows));
    java.util.Collections.sort(lines);
    lines.add(0, rows.schema().simpleString());
    return lines;
  }

  public static List<String> lines(Dataset<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows.collectAsList()) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < r.length(); i++) {
        b.append(i == 0 ? "" : "|").append(r.isNullAt(i) ? "null" : r.get(i).toString());
      }
      out.add(b.toString());
    }
    return out;
  }

  /** Every file under dir with its bytes, for byte-for-byte comparisons of an output tree. */
  public static java.util.Map<String, String> snapshot(Path dir) {
    java.util.Map<String, String> m = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          m.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(
              java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
        }
      }
    } catch (IOException | java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  private TestInputs() {}
}
