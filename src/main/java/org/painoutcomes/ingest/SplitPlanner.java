package org.painoutcomes.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a source's files into the splits read in parallel (see {@link FileSplit}). The split size
 * follows Spark's rule for files with a finer cut: {@code min(maxPartitionBytes,
 * max(openCostInBytes, total bytes / (4 * cores)))}, so a small extract is a few tasks, and a
 * mid-sized one is several tasks per core rather than one per file, which would leave a core idle
 * (docs/PERFORMANCE.md change 11). A compressed file
 * cannot be entered in the middle: it is one split. A file of several splits gets one more task
 * that computes its SHA-256, which no range can do alone.
 */
final class SplitPlanner {
  private final long splitBytes;

  SplitPlanner(long splitBytes) {
    this.splitBytes = Math.max(1, splitBytes);
  }

  /** Splits per core that a mid-sized input is cut into, so that files of unequal size balance. */
  static final int SPLITS_PER_CORE = 4;

  /** The split size for files totalling {@code totalBytes} on {@code cores} cores. */
  static long splitBytes(long totalBytes, int cores, long maxPartitionBytes, long openCostInBytes) {
    long perCore = totalBytes / ((long) SPLITS_PER_CORE * Math.max(1, cores));
    return Math.min(maxPartitionBytes, Math.max(openCostInBytes, perCore));
  }

  /** The splits of a source: digest tasks first (they are the longest), then each file's ranges in order. */
  List<FileSplit> plan(SourceFiles source, Map<String, HeaderLayout> layouts) {
    List<FileSplit> digests = new ArrayList<>();
    List<FileSplit> ranges = new ArrayList<>();
    for (InputFile f : source.files()) {
      HeaderLayout layout = layouts.get(f.name());
      int n = f.gzipped() ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE - 1, (f.bytes() + splitBytes - 1) / splitBytes));
      if (n == 1) {
        ranges.add(FileSplit.whole(f, layout));
        continue;
      }
      digests.add(FileSplit.digest(f, layout));
      for (int i = 0; i < n; i++) {
        long end = i == n - 1 ? Long.MAX_VALUE : (i + 1) * splitBytes;
        ranges.add(new FileSplit(f, layout, i, i * splitBytes, end, false));
      }
    }
    digests.addAll(ranges);
    return digests;
  }
}
