package org.painoutcomes.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.painoutcomes.TestInputs;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Instrument;

/**
 * A seeded, plausible input location for whole-run tests: participants who enroll, attend group
 * sessions of a few modalities and report every instrument at baseline and at the three
 * follow-ups, with a sprinkling of broken rows (bad dates, unknown participants, duplicates,
 * values out of range). Attendance is a folder of two monthly files and outcomes a gzip file, so
 * a run reads several files in several tasks. Every row is built from the seed alone: the same
 * seed always gives the same bytes.
 */
final class SyntheticExtract {
  static final String ENROLLMENT_HEADER =
      "participant_id,site,cohort_id,enrollment_date,exit_date,exit_reason,age_band,sex,primary_condition,opioid_use_at_baseline,notes";
  static final String ATTENDANCE_HEADER = "participant_id,session_id,session_date,modality,visit_type,attended,minutes";
  static final String OUTCOMES_HEADER = "participant_id,assessment_date,instrument,item,value";
  private static final LocalDate START = LocalDate.of(2025, 1, 6);
  private static final int[] FOLLOW_UP_DAYS = {42, 84, 182};

  private final Random random;
  private final StringBuilder enrollment = new StringBuilder(ENROLLMENT_HEADER).append('\n');
  private final StringBuilder attendanceJan = new StringBuilder(ATTENDANCE_HEADER).append('\n');
  private final StringBuilder attendanceRest = new StringBuilder(ATTENDANCE_HEADER).append('\n');
  private final StringBuilder outcomes = new StringBuilder(OUTCOMES_HEADER).append('\n');

  private SyntheticExtract(long seed) {
    this.random = new Random(seed);
  }

  /** Writes the extract of {@code participants} people, ids from {@code idPrefix}, into dir. */
  static Path write(Path dir, int participants, long seed, String idPrefix) {
    SyntheticExtract x = new SyntheticExtract(seed);
    for (int i = 1; i <= participants; i++) {
      x.participant(String.format("%s%05d", idPrefix, i));
    }
    x.defects(idPrefix);
    TestInputs.write(dir.resolve("enrollment.csv"), x.enrollment.toString());
    TestInputs.write(dir.resolve("attendance/2025-01.csv"), x.attendanceJan.toString());
    TestInputs.write(dir.resolve("attendance/2025-02.csv"), x.attendanceRest.toString());
    TestInputs.write(dir.resolve("outcomes.csv.gz"), gzip(x.outcomes.toString()));
    return dir;
  }

  static Path write(Path dir, int participants, long seed) {
    return write(dir, participants, seed, "P");
  }

  private void participant(String id) {
    LocalDate enrolled = START.plusDays(random.nextInt(21));
    String condition = pick(Enums.DEFAULT_CONDITIONS);
    enrollment.append(String.join(",", id, "S" + (1 + random.nextInt(3)), "C" + (1 + random.nextInt(4)),
        enrolled.toString(), "", "", pick(Enums.AGE_BANDS), pick(List.of("F", "M")), condition,
        random.nextBoolean() ? "yes" : "no", "free text " + random.nextInt(100))).append('\n');

    List<String> modalities = List.of(pick(Enums.DEFAULT_THERAPEUTIC_MODALITIES), pick(Enums.DEFAULT_THERAPEUTIC_MODALITIES));
    int sessions = 1 + random.nextInt(14);
    LocalDate index = enrolled.plusDays(3);
    for (int s = 0; s < sessions; s++) {
      LocalDate day = index.plusDays(7L * s);
      boolean attended = s == 0 || random.nextInt(5) > 0;
      String modality = modalities.get(random.nextInt(2));
      StringBuilder target = day.getMonthValue() == 1 ? attendanceJan : attendanceRest;
      target.append(String.join(",", id, "X" + day, day.toString(), modality, "group",
          Boolean.toString(attended), Integer.toString(30 + 15 * random.nextInt(5)))).append('\n');
    }

    assessment(id, enrolled); // baseline: 3 days before the index date
    for (int d : FOLLOW_UP_DAYS) {
      if (random.nextInt(6) > 0) {
        assessment(id, index.plusDays(d - 7 + random.nextInt(15)));
      }
    }
  }

  private void assessment(String id, LocalDate day) {
    for (Instrument instrument : Instrument.values()) {
      for (String item : instrument.items()) {
        String value = instrument.whole()
            ? Integer.toString(instrument.min().intValue() + random.nextInt(instrument.max().intValue() - instrument.min().intValue() + 1))
            : String.format(java.util.Locale.ROOT, "%.1f", 30 + 40 * random.nextDouble());
        outcomes.append(String.join(",", id, day.toString(), instrument.name(), item, value)).append('\n');
      }
    }
  }

  /** A few rows of every kind of reject, so the rejects table is never empty. */
  private void defects(String idPrefix) {
    String first = String.format("%s%05d", idPrefix, 1);
    enrollment.append(idPrefix).append("99998,S1,C1,2025-02-30,,,45-54,F,migraine,,x\n"); // BAD_FORMAT
    enrollment.append(idPrefix).append("99999,S1,C1,2025-02-01,,,45-54,F,gout,,x\n"); // BAD_VALUE
    attendanceRest.append("NOBODY1,X1,2025-02-03,yoga,group,true,30\n"); // UNKNOWN_PARTICIPANT
    attendanceRest.append(first).append(",X9,2025-02-03,yoga,group,true,481\n"); // OUT_OF_RANGE
    outcomes.append(first).append(",2025-01-09,NRS,NRS_PAIN,11\n"); // OUT_OF_RANGE
    outcomes.append(first).append(",2025-01-09,NRS,\"NRS_PAIN\" x,4\n"); // MALFORMED
  }

  private String pick(List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
