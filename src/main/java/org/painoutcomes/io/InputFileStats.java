package org.painoutcomes.io;

import java.util.List;

/** What the manifest records of one input file (SPEC 8). */
public record InputFileStats(
    String source, String path, long bytes, long modifiedMillis, String sha256, long rows, List<String> ignoredColumns) {}
