package org.painoutcomes.contract;

import java.util.List;

/** The enum domains that configuration may change (SPEC 2.3), with the contract's defaults. */
public enum ConfiguredList {
  CONDITIONS,
  MODALITIES;

  /** The contract's list, used when the configuration gives none. */
  public List<String> defaults() {
    return switch (this) {
      case CONDITIONS -> Enums.DEFAULT_CONDITIONS;
      case MODALITIES -> java.util.stream.Stream.concat(
              Enums.DEFAULT_THERAPEUTIC_MODALITIES.stream(), Enums.DEFAULT_EDUCATION_MODALITIES.stream())
          .toList();
    };
  }
}
