package org.painoutcomes.privacy;

/**
 * One row of the public view of quality/summary (SPEC 7.4, {@link PublicQualitySummary}): value
 * is null where it is hidden. Made only by this package (docs/OUTPUTS.md, Who may make a public
 * row).
 */
public sealed interface PublicQualityRow permits PublicRows.Quality {
  String source();

  String metric();

  Long value();
}
