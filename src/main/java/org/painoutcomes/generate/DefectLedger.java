package org.painoutcomes.generate;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.painoutcomes.contract.ReasonCode;
import org.painoutcomes.contract.Source;

/** Counts, per source and reason code, the rows a correct pipeline will reject. */
final class DefectLedger {
  private final long[][] counts = new long[Source.values().length][ReasonCode.values().length];

  void add(Source source, ReasonCode code, long rows) {
    counts[source.ordinal()][code.ordinal()] += rows;
  }

  long get(Source source, ReasonCode code) {
    return counts[source.ordinal()][code.ordinal()];
  }

  /** An unmodifiable copy holding every source and every code, zeros included. */
  Map<Source, Map<ReasonCode, Long>> snapshot() {
    Map<Source, Map<ReasonCode, Long>> out = new EnumMap<>(Source.class);
    for (Source s : Source.values()) {
      Map<ReasonCode, Long> byCode = new EnumMap<>(ReasonCode.class);
      for (ReasonCode c : ReasonCode.values()) {
        byCode.put(c, get(s, c));
      }
      out.put(s, Collections.unmodifiableMap(byCode));
    }
    return Collections.unmodifiableMap(out);
  }
}
