package org.painoutcomes.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.painoutcomes.PipelineErrors;
import org.painoutcomes.contract.Enums;
import org.painoutcomes.contract.Instrument;
import org.painoutcomes.contract.OutputVocabulary;

/**
 * Builds a {@link PipelineConfig}. Precedence, highest first: command-line flags, then
 * {@code --conf spark.painoutcomes.*}, then the config file, then the defaults below.
 */
public final class ConfigLoader {

  /** The defaults of the contract (SPEC 2.3, 4, 5, 6, 7.2, 8). */
  public static Map<String, String> defaults() {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(ConfigKeys.CONDITIONS, String.join(",", Enums.DEFAULT_CONDITIONS));
    d.put(ConfigKeys.THERAPEUTIC_MODALITIES, String.join(",", Enums.DEFAULT_THERAPEUTIC_MODALITIES));
    d.put(ConfigKeys.EDUCATION_MODALITIES, String.join(",", Enums.DEFAULT_EDUCATION_MODALITIES));
    d.put(ConfigKeys.RESPONDER_PREFIX + "PEG", "30%");
    d.put(ConfigKeys.RESPONDER_PREFIX + "NRS", "30%");
    d.put(ConfigKeys.RESPONDER_PREFIX + "PROMIS_PI", "5");
    d.put(ConfigKeys.RESPONDER_PREFIX + "PROMIS_PF", "5");
    d.put(ConfigKeys.RESPONDER_PREFIX + "ODI", "10");
    d.put(ConfigKeys.BASELINE_WINDOW, "-30,0");
    d.put(ConfigKeys.FOLLOWUP_TIMEPOINTS, "WEEK_6,WEEK_12,MONTH_6");
    d.put(ConfigKeys.FOLLOWUP_PREFIX + "WEEK_6", "29,63,42");
    d.put(ConfigKeys.FOLLOWUP_PREFIX + "WEEK_12", "64,126,84");
    d.put(ConfigKeys.FOLLOWUP_PREFIX + "MONTH_6", "127,273,182");
    d.put(ConfigKeys.EXPOSURE_MIN_SESSIONS, "3");
    d.put(ConfigKeys.ATTENDANCE_BANDS, "1-3,4-6,7-9,10+");
    d.put(ConfigKeys.SUPPRESSION_THRESHOLD, "11");
    d.put(ConfigKeys.PARQUET_COMPRESSION, "snappy");
    return d;
  }

  /** The default configuration. */
  public static PipelineConfig defaultConfig() {
    return build(defaults());
  }

  /**
   * Merges the layers and builds the configuration.
   *
   * @param file a config file (properties format), or null
   * @param sparkConf Spark conf entries; those under {@code spark.painoutcomes.} are used
   * @param flags settings given on the command line, highest precedence
   */
  public static PipelineConfig load(Path file, Map<String, String> sparkConf, Map<String, String> flags) {
    Map<String, String> merged = defaults();
    if (file != null) {
      merged.putAll(readFile(file));
    }
    sparkConf.forEach(
        (k, v) -> {
          if (k.startsWith(ConfigKeys.SPARK_CONF_PREFIX)) {
            merged.put(k.substring(ConfigKeys.SPARK_CONF_PREFIX.length()), v);
          }
        });
    merged.putAll(flags);
    return build(merged);
  }

  static Map<String, String> readFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw PipelineErrors.configFileUnreadable(file, e);
    }
    Map<String, String> m = new LinkedHashMap<>();
    p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k).trim()));
    return m;
  }

  /** Builds and validates the configuration from merged flat keys. */
  public static PipelineConfig build(Map<String, String> p) {
    List<String> known = new ArrayList<>(defaults().keySet());
    List<String> timepoints = list(p, ConfigKeys.FOLLOWUP_TIMEPOINTS);
    timepoints.forEach(t -> known.add(ConfigKeys.FOLLOWUP_PREFIX + t));
    for (String key : p.keySet()) {
      if (!known.contains(key)) {
        throw PipelineErrors.unknownConfigKey(key, known);
      }
    }
    Map<Instrument, ResponderRule> rules = new EnumMap<>(Instrument.class);
    for (Instrument i : Instrument.values()) {
      String key = ConfigKeys.RESPONDER_PREFIX + i.name();
      rules.put(i, parse(key, p.get(key), ResponderRule::parse));
    }
    int[] baseline = parse(ConfigKeys.BASELINE_WINDOW, p.get(ConfigKeys.BASELINE_WINDOW), ConfigLoader::intPair);
    List<FollowUpWindow> windows = new ArrayList<>();
    for (String t : timepoints) {
      String key = ConfigKeys.FOLLOWUP_PREFIX + t;
      if (p.get(key) == null) {
        throw PipelineErrors.badConfigValue(key, "(missing)", "each timepoint needs from,to,target");
      }
      windows.add(parse(key, p.get(key), v -> FollowUpWindow.parse(t, v)));
    }
    List<AttendanceBand> bands =
        list(p, ConfigKeys.ATTENDANCE_BANDS).stream()
            .map(b -> parse(ConfigKeys.ATTENDANCE_BANDS, b, AttendanceBand::parse))
            .toList();
    int threshold = parse(ConfigKeys.SUPPRESSION_THRESHOLD, p.get(ConfigKeys.SUPPRESSION_THRESHOLD), Integer::parseInt);
    if (threshold < PipelineConfig.MIN_SUPPRESSION_THRESHOLD) {
      throw PipelineErrors.suppressionThresholdTooLow(threshold);
    }
    int exposure = parse(ConfigKeys.EXPOSURE_MIN_SESSIONS, p.get(ConfigKeys.EXPOSURE_MIN_SESSIONS), Integer::parseInt);
    if (exposure < 1) {
      throw PipelineErrors.badConfigValue(ConfigKeys.EXPOSURE_MIN_SESSIONS, Integer.toString(exposure), "it must be at least 1");
    }
    String compression = p.get(ConfigKeys.PARQUET_COMPRESSION);
    if (!List.of("snappy", "zstd", "gzip", "lz4", "none", "uncompressed").contains(compression)) {
      throw PipelineErrors.badConfigValue(
          ConfigKeys.PARQUET_COMPRESSION, compression, "use snappy, zstd, gzip, lz4 or none");
    }
    List<String> conditions = list(p, ConfigKeys.CONDITIONS);
    if (conditions.contains(OutputVocabulary.ALL)) {
      // outcome_change and adjusted_effects label the rows over every condition ALL (SPEC 7.1, 7.5).
      throw PipelineErrors.badConfigValue(
          ConfigKeys.CONDITIONS, String.join(",", conditions), "ALL names the rows over every condition; call the condition otherwise");
    }
    return new PipelineConfig(
        conditions,
        list(p, ConfigKeys.THERAPEUTIC_MODALITIES),
        list(p, ConfigKeys.EDUCATION_MODALITIES),
        rules,
        baseline[0],
        baseline[1],
        windows,
        exposure,
        bands,
        threshold,
        compression);
  }

  private static int[] intPair(String v) {
    String[] parts = v.split(",");
    if (parts.length != 2) {
      throw new IllegalArgumentException("expected from,to");
    }
    return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
  }

  private static List<String> list(Map<String, String> p, String key) {
    String v = p.get(key);
    if (v == null || v.isBlank()) {
      throw PipelineErrors.badConfigValue(key, "(empty)", "give a comma-separated list");
    }
    return Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      throw PipelineErrors.badConfigValue(key, value, e.getMessage());
    }
  }

  private ConfigLoader() {}
}
