package org.painoutcomes.generate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.painoutcomes.contract.Column;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;
import org.painoutcomes.contract.ValueType;

/**
 * An independent reading of SPEC 2.5 for tests: counts, per source and reason code, the rows a
 * correct pipeline rejects from a generated folder, so the generator's ledger can be checked
 * against the spec rather than against itself. Also fails on an identifier-looking participant_id
 * (SPEC 2.1), which would stop a real run.
 */
final class ReferenceRejectCounter {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");
  private static final Pattern SSN = Pattern.compile("[0-9]{9}|[0-9]{3}-[0-9]{2}-[0-9]{4}");
  private static final Set<String> BOOLEANS = Set.of("true", "false", "yes", "no", "y", "n", "1", "0");
  private static final List<String> MODALITIES = ProgramMix.MODALITIES;
  private static final Map<String, List<String>> ENUMS =
      Map.of(
          "exit_reason", Enums.EXIT_REASONS, "age_band", Enums.AGE_BANDS, "sex", Enums.SEXES,
          "primary_condition", Enums.DEFAULT_CONDITIONS, "modality", MODALITIES,
          "visit_type", Enums.VISIT_TYPES);

  final Map<Source, Map<ReasonCode, Long>> rejects = new EnumMap<>(Source.class);
  final Map<Source, Long> rowsRead = new EnumMap<>(Source.class);
  private final Map<String, LocalDate> accepted = new HashMap<>();

  static ReferenceRejectCounter count(Path dir, String suffix) throws IOException {
    ReferenceRejectCounter c = new ReferenceRejectCounter();
    for (Source s : Source.values()) {
      c.source(s, dir.resolve(s.id() + suffix));
    }
    return c;
  }

  private void source(Source source, Path file) throws IOException {
    List<ReferenceCsvReader.Record> records = ReferenceCsvReader.read(file);
    List<String> header = records.get(0).fields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
    Map<ReasonCode, Long> counts = new EnumMap<>(ReasonCode.class);
    for (ReasonCode code : ReasonCode.values()) {
      counts.put(code, 0L);
    }
    Map<List<Object>, List<List<Object>>> byKey = new LinkedHashMap<>();
    for (ReferenceCsvReader.Record r : records.subList(1, records.size())) {
      ReasonCode code;
      Map<String, String> v = new HashMap<>();
      if (r.unparseable() || r.fields().size() != header.size()) {
        code = ReasonCode.MALFORMED;
      } else {
        for (int i = 0; i < header.size(); i++) {
          v.putIfAbsent(header.get(i), r.fields().get(i).trim());
        }
        if (SSN.matcher(v.get("participant_id")).matches() || v.get("participant_id").contains("@")) {
          throw new AssertionError(file + " line " + r.line() + ": identifier-looking participant_id");
        }
        code = firstBrokenRule(source, v);
      }
      if (code != null) {
        counts.merge(code, 1L, Long::sum);
        continue;
      }
      List<Object> key = source.key().stream().map(k -> typed(source, k, v.get(k))).toList();
      List<Object> all = source.columnNames().stream().map(k -> typed(source, k, v.get(k))).toList();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(all);
    }
    for (Map.Entry<List<Object>, List<List<Object>>> e : byKey.entrySet()) {
      List<List<Object>> rows = e.getValue();
      boolean same = rows.stream().allMatch(x -> x.equals(rows.get(0)));
      if (same) {
        counts.merge(ReasonCode.DUPLICATE, (long) rows.size() - 1, Long::sum);
        if (source == Source.ENROLLMENT) {
          accepted.put((String) e.getKey().get(0), (LocalDate) rows.get(0).get(3));
        }
      } else {
        counts.merge(ReasonCode.CONFLICT, (long) rows.size(), Long::sum);
      }
    }
    rejects.put(source, counts);
    rowsRead.put(source, (long) records.size() - 1);
  }

  private ReasonCode firstBrokenRule(Source source, Map<String, String> v) {
    for (Column c : source.columns()) {
      if (c.required() && v.get(c.name()).isEmpty()) {
        return ReasonCode.MISSING_REQUIRED;
      }
    }
    for (Column c : source.columns()) {
      String x = v.get(c.name());
      if (!x.isEmpty() && !wellFormed(c, x)) {
        return ReasonCode.BAD_FORMAT;
      }
    }
    for (Column c : source.columns()) {
      String x = v.get(c.name());
      if (!x.isEmpty() && c.type() == ValueType.ENUM && !inEnum(c.name(), x, v)) {
        return ReasonCode.BAD_VALUE;
      }
    }
    if (source == Source.ATTENDANCE && !v.get("minutes").isEmpty()) {
      BigDecimal m = new BigDecimal(v.get("minutes"));
      if (!whole(m) || m.signum() < 0 || m.compareTo(BigDecimal.valueOf(480)) > 0) {
        return ReasonCode.OUT_OF_RANGE;
      }
    }
    if (source == Source.OUTCOMES) {
      Instrument ins = Instrument.byCode(v.get("instrument"));
      BigDecimal x = new BigDecimal(v.get("value"));
      if ((ins.whole() && !whole(x)) || x.compareTo(ins.min()) < 0 || x.compareTo(ins.max()) > 0) {
        return ReasonCode.OUT_OF_RANGE;
      }
    }
    if (source != Source.ENROLLMENT && !accepted.containsKey(v.get("participant_id"))) {
      return ReasonCode.UNKNOWN_PARTICIPANT;
    }
    if (source == Source.ENROLLMENT && !v.get("exit_date").isEmpty()
        && LocalDate.parse(v.get("exit_date")).isBefore(LocalDate.parse(v.get("enrollment_date")))) {
      return ReasonCode.BAD_DATE_ORDER;
    }
    if (source == Source.ATTENDANCE
        && LocalDate.parse(v.get("session_date")).isBefore(accepted.get(v.get("participant_id")))) {
      return ReasonCode.BAD_DATE_ORDER;
    }
    return null;
  }

  private static boolean wellFormed(Column c, String x) {
    return switch (c.type()) {
      case IDENTIFIER -> ID.matcher(x).matches() && x.length() <= c.maxLength();
      case DATE -> date(x) != null;
      case BOOLEAN -> BOOLEANS.contains(x.toLowerCase(Locale.ROOT));
      case NUMBER, WHOLE_NUMBER -> NUMBER.matcher(x).matches();
      case ENUM -> true;
    };
  }

  private static boolean inEnum(String column, String x, Map<String, String> v) {
    if (column.equals("instrument")) {
      return Instrument.byCode(x) != null;
    }
    if (column.equals("item")) {
      Instrument ins = Instrument.byCode(v.get("instrument"));
      return ins == null || ins.items().contains(x); // a bad instrument is reported first
    }
    return ENUMS.get(column).contains(x);
  }

  private static Object typed(Source source, String column, String x) {
    if (x.isEmpty()) {
      return "<null>";
    }
    Column c = source.columns().stream().filter(k -> k.name().equals(column)).findFirst().orElseThrow();
    return switch (c.type()) {
      case DATE -> date(x);
      case BOOLEAN -> Set.of("true", "yes", "y", "1").contains(x.toLowerCase(Locale.ROOT));
      case NUMBER, WHOLE_NUMBER -> new BigDecimal(x).stripTrailingZeros();
      default -> x;
    };
  }

  private static LocalDate date(String x) {
    if (!DATE.matcher(x).matches()) {
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(x);
      return d.getYear() >= 1 ? d : null;
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean whole(BigDecimal x) {
    return x.stripTrailingZeros().scale() <= 0;
  }
}
