package org.painoutcomes.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one split (or digest task) reports after reading, in its summary row (line 0).
 *
 * <p>Offsets are bytes from the file's start; lines are counted by LF. A split that starts in the
 * middle of a file begins at a line start, which is a record start unless a quoted field spans
 * that line end. The splits of a file line up when each split's {@code end} (the first record
 * start at or after its range) equals the next split's {@code firstRecord}: the reading is then
 * exactly the one a single reader makes, since a reader's state at a record start is nothing but
 * its position. When they do not line up, the file is read again as one split.
 *
 * @param path the file's path (file indices are per source)
 * @param fileIndex the file's place in its source
 * @param split the split's index, or {@link FileSplit#DIGEST}
 * @param firstRecord where the split's first record starts (0 for the first split of a file)
 * @param end where the first record at or after the split's range starts, or the end of the file
 * @param lines the LFs from {@code firstRecord} to {@code end}
 * @param records the records read (the header not counted)
 * @param suspicious the records with an identifier-looking participant_id (SPEC 2.1)
 * @param firstSuspiciousLine the line (counted as the records' lines are) of the first of them, or null
 * @param sha256 the file's SHA-256 if this task computed it, else null
 */
public record SplitSummary(
    String path, int fileIndex, int split, long firstRecord, long end, long lines, long records,
    long suspicious, Long firstSuspiciousLine, String sha256) implements java.io.Serializable {

  boolean isDigest() {
    return split == FileSplit.DIGEST;
  }

  /** The ranges of one file, in order (digest tasks left out). */
  static List<SplitSummary> rangesOf(List<SplitSummary> all, int fileIndex) {
    List<SplitSummary> out = new ArrayList<>();
    for (SplitSummary s : all) {
      if (s.fileIndex == fileIndex && !s.isDigest()) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingInt(SplitSummary::split));
    return out;
  }

  /** Whether the splits of one file (in order) line up: each ends where the next one's first record starts. */
  static boolean linedUp(List<SplitSummary> ranges) {
    for (int i = 0; i + 1 < ranges.size(); i++) {
      if (ranges.get(i).end() != ranges.get(i + 1).firstRecord()) {
        return false;
      }
    }
    return true;
  }

  /**
   * What to add to each split's line counts to make them the file's physical lines: the LFs
   * before the split's first record. The first split counts from the file's start already.
   */
  static long[] lineBases(List<SplitSummary> ranges) {
    long[] bases = new long[ranges.size()];
    long lfs = 0;
    for (int i = 0; i < ranges.size(); i++) {
      bases[i] = i == 0 ? 0 : lfs;
      lfs += ranges.get(i).lines();
    }
    return bases;
  }
}
