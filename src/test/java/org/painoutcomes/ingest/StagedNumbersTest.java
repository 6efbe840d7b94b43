package org.painoutcomes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.InternalRow;
import org.junit.jupiter.api.Test;
import org.painoutcomes.config.ConfigLoader;
import org.painoutcomes.contract.Source;
import org.painoutcomes.ingest.csv.CsvRecord;

/**
 * A staged number's double and exact text, whether the reader takes the plain-digits path (no
 * BigDecimal) or the decimal's: SPEC 2.5 compares the typed values, so 7, 07, 7.0 and +7 are one
 * value.
 */
class StagedNumbersTest {
  private static final List<String> HEADER = List.of("participant_id", "assessment_date", "instrument", "item", "value");

  @Test
  void plainDigitsAndDecimalsGiveTheSameDoubleAndCanonicalText() {
    StagedRowBuilder builder = new StagedRowBuilder(RuleCatalogue.forSource(Source.OUTCOMES, ConfigLoader.defaultConfig()));
    HeaderLayout layout = HeaderLayout.of(Source.OUTCOMES, "outcomes.csv", HEADER);
    FileSplit split = new FileSplit(new InputFile("/in/outcomes.csv", "outcomes.csv", 0, 1000, 0), layout, 0, 0, Long.MAX_VALUE, false);
    int value = StagedSchema.of(Source.OUTCOMES).fieldIndex("value");
    int exact = StagedSchema.of(Source.OUTCOMES).fieldIndex("value" + StagedSchema.EXACT_SUFFIX);

    Map<String, String> got = new LinkedHashMap<>();
    for (String text : List.of("0", "7", "10", "07", "00", "7.0", "+7", "7.")) {
      CsvRecord record = new CsvRecord(2, List.of("P1", "2025-03-11", "PEG", "PEG_1", text), "raw", CsvRecord.Status.OK);
      InternalRow row = builder.build(split, record, 2, 0, 10);
      assertThat(row.isNullAt(6)).as("no reason for %s", text).isTrue();
      got.put(text, row.getDouble(value) + " " + row.getUTF8String(exact));
    }

    assertThat(got)
        .containsExactly(
            Map.entry("0", "0.0 0"), Map.entry("7", "7.0 7"), Map.entry("10", "10.0 10"),
            Map.entry("07", "7.0 7"), Map.entry("00", "0.0 0"), Map.entry("7.0", "7.0 7"),
            Map.entry("+7", "7.0 7"), Map.entry("7.", "7.0 7"));
  }
}
