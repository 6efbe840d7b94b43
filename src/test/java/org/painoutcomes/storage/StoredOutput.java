package org.painoutcomes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.SparkSession;
import org.painoutcomes.TestInputs;
import org.painoutcomes.io.Manifest;

/**
 * A published OUTPUT on any Hadoop file system (local, hdfs://, s3a://), read for comparison:
 * every file's SHA-256, the manifest, and every table's schema and rows.
 */
final class StoredOutput {

  /** Every file under dir, relative path to SHA-256, sorted: for byte-for-byte comparisons. */
  static Map<String, String> snapshot(FileSystem fs, Path dir) {
    Map<String, String> m = new TreeMap<>();
    try {
      String root = fs.makeQualified(dir).toUri().getPath();
      RemoteIterator<LocatedFileStatus> files = fs.listFiles(dir, true);
      while (files.hasNext()) {
        Path p = files.next().getPath();
        try (InputStream in = fs.open(p)) {
          String relative = p.toUri().getPath().substring(root.length() + 1);
          m.put(relative, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return m;
  }

  static String read(FileSystem fs, Path file) {
    try (InputStream in = fs.open(file)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode manifest(FileSystem fs, Path published) throws IOException {
    return new ObjectMapper().readTree(read(fs, new Path(published, Manifest.FILE_NAME)));
  }

  /**
   * The run published at {@code actual} equals the reference run at {@code reference}: succeeded,
   * same configuration and rows per table in the manifest, each table's schema and rows (in any
   * order), and the report's CSV files byte for byte.
   */
  static void assertSameAs(SparkSession spark, FileSystem refFs, Path reference, FileSystem fs, Path actual) throws IOException {
    JsonNode expected = manifest(refFs, reference);
    JsonNode got = manifest(fs, actual);
    assertThat(got.path("status").asText()).as("manifest status").isEqualTo(Manifest.STATUS_SUCCEEDED);
    assertThat(got.path("configuration")).as("whole configuration").isEqualTo(expected.path("configuration"));
    assertThat(got.path("tables")).as("rows per table in the manifest").isEqualTo(expected.path("tables"));
    assertThat(expected.path("tables").size()).as("tables published").isGreaterThanOrEqualTo(7);
    for (Iterator<String> tables = expected.path("tables").fieldNames(); tables.hasNext(); ) {
      String table = tables.next();
      assertThat(TestInputs.sortedRows(spark, new Path(actual, table).toString()))
          .as("table %s, schema and rows", table)
          .isEqualTo(TestInputs.sortedRows(spark, new Path(reference, table).toString()));
    }
    Map<String, String> csv = reportCsv(refFs, reference);
    assertThat(csv).as("report CSV files").isNotEmpty();
    assertThat(reportCsv(fs, actual)).as("report CSV files, SHA-256 of each").isEqualTo(csv);
  }

  private static Map<String, String> reportCsv(FileSystem fs, Path published) {
    Map<String, String> csv = snapshot(fs, new Path(published, "report"));
    csv.keySet().removeIf(name -> !name.endsWith(".csv"));
    return csv;
  }

  private StoredOutput() {}
}
