package org.painoutcomes.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;

/**
 * What the splits of one source reported once read ({@link SplitSummary}), put together on the
 * driver: whether each file's splits line up, how to turn a record's (file_index, split, line)
 * into its file's name and physical line, each file's record count and SHA-256, and the first
 * identifier-looking participant_id (SPEC 2.1).
 */
final class SplitLayout {
  /** Split indices stay below this (a file of a million 128 MiB splits is 128 TiB). */
  private static final long SPLITS_PER_FILE = 1L << 20;

  private final List<InputFile> files;
  private final Map<Integer, List<SplitSummary>> ranges = new LinkedHashMap<>();
  private final Map<Integer, String> digests = new LinkedHashMap<>();

  /**
   * @param summaries what the splits reported; a split reported twice (a task run again) counts once
   */
  SplitLayout(List<InputFile> files, List<SplitSummary> summaries) {
    this.files = files;
    Map<String, SplitSummary> unique = new LinkedHashMap<>();
    for (SplitSummary s : summaries) {
      unique.putIfAbsent(s.path() + "\u0000" + s.split(), s);
    }
    for (InputFile f : files) {
      List<SplitSummary> r = SplitSummary.rangesOf(new ArrayList<>(unique.values()), f.index());
      ranges.put(f.index(), r);
      for (SplitSummary s : unique.values()) {
        if (s.fileIndex() == f.index() && s.sha256() != null) {
          digests.put(f.index(), s.sha256());
        }
      }
    }
  }

  /** The files whose splits did not line up (a quoted field spans a split's first line end): to read again whole. */
  List<InputFile> misaligned() {
    List<InputFile> out = new ArrayList<>();
    for (InputFile f : files) {
      List<SplitSummary> r = ranges.get(f.index());
      boolean complete = !r.isEmpty() && r.get(r.size() - 1).split() == r.size() - 1;
      if (!complete || !SplitSummary.linedUp(r)) {
        out.add(f);
      }
    }
    return out;
  }

  List<InputFile> files() {
    return files;
  }

  long records(InputFile f) {
    return ranges.get(f.index()).stream().mapToLong(SplitSummary::records).sum();
  }

  String sha256(InputFile f) {
    return digests.get(f.index());
  }

  /** The physical line of a staged row: its line plus the LFs before its split's first record. */
  Column physicalLine() {
    List<Column> entries = new ArrayList<>();
    for (InputFile f : files) {
      List<SplitSummary> r = ranges.get(f.index());
      long[] bases = SplitSummary.lineBases(r);
      for (int i = 0; i < bases.length; i++) {
        if (bases[i] != 0) {
          entries.add(lit(key(f.index(), r.get(i).split())));
          entries.add(lit(bases[i]));
        }
      }
    }
    if (entries.isEmpty()) {
      return col(StagedSchema.LINE);
    }
    Column splitKey = col(StagedSchema.FILE_INDEX).cast("long").multiply(SPLITS_PER_FILE).plus(col(StagedSchema.SPLIT));
    return col(StagedSchema.LINE).plus(coalesce(element_at(map(entries.toArray(Column[]::new)), splitKey), lit(0L)));
  }

  /** The relative name of a staged row's file. */
  Column fileName() {
    if (files.size() == 1) {
      return lit(files.get(0).name());
    }
    List<Column> entries = new ArrayList<>();
    for (InputFile f : files) {
      entries.add(lit(f.index()));
      entries.add(lit(f.name()));
    }
    return element_at(map(entries.toArray(Column[]::new)), col(StagedSchema.FILE_INDEX));
  }

  /** The records with an identifier-looking participant_id, and where the first is (file order, then line). */
  SuspiciousIds suspiciousIds() {
    long count = 0;
    SuspiciousIds first = null;
    for (InputFile f : files) {
      List<SplitSummary> r = ranges.get(f.index());
      long[] bases = SplitSummary.lineBases(r);
      for (int i = 0; i < r.size(); i++) {
        SplitSummary s = r.get(i);
        count += s.suspicious();
        if (first == null && s.firstSuspiciousLine() != null) {
          first = new SuspiciousIds(f.name(), bases[i] + s.firstSuspiciousLine(), 0);
        }
      }
    }
    return first == null ? null : new SuspiciousIds(first.file(), first.line(), count);
  }

  /** The first suspicious record's file and physical line, and how many there are in the source. */
  record SuspiciousIds(String file, long line, long count) {}

  private static long key(int fileIndex, int split) {
    return fileIndex * SPLITS_PER_FILE + split;
  }
}
