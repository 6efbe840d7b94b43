package org.painoutcomes.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.painoutcomes.TestInputs;
import org.painoutcomes.cli.Main;

/**
 * An expected failure looks like one (issue 13): the console of a run, stdout and stderr as a
 * terminal shows them, ends with the one "pain-outcomes:" message naming the file and the fix, and
 * no line of it is a stack frame; Spark's executor stack traces are in the log file the message
 * names.
 */
class FailureConsoleTest {
  private static final String STACK_FRAME = "(?m)^\\s+at ";

  @Test
  void aTruncatedGzipEndsTheConsoleWithItsMessageAndKeepsTheTracesInTheLog(@TempDir Path dir) throws Exception {
    // About 1 MB of rows compress to well over what the driver reads for the header; half the
    // compressed file leaves the header readable and fails the task that reads the rows.
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    Files.delete(input.resolve("outcomes.csv"));
    byte[] gz = gzip(outcomeRows(30_000));
    TestInputs.write(input.resolve("outcomes.csv.gz"), Arrays.copyOf(gz, gz.length / 2));
    Path log = dir.resolve("spark.log");

    String console = run(dir, log, 1, "run", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertThat(lastLine(console))
        .startsWith("pain-outcomes: Cannot read the input file outcomes.csv.gz: Unexpected end of ZLIB input stream.")
        .contains("Check the file (for a .gz file: gzip -t) and re-deliver it, then run again.")
        .endsWith(" Spark's log of the run, with the details: " + log);
    assertThat(console).as("console:%n%s", console).doesNotContainPattern(STACK_FRAME);
    assertThat(Files.readString(log)).as("the executor's stack trace, in the log").containsPattern(STACK_FRAME)
        .contains("Unexpected end of ZLIB input stream");
    assertThat(dir.resolve("out")).as("nothing published").doesNotExist();
  }

  @Test
  void aContractErrorEndsTheConsoleWithItsMessage(@TempDir Path dir) throws Exception {
    Path input = TestInputs.minimalInput(dir.resolve("in"));
    TestInputs.write(input.resolve("attendance.csv"), "participant_id,session_id,modality,attended\nP1,X1,yoga,true\n");
    String console = run(dir, dir.resolve("spark.log"), 65, "run", "--input", input.toString(), "--output", dir.resolve("out").toString());
    assertThat(lastLine(console))
        .isEqualTo("pain-outcomes: File attendance.csv has no column 'session_date' in its header, which the contract"
            + " requires. Add the column to the extract (header names match case-insensitively).");
    assertThat(console).as("console:%n%s", console).doesNotContainPattern(STACK_FRAME);
  }

  private static String run(Path dir, Path log, int expectedStatus, String... args) throws InterruptedException {
    ChildJvm child = ChildJvm.of(dir.resolve("child"), "local[2]", "-Dpainoutcomes.log.file=" + log);
    Process p = child.startWithConsole(Main.class.getName(), args);
    if (!p.waitFor(600, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor();
      throw new AssertionError("the run did not end within 600 s; console:\n" + child.console());
    }
    assertThat(p.exitValue()).as("exit status; console:%n%s", child.console()).isEqualTo(expectedStatus);
    return child.console();
  }

  private static String lastLine(String console) {
    String[] lines = console.strip().split("\n");
    return lines[lines.length - 1];
  }

  private static String outcomeRows(int rows) {
    StringBuilder b = new StringBuilder("participant_id,assessment_date,instrument,item,value\n");
    for (int i = 0; i < rows; i++) {
      b.append("P1,2025-01-").append(String.format("%02d", 2 + i % 27)).append(",NRS,NRS_PAIN,").append(i % 11).append('\n');
    }
    return b.toString();
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
