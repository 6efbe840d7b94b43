package org.painoutcomes.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.PipelineException;

/**
 * The pointer publish of object stores (docs/STORAGE.md), its rules checked on the local file
 * system where each state is easy to see: the S3 test (storage.S3StorageTest) runs it for real.
 */
class PointerPublisherTest {
  static FileSystem fs;

  @BeforeAll
  static void localFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration()).getRawFileSystem(); // no .crc files beside each file
  }

  /** One complete run through the publisher: its folder holds a file named after it. */
  private static PointerPublisher publishRun(Path out, String runId) throws IOException {
    PointerPublisher p = new PointerPublisher(fs, out, runId);
    p.prepare();
    Files.writeString(java.nio.file.Path.of(new Path(p.staging(), "table.txt").toUri()), runId);
    p.publish();
    return p;
  }

  @Test
  void eachRunPublishesItsOwnFolderThroughThePointerAndRemovesOnlyWhatIsSupersededAndItsOwn(@TempDir java.nio.file.Path dir) throws IOException {
    Path out = new Path(dir.resolve("out").toUri());
    assertThat(PointerPublisher.published(fs, out)).as("never published").isEmpty();

    PointerPublisher first = publishRun(out, "r");
    assertThat(Files.readString(dir.resolve("out/current"))).isEqualTo(first.folderName() + "\n");
    assertThat(first.folderName()).matches("run-r-[0-9a-f]{8}");
    PointerPublisher second = publishRun(out, "r");
    assertThat(second.folderName()).as("a repeated run id gets a folder of its own").isNotEqualTo(first.folderName());
    assertThat(PointerPublisher.published(fs, out)).contains(second.folderName());

    // A run that died after writing (no publish), and folders this pipeline did not write.
    PointerPublisher dead = new PointerPublisher(fs, out, "dead");
    dead.prepare();
    Files.createDirectories(dir.resolve("out/run-made-by-hand"));
    Files.writeString(dir.resolve("out/run-made-by-hand/data.csv"), "x");
    Files.writeString(dir.resolve("out/README.txt"), "y");

    PointerPublisher third = publishRun(out, "r");
    assertThat(dir.resolve("out").toFile().list())
        .as("kept: current, the previous run (readers may still be on it), others' files; removed: the first run and the dead one")
        .containsExactlyInAnyOrder("current", third.folderName(), second.folderName(), "run-made-by-hand", "README.txt");
    assertThat(Files.readString(dir.resolve("out/" + third.folderName() + "/table.txt"))).isEqualTo("r");
  }

  @Test
  void anAbandonedRunLeavesThePublishedOneAsItWas(@TempDir java.nio.file.Path dir) throws IOException {
    Path out = new Path(dir.resolve("out").toUri());
    PointerPublisher published = publishRun(out, "good");
    PointerPublisher failed = new PointerPublisher(fs, out, "bad");
    failed.prepare();
    failed.abandon();
    assertThat(PointerPublisher.published(fs, out)).contains(published.folderName());
    assertThat(dir.resolve("out").toFile().list()).containsExactlyInAnyOrder("current", published.folderName());
  }

  @Test
  void aPointerThatNamesNoRunFolderIsAnErrorNotAPath(@TempDir java.nio.file.Path dir) throws IOException {
    Path out = new Path(dir.resolve("out").toUri());
    Files.createDirectories(dir.resolve("out"));
    Files.writeString(dir.resolve("out/current"), "../../etc\n");
    assertThatThrownBy(() -> PointerPublisher.published(fs, out)).isInstanceOf(IOException.class).hasMessageContaining("does not name a run folder");
    assertThatThrownBy(() -> new PointerPublisher(fs, out, "next").publish()).isInstanceOf(PipelineException.class);
    assertThat(Files.readString(dir.resolve("out/current"))).as("left as it was").isEqualTo("../../etc\n");
  }
}
