package org.painoutcomes.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming: 20,000 participants (about 1.1 million rows, 60 MB of CSV) generated in a separate
 * JVM whose heap is capped at 48 MB, which could not hold the rows, and quickly.
 */
class LargeRunTest {

  @TempDir Path dir;

  @Test
  void twentyThousandParticipantsStreamThroughASmallHeapQuickly() throws Exception {
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            javaBin, "-Xmx48m", "-cp", System.getProperty("java.class.path"),
            GeneratorBenchmark.class.getName(), "20000", "99", "0.01", dir.resolve("extract").toString());
    pb.redirectErrorStream(true);
    // In the test's folder, beside the extract: nothing is left outside it.
    File log = dir.resolve("generator.log").toFile();
    pb.redirectOutput(log);
    long start = System.nanoTime();
    Process p = pb.start();
    boolean done = p.waitFor(120, TimeUnit.SECONDS);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<String> out = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
    assertThat(done).as("finished within two minutes").isTrue();
    assertThat(p.exitValue()).as("exit status; output: %s", out).isZero();
    // Measured about 3 s here (JVM start included) on 2 shared cores; 60 s leaves room.
    assertThat(seconds).as("seconds for 20,000 participants").isLessThan(60);
    assertThat(out.get(0)).as("summary line").startsWith("participants=20000 ");
    long attendance = Long.parseLong(out.get(2).replaceAll(".*rows=(\\d+).*", "$1"));
    long outcomes = Long.parseLong(out.get(3).replaceAll(".*rows=(\\d+).*", "$1"));
    assertThat(attendance + outcomes).as("rows written").isGreaterThan(1_000_000L);
  }
}
