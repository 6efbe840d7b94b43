package org.painoutcomes.ingest;

import java.util.List;
import org.painoutcomes.contract.Source;

/** The files that make up one source, in reading order (SPEC 2). */
public record SourceFiles(Source source, List<InputFile> files) {
  public SourceFiles {
    files = List.copyOf(files);
  }

  /** The bytes of this source's files as stored (compressed where they are). */
  public long bytes() {
    return files.stream().mapToLong(InputFile::bytes).sum();
  }

  /** The bytes of every source's files: what config.RunScale sizes a run by. */
  public static long bytes(List<SourceFiles> sources) {
    return sources.stream().mapToLong(SourceFiles::bytes).sum();
  }
}
