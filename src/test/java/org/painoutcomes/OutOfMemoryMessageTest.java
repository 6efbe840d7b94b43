package org.painoutcomes;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.SparkException;
import org.apache.spark.memory.SparkOutOfMemoryError;
import org.junit.jupiter.api.Test;

/** A run that runs out of memory says which setting to raise (issue: resource ceiling). */
class OutOfMemoryMessageTest {

  @Test
  void aTaskOutOfHeapNamesTheSettingsAndExitsOne() {
    Exception failure = new SparkException("Job aborted", new OutOfMemoryError("Java heap space"));
    PipelineException e = PipelineErrors.translate(failure, null);
    assertThat(e).isNotNull();
    assertThat(e.exitCode()).isEqualTo(1);
    assertThat(e.getMessage())
        .contains("ran out of memory")
        .contains("PAIN_OUTCOMES_DRIVER_MEMORY")
        .contains("spark.executor.memory")
        .contains("previous output is unchanged");
  }

  @Test
  void sparksOwnOutOfMemoryErrorIsRecognisedDeepInTheCauses() {
    Exception failure =
        new RuntimeException("stage failed", new SparkException("task", new SparkOutOfMemoryError("UNABLE_TO_ACQUIRE_MEMORY", java.util.Map.of("requestedBytes", "1", "receivedBytes", "0"))));
    assertThat(PipelineErrors.translate(failure, null)).isNotNull();
  }

  @Test
  void anyOtherFailureIsNotCalledOutOfMemory() {
    assertThat(PipelineErrors.translate(new SparkException("Job aborted", new java.io.IOException("disk full")), null)).isNull();
  }
}
