package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * The ledger of planted rejects, checked against {@link ReferenceRejectCounter}: an independent
 * reading of SPEC 2.1 and 2.5 written for this test, not the generator's own bookkeeping.
 */
class PlantedDefectsTest {

  @TempDir Path dir;

  @Test
  void ledgerMatchesAnIndependentReadingOfTheSpec() throws IOException {
    GenerationResult result =
        ExtractGenerator.generate(new GeneratorOptions(1500, 7, dir, 0.02, false));
    ReferenceRejectCounter reference = ReferenceRejectCounter.count(dir, ".csv");
    for (Source s : Source.values()) {
      assertThat(result.ledger().get(s)).as("rejects of %s by code", s.id()).isEqualTo(reference.rejects.get(s));
      assertThat(result.rowsWritten().get(s)).as("rows of %s as a reader counts them", s.id())
          .isEqualTo(reference.rowsRead.get(s));
    }
  }

  @Test
  void ledgerStaysExactWhenDefectsCrowdTogether() throws IOException {
    // At 30% most participants carry several defects, copies sit next to replaced rows, and
    // many enrollments cascade: every interaction the ledger must get right, often.
    GenerationResult result = ExtractGenerator.generate(new GeneratorOptions(300, 13, dir, 0.3, false));
    ReferenceRejectCounter reference = ReferenceRejectCounter.count(dir, ".csv");
    for (Source s : Source.values()) {
      assertThat(result.ledger().get(s)).as("rejects of %s at rate 0.3", s.id()).isEqualTo(reference.rejects.get(s));
      assertThat(result.rejected(s)).as("a large share of %s rejected", s.id())
          .isGreaterThan(result.rowsWritten().get(s) / 5);
    }
  }

  @Test
  void ledgerIsExactForGzipAndTinyRunsToo() throws IOException {
    // 1 and 14 participants cannot hold every minimum instance: the ledger must still be exact.
    for (long participants : new long[] {1, 14, 120}) {
      Path out = dir.resolve("n" + participants);
      GenerationResult result = ExtractGenerator.generate(new GeneratorOptions(participants, 3, out, 0.005, true));
      ReferenceRejectCounter reference = ReferenceRejectCounter.count(out, ".csv.gz");
      for (Source s : Source.values()) {
        assertThat(result.ledger().get(s)).as("rejects of %s, %d participants", s.id(), participants)
            .isEqualTo(reference.rejects.get(s));
      }
    }
  }

  @Test
  void everyApplicableReasonCodeIsPlantedInEverySourceAndNoOther() {
    GenerationResult result = ExtractGenerator.generate(new GeneratorOptions(300, 11, dir, 0.001, false));
    for (Source s : Source.values()) {
      for (ReasonCode code : ReasonCode.values()) {
        // SPEC 2.2 to 2.5: enrollment has no number and is the roster; outcomes have no date rule
        boolean applies =
            !(s == Source.ENROLLMENT
                    && (code == ReasonCode.OUT_OF_RANGE || code == ReasonCode.UNKNOWN_PARTICIPANT))
                && !(s == Source.OUTCOMES && code == ReasonCode.BAD_DATE_ORDER);
        long n = result.planted(s, code);
        if (!applies) {
          assertThat(n).as("%s %s cannot apply", s.id(), code).isZero();
        } else if (code == ReasonCode.MALFORMED) {
          // three kinds drawn (field count, invalid UTF-8, text after a quote) + the unclosed quote
          assertThat(n).as("%s MALFORMED, one of each kind at least", s.id()).isGreaterThanOrEqualTo(4);
        } else {
          // one planted instance rejects 1 row (CONFLICT: 2); enrollment minimum 1, others 2
          long min = s == Source.ENROLLMENT ? 1 : 2;
          assertThat(n).as("%s %s at least the minimum", s.id(), code).isGreaterThanOrEqualTo(min);
        }
      }
    }
  }

  @Test
  void totalsTieRowsReadToAcceptedAndRejected() {
    GenerationResult result = ExtractGenerator.generate(new GeneratorOptions(400, 5, dir, 0.01, false));
    for (Source s : Source.values()) {
      long sum = result.ledger().get(s).values().stream().mapToLong(Long::longValue).sum();
      assertThat(result.rejected(s)).as("rejected is the ledger's total").isEqualTo(sum);
      assertThat(result.accepted(s) + result.rejected(s)).as("SPEC 2.5: read = accepted + rejected")
          .isEqualTo(result.rowsWritten().get(s));
      assertThat(result.rejected(s)).as("some rows of %s are rejected", s.id()).isPositive();
    }
    List<String> lines = result.qualitySummaryLines();
    // header + 3 sources x (rows_read, rows_accepted, rows_rejected + 9 codes)
    assertThat(lines).as("summary lines").hasSize(1 + 3 * 12);
    assertThat(lines).as("read line").contains("attendance,rows_read," + result.rowsWritten().get(Source.ATTENDANCE));
  }

  @Test
  void cleanRunHasNoRejectAndNoOddity() throws IOException {
    GenerationResult result = ExtractGenerator.generate(GeneratorOptions.clean(500, 9, dir));
    ReferenceRejectCounter reference = ReferenceRejectCounter.count(dir, ".csv");
    for (Source s : Source.values()) {
      assertThat(result.rejected(s)).as("ledger of a clean %s", s.id()).isZero();
      assertThat(reference.rejects.get(s).values()).as("reference rejects of a clean %s", s.id())
          .allMatch(n -> n == 0L);
      byte[] bytes = Files.readAllBytes(dir.resolve(s.id() + ".csv"));
      assertThat(bytes[0]).as("no byte order mark in a clean file").isEqualTo((byte) 'p');
      assertThat(new String(bytes, StandardCharsets.US_ASCII)).as("LF only, no quotes")
          .doesNotContain("\r").doesNotContain("\"").doesNotContain("\n\n");
    }
    assertThat(result.rowsWritten().get(Source.ENROLLMENT)).as("one enrollment row each").isEqualTo(500L);
  }

  @Test
  void unclosedQuoteIsTheLastRecordOfEveryFile() throws IOException {
    ExtractGenerator.generate(new GeneratorOptions(60, 2, dir, 0.01, false));
    for (Source s : Source.values()) {
      List<String> lines = Files.readAllLines(dir.resolve(s.id() + ".csv"), StandardCharsets.ISO_8859_1);
      String last = lines.get(lines.size() - 1);
      assertThat(last.chars().filter(c -> c == '"').count()).as("one quote on the last line of %s", s.id())
          .isEqualTo(1L);
      assertThat(last).as("the quote opens the second field").contains(",\"");
    }
  }
}
