package org.painoutcomes.ingest;

import java.util.List;
import org.painoutcomes.contract.Source;

/** The files that make up one source, in reading order (SPEC 2). */
public record SourceFiles(Source source, List<InputFile> files) {
  public SourceFiles {
    files = List.copyOf(files);
  }
}
