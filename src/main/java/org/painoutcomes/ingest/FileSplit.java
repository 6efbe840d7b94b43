package org.painoutcomes.ingest;

import java.io.Serializable;

/**
 * One task of reading a source: a byte range of one file, or the digest of a whole file.
 *
 * <p>A file is read as one split when it is compressed or small, else as several byte ranges read
 * in parallel (see {@link SplitPlanner}). A range {@code [start, end)} holds the records that
 * start inside it: its reader begins at the first line start at or after {@code start} and stops
 * at the first record that starts at or after {@code end}, finishing a record that runs past the
 * end. Whether the first line start of a range really is a record start (a quoted field may span
 * lines) is checked after reading: see {@link SplitSummary}.
 *
 * @param file the file
 * @param layout its header's layout
 * @param index the split's place in the file, from 0; -1 for a digest task
 * @param start the first byte of the range (0 for the first split)
 * @param end the end of the range (exclusive); {@code Long.MAX_VALUE} for the last split
 * @param digestWhileReading whether this split is the whole file and computes its SHA-256 as it reads
 */
record FileSplit(InputFile file, HeaderLayout layout, int index, long start, long end, boolean digestWhileReading)
    implements Serializable {

  /** The split index of a task that only computes a file's SHA-256. */
  static final int DIGEST = -1;

  static FileSplit whole(InputFile file, HeaderLayout layout) {
    return new FileSplit(file, layout, 0, 0, Long.MAX_VALUE, true);
  }

  static FileSplit digest(InputFile file, HeaderLayout layout) {
    return new FileSplit(file, layout, DIGEST, 0, Long.MAX_VALUE, true);
  }

  boolean isDigest() {
    return index == DIGEST;
  }
}
