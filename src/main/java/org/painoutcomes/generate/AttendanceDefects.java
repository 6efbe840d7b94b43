package org.painoutcomes.generate;

import static org.painoutcomes.generate.RowLayout.*;

import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Source;

/** How an attendance row goes wrong (SPEC 2.3). */
final class AttendanceDefects extends SourceDefects {
  /** SPEC 2.3: the most minutes a session may have. */
  private static final int MAX_MINUTES = Source.ATTENDANCE.column("minutes").range().max().intValueExact();

  AttendanceDefects(SplittableRandom rng, Supplier<String> phantoms) {
    super(Source.ATTENDANCE, 4, rng, phantoms);
  }

  @Override
  void badOwnFormat(String[] row, int which) {
    switch (which) {
      case 0 -> badIdentifier(row, A_SESSION, "session_id");
      case 1 -> badDate(row, A_DATE);
      case 2 -> row[A_ATTENDED] = bad.notBoolean();
      default -> row[A_MINUTES] = bad.oneOf("45 min", "1e2", "NaN", "forty", "4 5", "30m", "0x1E", ".");
    }
  }

  @Override
  String[] badValue(String[] row) {
    if (rng.nextInt(3) < 2) {
      row[A_MODALITY] = bad.oneOf("Yoga", "pilates", "reiki", "tai chi", "Acupuncture", "yo\"ga");
    } else {
      // "group\nvisit" is written quoted over two physical lines: still one row.
      row[A_VISIT_TYPE] = bad.oneOf("telehealth", "Group", "virtual", "group\nvisit");
    }
    return row;
  }

  @Override
  String[] outOfRange(String[] row) {
    row[A_MINUTES] = bad.oneOf("481", "600", "1440", "-15", "45.5", "30.25", "+500");
    return row;
  }

  @Override
  String[] badDateOrder(String[] row, int enrollmentDay) {
    row[A_DATE] = DateText.of(enrollmentDay - 1 - rng.nextInt(20));
    return row;
  }

  @Override
  String[] conflict(String[] row) {
    switch (rng.nextInt(3)) {
      case 0 -> {
        String m = row[A_MINUTES];
        int value = m.isEmpty() ? -1 : Integer.parseInt(m);
        row[A_MINUTES] = WholeNumbers.text(value < 0 ? 30 : value + 5 <= MAX_MINUTES ? value + 5 : value - 5);
      }
      case 1 -> {
        int v = Enums.VISIT_TYPES.indexOf(row[A_VISIT_TYPE]);
        row[A_VISIT_TYPE] = Enums.VISIT_TYPES.get((v + 1) % Enums.VISIT_TYPES.size());
      }
      default -> row[A_ATTENDED] = flip(row[A_ATTENDED]);
    }
    return row;
  }

  @Override
  void respell(String[] raw, String[] row) {
    if (rng.nextBoolean() || row[A_MINUTES].isEmpty()) {
      raw[A_ATTENDED] = bad.respellBoolean(row[A_ATTENDED]);
    } else {
      raw[A_MINUTES] = bad.respellNumber(row[A_MINUTES]);
    }
  }

  /** The opposite boolean, in the row's own spelling. */
  private static String flip(String b) {
    return switch (b) {
      case "true" -> "false";
      case "false" -> "true";
      case "Y" -> "N";
      case "N" -> "Y";
      case "1" -> "0";
      default -> "1";
    };
  }
}
