package org.painoutcomes.generate;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from the one seed of a run. */
final class SeedMix {
  /** The stream the synthetic program data is drawn from. */
  static final long DATA = 0x1D8E4E27C47D124FL;
  /** The stream planted defects are drawn from, kept apart so that defects do not move the data. */
  static final long DEFECTS = 0x6A09E667F3BCC909L;
  /** The stream the sites and their offerings are drawn from. */
  static final long SITES = 0x3C6EF372FE94F82BL;

  /** The SplitMix64 finalizer: a bijective scramble of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A random stream for one purpose of a run. */
  static SplittableRandom stream(long seed, long purpose) {
    return new SplittableRandom(mix(seed ^ purpose));
  }

  private SeedMix() {}
}
