package org.painoutcomes.generate;

/**
 * Pseudonymous participant tokens ({@code P} and 10 lower-case hex digits, SPEC 1 and 2.2): a
 * salted bijection of a 40-bit index, so tokens are unique without remembering any of them (the
 * generator streams) and look random. Real participants take indexes below 2^39, phantoms (ids
 * with no enrollment, for UNKNOWN_PARTICIPANT rows) indexes from 2^39 up, so the two never meet.
 * No token can look like a social security number or an e-mail address (SPEC 2.1): it starts
 * with a letter and holds no {@code @}.
 */
final class ParticipantIds {
  private static final int BITS = 40;
  private static final long MASK = (1L << BITS) - 1;
  private static final long PHANTOM_BASE = 1L << (BITS - 1);
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final long salt;

  ParticipantIds(long seed) {
    this.salt = SeedMix.mix(seed ^ 0x5DEECE66DL) & MASK;
  }

  /** The token of the real participant with this index (0-based, below 2^39). */
  String real(long index) {
    if (index < 0 || index >= PHANTOM_BASE) {
      throw new IllegalArgumentException("participant index out of range");
    }
    return token(permute(index));
  }

  /** The token of the k-th phantom: a well-formed id that no enrollment row carries. */
  String phantom(long k) {
    return token(permute(PHANTOM_BASE + k));
  }

  private long permute(long index) {
    // Each step is a bijection on 40 bits: xor with a constant, multiply by an odd number,
    // xor with a right shift of itself.
    long x = (index ^ salt) & MASK;
    x = (x * 0x9E3779B97F4A7C15L) & MASK;
    x ^= x >>> 19;
    x = (x * 0xBF58476D1CE4E5B9L) & MASK;
    x ^= x >>> 23;
    return x;
  }

  private static String token(long v) {
    char[] c = new char[1 + BITS / 4];
    c[0] = 'P';
    for (int i = c.length - 1; i >= 1; i--) {
      c[i] = HEX[(int) (v & 0xF)];
      v >>>= 4;
    }
    return new String(c);
  }
}
