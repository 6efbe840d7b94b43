package org.painoutcomes.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.painoutcomes.ingest.csv.CsvReading.bytes;
import static org.painoutcomes.ingest.csv.CsvReading.ok;
import static org.painoutcomes.ingest.csv.CsvReading.readAll;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * SPEC 2.1 on well-formed input. Every expected record is written out by hand from the input
 * text: line = the physical line (counted by LF) where the record starts, raw = its lines without
 * the final line end, fields = the values trimmed and unquoted.
 */
class CsvRecordReaderTest {

  @Test
  void simpleRows() {
    assertThat(readAll("id,site\nP1,north\nP2,south\n"))
        .as("header is line 1, rows follow line by line")
        .containsExactly(
            ok(1, "id,site", "id", "site"),
            ok(2, "P1,north", "P1", "north"),
            ok(3, "P2,south", "P2", "south"));
  }

  @Test
  void emptyInputHasNoRecordAtAll() throws IOException {
    try (CsvRecordReader reader = new CsvRecordReader(new ByteArrayInputStream(new byte[0]))) {
      assertThat(reader.next()).as("first next() on empty input").isNull();
      assertThat(reader.next()).as("and it stays at the end").isNull();
    }
  }

  @Test
  void inputOfOnlyEmptyLinesOrOnlyABomHasNoRecord() {
    assertThat(readAll("\n\r\n\n")).as("empty lines only").isEmpty();
    assertThat(readAll(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).as("BOM only").isEmpty();
  }

  @Test
  void lastLineWithoutLineEnd() {
    assertThat(readAll("a,b\n1,2"))
        .as("the last record ends at the end of input")
        .containsExactly(ok(1, "a,b", "a", "b"), ok(2, "1,2", "1", "2"));
  }

  @Test
  void quotedFieldMayHoldCommas() {
    assertThat(readAll("a,b\n\"x, y\",z\n"))
        .containsExactly(ok(1, "a,b", "a", "b"), ok(2, "\"x, y\",z", "x, y", "z"));
  }

  @Test
  void doubledQuotesStandForOneQuote() {
    assertThat(readAll("\"say \"\"hi\"\"\",\"\"\"\",\"\"\n"))
        .as("\"\"\"\" is one quote, \"\" is the empty value")
        .containsExactly(ok(1, "\"say \"\"hi\"\"\",\"\"\"\",\"\"", "say \"hi\"", "\"", ""));
  }

  @Test
  void multiLineQuotedFieldKeepsItsLineBreaksAndShiftsLaterLineNumbers() {
    String csv = "id,note\nP1,\"first\nsecond\r\nthird\"\nP2,plain\n\nP3,\"x\ny\"\nP4,end\n";
    // lines: 1 header; 2-4 P1 (LF and CRLF inside kept as written); 5 P2; 6 empty; 7-8 P3; 9 P4
    assertThat(readAll(csv))
        .containsExactly(
            ok(1, "id,note", "id", "note"),
            ok(2, "P1,\"first\nsecond\r\nthird\"", "P1", "first\nsecond\r\nthird"),
            ok(5, "P2,plain", "P2", "plain"),
            ok(7, "P3,\"x\ny\"", "P3", "x\ny"),
            ok(9, "P4,end", "P4", "end"));
  }

  @Test
  void crlfAndMixedLineEnds() {
    assertThat(readAll("a,b\r\n1,2\n3,4\r\n5,6"))
        .as("CRLF and LF both end a line; raw drops either")
        .containsExactly(
            ok(1, "a,b", "a", "b"), ok(2, "1,2", "1", "2"), ok(3, "3,4", "3", "4"), ok(4, "5,6", "5", "6"));
  }

  @Test
  void byteOrderMarkAtTheStartIsIgnored() {
    byte[] withBom = bytes("\uFEFFid,site\nP1,north\n");
    assertThat(withBom[0]).as("the BOM is written as EF BB BF").isEqualTo((byte) 0xEF);
    assertThat(readAll(withBom))
        .containsExactly(ok(1, "id,site", "id", "site"), ok(2, "P1,north", "P1", "north"));
  }

  @Test
  void byteOrderMarkLaterInTheInputIsKept() {
    assertThat(readAll("a\n\uFEFFb\n"))
        .as("only a BOM at the very start is dropped; U+FEFF is above U+0020 so trim keeps it")
        .containsExactly(ok(1, "a", "a"), ok(2, "\uFEFFb", "\uFEFFb"));
  }

  @Test
  void emptyLinesAreSkippedButCounted() {
    assertThat(readAll("\na,b\n\n\r\n1,2\n\n"))
        .as("lines 1, 3, 4 (a lone CR of a CRLF) and 6 are empty")
        .containsExactly(ok(2, "a,b", "a", "b"), ok(5, "1,2", "1", "2"));
  }

  @Test
  void lineOfSpacesIsARecordWithOneEmptyValue() {
    assertThat(readAll("a\n  \n,\n"))
        .as("only entirely empty lines are skipped")
        .containsExactly(ok(1, "a", "a"), ok(2, "  ", ""), ok(3, ",", "", ""));
  }

  @Test
  void headerNamesWithSpacesAreTrimmedAtTheEndsOnly() {
    assertThat(readAll(" participant id ,\tsite name\t, \"visit type\" \n"))
        .containsExactly(
            ok(1, " participant id ,\tsite name\t, \"visit type\" ",
                "participant id", "site name", "\"visit type\""));
  }

  @Test
  void unquotedFieldMayHoldQuotes() {
    assertThat(readAll("a,b\n5\" tall,x\"y\"\n"))
        .as("a quote that is not the first character of a field is ordinary")
        .containsExactly(ok(1, "a,b", "a", "b"), ok(2, "5\" tall,x\"y\"", "5\" tall", "x\"y\""));
  }

  @Test
  void quoteAfterALeadingSpaceIsOrdinary() {
    assertThat(readAll("a, \"b,c\"\n"))
        .as("' \"b' does not start with a quote, so the comma inside splits it")
        .containsExactly(ok(1, "a, \"b,c\"", "a", "\"b", "c\""));
  }

  @Test
  void quotedValuesAreTrimmedToo() {
    assertThat(readAll("\"  padded \t\",\"\n\"\n"))
        .as("SPEC 2.1: every value is trimmed, quoted ones included")
        .containsExactly(ok(1, "\"  padded \t\",\"\n\"", "padded", ""));
  }

  @Test
  void spacesAndTabsAfterAClosingQuoteAreAllowed() {
    assertThat(readAll("\"a\"  ,\"b\"\t \r\n\"c\" "))
        .containsExactly(ok(1, "\"a\"  ,\"b\"\t ", "a", "b"), ok(2, "\"c\" ", "c"));
  }

  @Test
  void trailingCommaGivesAnEmptyLastField() {
    assertThat(readAll("a,\nb,\"x\","))
        .containsExactly(ok(1, "a,", "a", ""), ok(2, "b,\"x\",", "b", "x", ""));
  }

  @Test
  void loneCrIsAnOrdinaryCharacter() {
    assertThat(readAll("a\rb,c\r\nd\r"))
        .as("a CR not followed by LF ends no line; trim removes it only at a value's ends")
        .containsExactly(ok(1, "a\rb,c", "a\rb", "c"), ok(2, "d\r", "d"));
  }

  @Test
  void lastLineHoldingOnlyACrIsARecord() {
    assertThat(readAll("a\r\n\r"))
        .as("no LF follows the CR, so it is an ordinary character, not an empty line")
        .containsExactly(ok(1, "a", "a"), ok(2, "\r", ""));
  }

  @Test
  void validNonAsciiTextIsDecoded() {
    assertThat(readAll("name\nJosé,東京,\uD83D\uDE00\n"))
        .containsExactly(
            ok(1, "name", "name"), ok(2, "José,東京,\uD83D\uDE00", "José", "東京", "\uD83D\uDE00"));
  }

  @Test
  void fieldsListIsImmutable() {
    CsvRecord record = readAll("a,b\n").get(0);
    assertThat(record.isOk()).as("parsed record").isTrue();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> record.fields().set(0, "x"))
        .as("callers cannot change a parsed record")
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
