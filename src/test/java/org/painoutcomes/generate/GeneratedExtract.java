package org.painoutcomes.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A clean generated extract read back for tests (no defects, so no quoting: a plain split on
 * commas is a correct reading). Gives per participant what the structure and effect tests need.
 */
final class GeneratedExtract {
  /** One participant as the files show them. */
  static final class Person {
    String id;
    String site;
    String cohort;
    String condition;
    LocalDate indexDate;
    final Set<String> sessionsAttended = new HashSet<>();
    final Map<String, Set<String>> sessionsByModality = new HashMap<>();
    /** assessment date, then instrument, then item, then value. */
    final TreeMap<LocalDate, Map<String, Map<String, Double>>> assessments = new TreeMap<>();

    long studyDay(LocalDate d) {
      return d.toEpochDay() - indexDate.toEpochDay();
    }
  }

  final Map<String, Person> people = new HashMap<>();
  final Map<String, Set<String>> sessionsByCohort = new HashMap<>();
  final Map<String, List<String>> modalitiesBySession = new HashMap<>();

  static GeneratedExtract read(Path dir) throws IOException {
    GeneratedExtract x = new GeneratedExtract();
    for (String[] r : rows(dir.resolve("enrollment.csv"))) {
      Person p = new Person();
      p.id = r[0];
      p.site = r[1];
      p.cohort = r[2];
      p.condition = r[8];
      x.people.put(p.id, p);
    }
    for (String[] r : rows(dir.resolve("attendance.csv"))) {
      Person p = x.people.get(r[0]);
      String cohort = r[1].substring(0, r[1].lastIndexOf("-S"));
      x.sessionsByCohort.computeIfAbsent(cohort, k -> new HashSet<>()).add(r[1]);
      List<String> mods = x.modalitiesBySession.computeIfAbsent(p.id + "/" + r[1], k -> new ArrayList<>());
      mods.add(r[3]);
      if (Set.of("true", "y", "1").contains(r[5].toLowerCase())) {
        LocalDate d = LocalDate.parse(r[2]);
        p.indexDate = p.indexDate == null || d.isBefore(p.indexDate) ? d : p.indexDate;
        p.sessionsAttended.add(r[1]);
        p.sessionsByModality.computeIfAbsent(r[3], k -> new HashSet<>()).add(r[1]);
      }
    }
    for (String[] r : rows(dir.resolve("outcomes.csv"))) {
      x.people.get(r[0]).assessments
          .computeIfAbsent(LocalDate.parse(r[1]), k -> new HashMap<>())
          .computeIfAbsent(r[2], k -> new HashMap<>())
          .put(r[3], Double.parseDouble(r[4]));
    }
    return x;
  }

  private static List<String[]> rows(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    return lines.subList(1, lines.size()).stream().map(l -> l.split(",", -1)).toList();
  }
}
