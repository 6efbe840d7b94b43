package org.painoutcomes.generate;

import static org.painoutcomes.generate.RowLayout.*;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.painoutcomes.contract.Source;

/** How an enrollment row goes wrong (SPEC 2.2). */
final class EnrollmentDefects extends SourceDefects {
  EnrollmentDefects(SplittableRandom rng, Supplier<String> phantoms) {
    super(Source.ENROLLMENT, 5, rng, phantoms);
  }

  @Override
  void badOwnFormat(String[] row, int which) {
    int enrolled = day(row[E_ENROLLED]);
    switch (which) {
      case 0 -> row[E_SITE] = bad.oneOf(
          row[E_SITE].replace('_', ' '), row[E_SITE] + "_integrative_health_center", row[E_SITE] + "/annex");
      case 1 -> badIdentifier(row, E_COHORT, "cohort_id");
      case 2 -> row[E_ENROLLED] = bad.date(enrolled);
      case 3 -> row[E_EXIT] = bad.date(enrolled + 60);
      default -> row[E_OPIOID] = bad.notBoolean();
    }
  }

  @Override
  String[] badValue(String[] row) {
    switch (rng.nextInt(4)) {
      case 0 -> row[E_EXIT_REASON] = bad.oneOf("died", "Completed", "dropped_out", "transferred");
      case 1 -> row[E_AGE_BAND] = bad.oneOf("40-49", "65+", "18-24", "45 - 54", "unknown");
      case 2 -> row[E_SEX] = bad.oneOf("Female", "f", "O", "male");
      default -> row[E_CONDITION] = bad.oneOf("Fibromyalgia", "chronic_pain", "low back pain", "arthritis", "LBP");
    }
    return row;
  }

  @Override
  String[] badDateOrder(String[] row, int enrollmentDay) {
    row[E_EXIT] = DateText.of(enrollmentDay - 1 - rng.nextInt(45));
    if (row[E_EXIT_REASON].isEmpty()) {
      row[E_EXIT_REASON] = "withdrew";
    }
    return row;
  }

  @Override
  String[] conflict(String[] row) {
    switch (rng.nextInt(3)) {
      case 0 -> {
        int band = ProgramMix.AGE_BANDS.indexOf(row[E_AGE_BAND]);
        row[E_AGE_BAND] = ProgramMix.AGE_BANDS.get(band == 0 ? 1 : band - 1);
      }
      case 1 -> row[E_SEX] = row[E_SEX].equals("F") ? "M" : "F";
      default -> {
        int c = ProgramMix.CONDITIONS.indexOf(row[E_CONDITION]);
        row[E_CONDITION] = ProgramMix.CONDITIONS.get((c + 1) % ProgramMix.CONDITIONS.size());
      }
    }
    return row;
  }

  @Override
  void respell(String[] raw, String[] row) {
    if (!row[E_OPIOID].isEmpty()) {
      raw[E_OPIOID] = bad.respellBoolean(row[E_OPIOID]);
    } else {
      raw[E_SEX] = CsvText.quote(row[E_SEX]);
    }
  }

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }
}
