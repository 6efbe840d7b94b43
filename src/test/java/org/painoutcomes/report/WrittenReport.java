package org.painoutcomes.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** A report written to a folder, read back for assertions: the page's cells and the CSV records. */
final class WrittenReport {
  private static final Pattern CELL = Pattern.compile("<td class=\"([^\"]*)\"[^>]*>(.*?)</td>", Pattern.DOTALL);
  private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);

  final Path dir;
  final String html;

  private WrittenReport(Path dir, String html) {
    this.dir = dir;
    this.html = html;
  }

  static WrittenReport write(ReportData data, Path dir) throws IOException {
    ReportWriter.write(data, dir);
    return new WrittenReport(dir, Files.readString(dir.resolve(ReportWriter.INDEX), StandardCharsets.UTF_8));
  }

  /** Every table cell: its class attribute and its text. */
  List<Map.Entry<String, String>> cells() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    Matcher m = CELL.matcher(html);
    while (m.find()) {
      out.add(Map.entry(m.group(1), m.group(2)));
    }
    return out;
  }

  /** The inner markup of every table row whose row header is exactly {@code label} (escaped). */
  List<String> rowsHeaded(String escapedLabel) {
    List<String> out = new ArrayList<>();
    Matcher m = ROW.matcher(html);
    while (m.find()) {
      if (m.group(1).startsWith("<th scope=\"row\">" + escapedLabel + "</th>")) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** The SVG charts of the page, as markup. */
  List<String> svgs() {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL).matcher(html);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  List<CSVRecord> csv(String file) throws IOException {
    try (Reader r = Files.newBufferedReader(dir.resolve(file), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
    }
  }
}
