package org.painoutcomes.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/**
 * Writes each participant's rows, planting the scheduled defects, and keeps the ledger of rows a
 * correct pipeline rejects. What keeps the ledger exact:
 *
 * <ul>
 *   <li>each clean row gets at most one defect, and clean rows never share a key, so a copy
 *       (DUPLICATE, CONFLICT) meets only its own original;
 *   <li>an enrollment defect other than DUPLICATE leaves its participant with no accepted
 *       enrollment, so every attendance and outcome row of that participant is counted
 *       UNKNOWN_PARTICIPANT, and none of them gets a defect of its own (SPEC 2.5 cascade);
 *   <li>copies are written at the end of the cohort, after their original, so the original is the
 *       earlier row;
 *   <li>the unclosed quote is the last record of its file (in a monthly folder, of the month of
 *       the source's last clean row), so it swallows nothing (SPEC 2.1).
 * </ul>
 *
 * With defects on, enrollment.csv also starts with a byte order mark, attendance.csv ends its
 * lines with CR LF, and outcomes.csv has a few empty lines: all legal (SPEC 2.1), none a row.
 */
final class DefectPlanter {
  private final Map<Source, SourceSink> sinks;
  private final DefectSchedule schedule;
  private final DefectLedger ledger = new DefectLedger();
  private final Map<Source, SourceDefects> defects = new EnumMap<>(Source.class);
  private final Map<Source, List<Copy>> deferred = new EnumMap<>(Source.class);
  private final Map<Source, String[]> lastRow = new EnumMap<>(Source.class);

  DefectPlanter(
      Map<Source, SourceSink> sinks, DefectSchedule schedule, ParticipantIds ids, SplittableRandom rng) {
    this.sinks = sinks;
    this.schedule = schedule;
    long[] phantom = {0};
    Supplier<String> phantoms = () -> ids.phantom(phantom[0]++);
    defects.put(Source.ENROLLMENT, new EnrollmentDefects(rng, phantoms));
    defects.put(Source.ATTENDANCE, new AttendanceDefects(rng, phantoms));
    defects.put(Source.OUTCOMES, new OutcomeDefects(rng, phantoms));
    for (Source s : Source.values()) {
      deferred.put(s, new ArrayList<>());
    }
  }

  /** Writes one participant's enrollment, attendance and outcome rows. */
  void write(SyntheticParticipant p) {
    schedule.reach(p.index());
    boolean enrollmentRejected = writeRow(Source.ENROLLMENT, p.enrollment(), p.enrollmentDay());
    if (enrollmentRejected) {
      cascade(Source.ATTENDANCE, p.attendance());
      cascade(Source.OUTCOMES, p.outcomes());
    } else {
      for (String[] row : p.attendance()) {
        writeRow(Source.ATTENDANCE, row, p.enrollmentDay());
      }
      for (String[] row : p.outcomes()) {
        writeRow(Source.OUTCOMES, row, p.enrollmentDay());
      }
    }
    if (schedule.enabled() && (p.index() == 0 || schedule.chance(0.01))) {
      sinks.get(Source.OUTCOMES).blankLine();
    }
  }

  /** Writes the copies planted in the cohort just written. */
  void endCohort() {
    for (Source s : Source.values()) {
      List<Copy> copies = deferred.get(s);
      for (Copy copy : copies) {
        sinks.get(s).record(copy.text(), copy.origin());
      }
      copies.clear();
    }
  }

  /** Ends every file: the last copies, then (with defects on) the unclosed quote. */
  void finish() {
    endCohort();
    if (!schedule.enabled()) {
      return;
    }
    for (Source s : Source.values()) {
      String[] template = lastRow.get(s);
      if (template != null) {
        sinks.get(s).record(defects.get(s).unclosedQuote(template), template);
        ledger.add(s, ReasonCode.MALFORMED, DefectKind.UNCLOSED_QUOTE.rejectedRows());
      }
    }
  }

  DefectLedger ledger() {
    return ledger;
  }

  /** Writes a row, planting its scheduled defect; true when the row's own key ends up rejected. */
  private boolean writeRow(Source source, String[] row, int enrollmentDay) {
    lastRow.put(source, row);
    DefectKind kind = schedule.next(source);
    SourceSink sink = sinks.get(source);
    if (kind == null) {
      sink.row(row);
      return false;
    }
    ledger.add(source, kind.code(), kind.rejectedRows());
    if (kind.addsCopy()) {
      sink.row(row);
      deferred.get(source).add(new Copy(defects.get(source).copy(kind, row), row));
      return kind == DefectKind.CONFLICT;
    }
    sink.record(defects.get(source).replacement(kind, row, enrollmentDay), row);
    return true;
  }

  /** Writes clean rows of a participant with no accepted enrollment: all UNKNOWN_PARTICIPANT. */
  private void cascade(Source source, List<String[]> rows) {
    SourceSink sink = sinks.get(source);
    for (String[] row : rows) {
      lastRow.put(source, row);
      sink.row(row);
    }
    ledger.add(source, ReasonCode.UNKNOWN_PARTICIPANT, rows.size());
  }

  /** A planted copy and the clean row it was made from (which places it, see {@link SourceSink}). */
  private record Copy(String text, String[] origin) {}
}
