package org.painoutcomes.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.painoutcomes.contract.ConfiguredList;
import org.painoutcomes.contract.Instrument;

/**
 * Everything about a run that an analyst may change, in one immutable value. Built by {@link
 * ConfigLoader} from defaults, a config file, Spark conf and command-line flags; recorded in the
 * manifest as {@link #asProperties()}.
 */
public record PipelineConfig(
    List<String> conditions,
    List<String> therapeuticModalities,
    List<String> educationModalities,
    Map<Instrument, ResponderRule> responderRules,
    int baselineFromDay,
    int baselineToDay,
    List<FollowUpWindow> followUpWindows,
    int exposureMinSessions,
    List<AttendanceBand> attendanceBands,
    int suppressionThreshold,
    String parquetCompression) {

  /** The smallest suppression threshold the CMS cell size policy allows (SPEC 7.2). */
  public static final int MIN_SUPPRESSION_THRESHOLD = 11;

  public PipelineConfig {
    conditions = List.copyOf(conditions);
    therapeuticModalities = List.copyOf(therapeuticModalities);
    educationModalities = List.copyOf(educationModalities);
    responderRules = Map.copyOf(responderRules);
    followUpWindows = List.copyOf(followUpWindows);
    attendanceBands = List.copyOf(attendanceBands);
  }

  /** Every modality: therapeutic first, then education, each in configured order. */
  public List<String> modalities() {
    return java.util.stream.Stream.concat(therapeuticModalities.stream(), educationModalities.stream()).toList();
  }

  /** The configured values of an enum domain the contract leaves to configuration (SPEC 2.3). */
  public List<String> values(ConfiguredList list) {
    return switch (list) {
      case CONDITIONS -> conditions;
      case MODALITIES -> modalities();
    };
  }

  public ResponderRule responderRule(Instrument instrument) {
    return responderRules.get(instrument);
  }

  /** The configuration as flat keys, in the form a config file uses; recorded in the manifest. */
  public Map<String, String> asProperties() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(ConfigKeys.CONDITIONS, String.join(",", conditions));
    p.put(ConfigKeys.THERAPEUTIC_MODALITIES, String.join(",", therapeuticModalities));
    p.put(ConfigKeys.EDUCATION_MODALITIES, String.join(",", educationModalities));
    for (Instrument i : Instrument.values()) {
      p.put(ConfigKeys.RESPONDER_PREFIX + i.name(), responderRules.get(i).format());
    }
    p.put(ConfigKeys.BASELINE_WINDOW, baselineFromDay + "," + baselineToDay);
    p.put(
        ConfigKeys.FOLLOWUP_TIMEPOINTS,
        String.join(",", followUpWindows.stream().map(FollowUpWindow::timepoint).toList()));
    for (FollowUpWindow w : followUpWindows) {
      p.put(ConfigKeys.FOLLOWUP_PREFIX + w.timepoint(), w.format());
    }
    p.put(ConfigKeys.EXPOSURE_MIN_SESSIONS, Integer.toString(exposureMinSessions));
    p.put(ConfigKeys.ATTENDANCE_BANDS, String.join(",", attendanceBands.stream().map(AttendanceBand::label).toList()));
    p.put(ConfigKeys.SUPPRESSION_THRESHOLD, Integer.toString(suppressionThreshold));
    p.put(ConfigKeys.PARQUET_COMPRESSION, parquetCompression);
    return p;
  }
}
