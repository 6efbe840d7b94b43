package org.painoutcomes.ingest;

import java.io.Serializable;

/**
 * One file of a source.
 *
 * @param path the absolute Hadoop path (any file system URI)
 * @param name the path relative to the input location, as reported in rejects
 *     ({@code attendance.csv}, {@code attendance/2026-01.csv.gz})
 * @param index the file's position in its source's reading order (code-point order of names)
 * @param bytes the file's size as stored
 * @param modifiedMillis the file's modification time
 */
public record InputFile(String path, String name, int index, long bytes, long modifiedMillis)
    implements Serializable {

  public boolean gzipped() {
    return name.endsWith(".gz");
  }
}
