package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code SPEC x.y} the code cites names a section of docs/CONTRACT.md, which is numbered as
 * the contract is. "SPEC 2.2 to 2.4", "SPEC 7.2 and 7.3" and "SPEC 2.1, 2.5" cite each number.
 */
class ContractCitationTest {
  private static final Pattern HEADING = Pattern.compile("^#{2,3} ([0-9]+(?:\\.[0-9]+)?)[. ]", Pattern.MULTILINE);
  private static final Pattern CITATION =
      Pattern.compile("SPEC ([0-9]+(?:\\.[0-9]+)?)((?:(?:,| and| to) [0-9]+(?:\\.[0-9]+)?)*)");
  private static final Pattern NUMBER = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

  static Set<String> sections(String contract) {
    Set<String> s = new TreeSet<>();
    Matcher m = HEADING.matcher(contract);
    while (m.find()) {
      s.add(m.group(1));
    }
    return s;
  }

  static List<String> cited(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
      Matcher more = NUMBER.matcher(m.group(2));
      while (more.find()) {
        out.add(more.group());
      }
    }
    return out;
  }

  @Test
  void theContractIsNumberedAsTheSpec() throws IOException {
    Set<String> sections = sections(Files.readString(Path.of("docs/CONTRACT.md"), StandardCharsets.UTF_8));
    assertThat(sections)
        .containsExactlyInAnyOrder(
            "1", "2", "2.1", "2.2", "2.3", "2.4", "2.5", "3", "4", "5", "6", "7", "7.1", "7.2", "7.3", "7.4", "7.5", "8");
  }

  @Test
  void everyCitationInSrcResolves() throws IOException {
    Set<String> sections = sections(Files.readString(Path.of("docs/CONTRACT.md"), StandardCharsets.UTF_8));
    List<String> unresolved = new ArrayList<>();
    int citations = 0;
    try (Stream<Path> files = Files.walk(Path.of("src"))) {
      for (Path f : files.filter(Files::isRegularFile).filter(ContractCitationTest::isText).toList()) {
        String text = read(f);
        for (String number : cited(text)) {
          citations++;
          if (!sections.contains(number)) {
            unresolved.add(f + ": SPEC " + number);
          }
        }
      }
    }
    assertThat(citations).as("citations found (the scan works)").isGreaterThan(200);
    assertThat(unresolved).as("citations of sections docs/CONTRACT.md does not have").isEmpty();
  }

  @Test
  void theScanReadsRangesAndLists() {
    String absent = "SPEC" + " 9.9"; // written apart, or this file would cite it
    assertThat(cited("// SPEC 2.2 to 2.4; SPEC 7.2 and 7.3 and SPEC 2.1, 2.5; " + absent + " rule 3"))
        .containsExactly("2.2", "2.4", "7.2", "7.3", "2.1", "2.5", "9.9");
    assertThat(sections("## 1. A\n### 2.1 B\n## Changes from version 1\n")).containsExactly("1", "2.1");
  }

  private static boolean isText(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".java") || n.endsWith(".properties") || n.endsWith(".xml") || n.endsWith(".md")
        || n.endsWith(".txt") || n.endsWith(".csv");
  }

  private static String read(Path f) {
    try {
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
