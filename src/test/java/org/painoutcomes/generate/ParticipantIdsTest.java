package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantIdsTest {

  @Test
  void tokensAreUniquePseudonymsThatNeverLookLikeIdentifiers() {
    ParticipantIds ids = new ParticipantIds(7);
    Set<String> seen = new HashSet<>();
    for (long i = 0; i < 200_000; i++) {
      seen.add(ids.real(i));
    }
    for (long k = 0; k < 1_000; k++) {
      seen.add(ids.phantom(k));
    }
    assertThat(seen).as("201,000 distinct tokens").hasSize(201_000);
    // SPEC 2.1: an SSN-like (9 digits, ddd-dd-dddd) or e-mail-like id stops the run
    assertThat(seen).as("token shape").allMatch(t -> t.matches("P[0-9a-f]{10}"));
    assertThat(new ParticipantIds(8).real(0)).as("another seed, other tokens").isNotEqualTo(ids.real(0));
  }
}
