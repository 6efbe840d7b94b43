package org.painoutcomes.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;
import org.painoutcomes.TestInputs;
import org.painoutcomes.contract.Instrument;

class ConfigLoaderTest {

  @Test
  void exampleConfigFileHoldsExactlyTheDefaults() {
    assertThat(ConfigLoader.readFile(Path.of("jobs/pain-outcomes.properties")))
        .as("jobs/pain-outcomes.properties documents every key with its default")
        .isEqualTo(ConfigLoader.defaults());
  }

  @Test
  void precedenceIsFlagThenSparkConfThenFileThenDefault(@TempDir Path dir) {
    Path file = TestInputs.write(dir.resolve("job.properties"),
        "exposure.min_sessions=4\nresponder.ODI=12\nsuppression.threshold=13\n");
    PipelineConfig c =
        ConfigLoader.load(
            file,
            Map.of("spark.painoutcomes.responder.ODI", "15", "spark.painoutcomes.suppression.threshold", "20", "spark.executor.memory", "2g"),
            Map.of("suppression.threshold", "30"));
    assertThat(c.suppressionThreshold()).as("flag wins").isEqualTo(30);
    assertThat(c.responderRule(Instrument.ODI)).as("spark conf beats file").isEqualTo(new ResponderRule(ResponderRule.Kind.POINTS, 15));
    assertThat(c.exposureMinSessions()).as("file beats default").isEqualTo(4);
    assertThat(c.responderRule(Instrument.PEG)).as("default").isEqualTo(new ResponderRule(ResponderRule.Kind.PERCENT_OF_BASELINE, 30));
  }

  @Test
  void thresholdBelowElevenIsAUsageErrorSayingWhy() {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("suppression.threshold", "10")))
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("never be lower than 11")
        .extracting(e -> ((PipelineException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void aConditionCalledAllIsAUsageError() {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of("conditions", "migraine,ALL")))
        .isInstanceOf(PipelineException.class)
        .hasMessage(
            "Configuration 'conditions' has the unusable value 'migraine,ALL': ALL names the rows over every condition;"
                + " call the condition otherwise. Fix it in the config file, --conf spark.painoutcomes.conditions or the flag.")
        .extracting(e -> ((PipelineException) e).exitCode())
        .isEqualTo(2);
  }

  @Test
  void customTimepointsAndBandsParse() {
    PipelineConfig c = ConfigLoader.load(null, Map.of(),
        Map.of("followup.timepoints", "WEEK_4", "followup.WEEK_4", "20,35,28", "attendance.bands", "1-5,6+"));
    assertThat(c.followUpWindows()).containsExactly(new FollowUpWindow("WEEK_4", 20, 35, 28));
    assertThat(c.attendanceBands()).containsExactly(new AttendanceBand("1-5", 1, 5), new AttendanceBand("6+", 6, null));
  }
}
