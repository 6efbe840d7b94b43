package org.painoutcomes.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the sample report in headless Chromium (the Debian package, /usr/bin/chromium): a wide
 * and a narrow screenshot, the DOM as the browser built it, and the browser's verbose log, which
 * must show no console message and no request but the page itself (so none that could fail). A
 * canary page with a console error and a missing image proves the log checks can fail. Skipped,
 * never passed, where Chromium is absent.
 * Screenshots: target/report-screenshot.png (1280 wide), target/report-screenshot-narrow.png (390).
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path REPORT = Path.of("target", "report-browser");
  private static final long TIMEOUT_SECONDS = 120;

  private record Run(int exit, String stdout, String stderr) {}

  @TempDir Path profiles;

  @BeforeAll
  static void writeReport() throws IOException {
    ReportWriter.write(SampleReportData.build(), REPORT);
  }

  @Test
  void wideAndNarrowScreenshotsRenderWithoutErrors() throws Exception {
    requireChromium();
    for (String[] view : List.of(new String[] {"report-screenshot.png", "1280"},
        new String[] {"report-screenshot-narrow.png", "390"})) {
      Path png = Path.of("target", view[0]).toAbsolutePath();
      Files.deleteIfExists(png);
      Run run = chromium(page(), "--screenshot=" + png, "--window-size=" + view[1] + ",2400");
      assertThat(run.exit()).as("chromium exit status, log:\n%s", run.stderr()).isZero();
      assertThat(problems(run.stderr(), page())).as("console messages and other requests").isEmpty();
      assertThat(png).as("screenshot written").exists();
      int[] size = pngSize(png);
      assertThat(size).as("screenshot %s size", view[0]).containsExactly(Integer.parseInt(view[1]), 2400);
    }
  }

  @Test
  void theBrowserBuildsTheWholePageFromTheFileAlone() throws Exception {
    requireChromium();
    Run run = chromium(page(), "--dump-dom");
    assertThat(run.exit()).as("chromium exit status, log:\n%s", run.stderr()).isZero();
    assertThat(problems(run.stderr(), page())).as("console messages and other requests").isEmpty();
    String html = Files.readString(REPORT.resolve(ReportWriter.INDEX), StandardCharsets.UTF_8);
    String dom = run.stdout();
    assertThat(dom).as("the headline reached the DOM").contains("Key results: all participants");
    assertThat(count(dom, "<svg")).as("every chart parsed as SVG").isEqualTo(count(html, "<svg")).isGreaterThan(10);
    assertThat(count(dom, "<table")).as("every table parsed").isEqualTo(count(html, "<table"));
    assertThat(dom).as("the page's last section").contains("About this run");
    for (String external : List.of("http://", "https://", "src=", "@import", "url(")) {
      assertThat(html).as("the page itself refers to nothing outside: %s", external).doesNotContain(external);
    }
  }

  @Test
  void theLogChecksCatchAConsoleErrorAndAMissingFile() throws Exception {
    requireChromium();
    Path bad = profiles.resolve("canary.html");
    Files.writeString(bad, "<html><body><script>console.error('boom')</script><img src=\"missing.png\"></body></html>");
    String url = bad.toUri().toString();
    Run run = chromium(url, "--dump-dom");
    assertThat(problems(run.stderr(), url)).as("the canary's problems are seen")
        .anySatisfy(p -> assertThat(p).contains("CONSOLE"))
        .anySatisfy(p -> assertThat(p).contains("missing.png"));
  }

  private static String page() {
    return REPORT.resolve(ReportWriter.INDEX).toAbsolutePath().toUri().toString();
  }

  private static void requireChromium() {
    assumeTrue(Files.isExecutable(CHROMIUM),
        "SKIPPED: headless Chromium not found at /usr/bin/chromium (install: apt-get install -y chromium)");
  }

  private Run chromium(String url, String... args) throws IOException, InterruptedException {
    // --v=1 logs every file the browser loads (FileURLLoader::Start), so a request is visible
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--enable-logging=stderr", "--v=1",
        "--user-data-dir=" + Files.createTempDirectory(profiles, "profile")));
    command.addAll(List.of(args));
    command.add(url);
    Path out = Files.createTempFile(profiles, "stdout", ".txt");
    Path err = Files.createTempFile(profiles, "stderr", ".txt");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish within " + TIMEOUT_SECONDS + " s");
    }
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /**
   * The log lines that show a problem: any console message (the page has no script, so any is an
   * error), any file loaded other than the page, and any failed load of a file: URL.
   */
  private static List<String> problems(String log, String url) {
    List<String> out = new ArrayList<>();
    for (String line : log.split("\n")) {
      boolean console = line.contains(":CONSOLE");
      int load = line.indexOf("FileURLLoader::Start: ");
      boolean otherFile = load >= 0 && !line.substring(load + "FileURLLoader::Start: ".length()).trim().equals(url);
      boolean failed = line.contains("net::ERR_") && line.contains("file:");
      if (console || otherFile || failed || line.contains("Failed to load resource")) {
        out.add(line);
      }
    }
    return out;
  }

  /** Width and height from a PNG's IHDR chunk. */
  private static int[] pngSize(Path png) throws IOException {
    byte[] b = Files.readAllBytes(png);
    assertThat(b).as("a PNG file").startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    return new int[] {readInt(b, 16), readInt(b, 20)};
  }

  private static int readInt(byte[] b, int at) {
    return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
  }

  private static int count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }
}
