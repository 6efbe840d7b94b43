package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;
import org.painoutcomes.contract.Source;

/**
 * {@code generate --monthly} (SPEC 2 folder layout): the same records as one file per source,
 * only spread over one file per month of each row's own date, each file with its header.
 */
class MonthlyLayoutTest {
  @TempDir Path dir;

  @Test
  void monthlyFilesHoldExactlyTheRecordsOfTheSingleFiles() throws IOException {
    Path single = dir.resolve("single");
    Path monthly = dir.resolve("monthly");
    GenerationResult one = ExtractGenerator.generate(new GeneratorOptions(300, 17, single, 0.01, false, false));
    GenerationResult many = ExtractGenerator.generate(new GeneratorOptions(300, 17, monthly, 0.01, true, true));
    assertThat(many.ledger()).as("same planted rejects").isEqualTo(one.ledger());
    assertThat(many.rowsWritten()).as("same rows").isEqualTo(one.rowsWritten());
    for (Source s : Source.values()) {
      String header = String.join(",", s.columnNames());
      List<String> fromMonths = new ArrayList<>();
      long outside = 0;
      List<Path> files = files(monthly.resolve(s.id()));
      assertThat(files).as("%s: more than one month", s.id()).hasSizeGreaterThan(12);
      for (Path f : files) {
        assertThat(f.getFileName().toString()).as("file name").matches("\\d{4}-\\d{2}\\.csv\\.gz");
        List<String> lines = lines(gunzip(f));
        assertThat(lines.get(0)).as("%s starts with the header", f).isEqualTo(header);
        String month = f.getFileName().toString().substring(0, 7);
        int dateColumn = MonthlySink.dateColumn(s);
        // every row lies in its file's month, but a planted one whose date was changed on purpose
        outside += lines.stream().skip(1).map(l -> l.split(",", -1))
            .filter(r -> r.length <= dateColumn || !r[dateColumn].startsWith(month)).count();
        fromMonths.addAll(lines.subList(1, lines.size()));
      }
      assertThat(outside).as("%s rows outside their file's month", s.id()).isLessThanOrEqualTo(many.rejected(s));
      List<String> fromSingle = lines(Files.readAllBytes(single.resolve(s.id() + ".csv")));
      fromSingle = new ArrayList<>(fromSingle.subList(1, fromSingle.size()));
      fromMonths.removeIf(String::isEmpty);
      fromSingle.removeIf(String::isEmpty);
      fromMonths.sort(null);
      fromSingle.sort(null);
      assertThat(fromMonths).as("%s: the same lines, spread over months", s.id()).isEqualTo(fromSingle);
    }
  }

  @Test
  void refusesASourceFolderThatIsNotEmpty() throws IOException {
    Files.createDirectories(dir.resolve("attendance"));
    Files.writeString(dir.resolve("attendance/2020-01.csv"), "old");
    assertThatThrownBy(() -> ExtractGenerator.generate(new GeneratorOptions(20, 1, dir, 0, false, true)))
        .isInstanceOf(PipelineException.class).hasMessageContaining("'attendance'");
    assertThat(Files.readString(dir.resolve("attendance/2020-01.csv"))).as("left as it was").isEqualTo("old");
  }

  private static List<Path> files(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.sorted().toList();
    }
  }

  private static byte[] gunzip(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  /** Lines without their ends and without a leading byte order mark (bytes read as Latin-1, one char each). */
  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3);
    }
    return Arrays.asList(text.split("\r?\n", -1)).subList(0, text.endsWith("\n") ? text.split("\r?\n", -1).length - 1
        : text.split("\r?\n", -1).length);
  }
}
