package org.painoutcomes.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;
import org.painoutcomes.TestInputs;

/** BASE/runs/run_date=YYYY-MM-DD and BASE/latest, on the local file system. */
class RunDateLayoutTest {
  static FileSystem fs;

  @BeforeAll
  static void localFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
  }

  /** A published run folder: published folders always hold a manifest. */
  private static void published(java.nio.file.Path base, String date) {
    TestInputs.write(base.resolve("runs/run_date=" + date + "/manifest.json"), "{}");
  }

  @Test
  void runDateMustBeAnExactCalendarDate() {
    assertThat(RunDateLayout.parseRunDate("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    for (String bad : new String[] {"2025-02-29", "2025-3-31", "20250331", "2025-03-31T00:00", "{{ ds }}", ""}) {
      assertThatThrownBy(() -> RunDateLayout.parseRunDate(bad))
          .as("'%s'", bad)
          .isInstanceOf(PipelineException.class)
          .hasMessageContaining("YYYY-MM-DD")
          .extracting(e -> ((PipelineException) e).exitCode())
          .isEqualTo(2);
    }
  }

  @Test
  void outputIsTheRunDateFolderUnderRuns() {
    RunDateLayout layout = new RunDateLayout("hdfs://nn/data/pain", LocalDate.of(2025, 3, 31));
    assertThat(layout.output()).isEqualTo("hdfs://nn/data/pain/runs/run_date=2025-03-31");
    assertThat(layout.runFolder()).isEqualTo("runs/run_date=2025-03-31");
    assertThat(layout.latestFile().toString()).isEqualTo("hdfs://nn/data/pain/latest");
  }

  @Test
  void latestNamesTheNewestPublishedDateNotTheLastRun(@TempDir java.nio.file.Path base) throws IOException {
    published(base, "2025-03-30");
    published(base, "2025-03-31");
    // Not published runs: no manifest (a folder made by hand), a staging folder, a lock.
    TestInputs.write(base.resolve("runs/run_date=2025-04-02/part.parquet"), "x");
    TestInputs.write(base.resolve("runs/.run_date=2025-04-03.tmp-r1/manifest.json"), "{}");
    TestInputs.write(base.resolve("runs/.run_date=2025-04-03.lock"), "x");

    RunDateLayout backfill = new RunDateLayout(base.toString(), LocalDate.of(2025, 3, 30));
    assertThat(backfill.updateLatest(fs, "r1", Duration.ofMinutes(30)))
        .as("a backfill of 03-30 after 03-31 was published")
        .isEqualTo("runs/run_date=2025-03-31");
    assertThat(Files.readString(base.resolve("latest"))).isEqualTo("runs/run_date=2025-03-31\n");

    published(base, "2025-04-01");
    new RunDateLayout(base.toString(), LocalDate.of(2025, 4, 1)).updateLatest(fs, "r2", Duration.ofMinutes(30));
    assertThat(Files.readString(base.resolve("latest"))).as("replaced").isEqualTo("runs/run_date=2025-04-01\n");
    assertThat(Arrays.stream(base.toFile().list()).filter(n -> n.contains("tmp") || n.contains("lock")))
        .as("no temporary file or lock left in BASE")
        .isEmpty();
  }
}
