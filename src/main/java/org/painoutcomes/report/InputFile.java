package org.painoutcomes.report;

import java.time.Instant;

/**
 * One input file of a run, as the report lists it.
 *
 * @param path the path relative to the input location ({@code attendance/2026-01.csv.gz})
 * @param bytes the file's size in bytes
 * @param lastModified the file's last-modified time
 * @param sha256Prefix the leading hex digits of the file's SHA-256
 */
public record InputFile(String path, long bytes, Instant lastModified, String sha256Prefix) {}
