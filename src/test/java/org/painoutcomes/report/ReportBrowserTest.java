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
 * Opens the sample report in headless Chromium (the Debian package, /usr/bin/chromium) and checks
 * what a reader sees: the DOM as the browser built it; the browser's verbose log, which must show
 * no console message and no request but the page itself; and the layout as the browser laid it
 * out ({@link LayoutProbe}) at 1280 px, at 390 px and with the print rules at the A4 text width.
 * A canary page with a console error and a missing image proves the log checks can fail, and a
 * canary table too wide for the page proves the layout checks can. Skipped, never passed, where
 * Chromium is absent. For a person to look at, under target/: report-screenshot.png (1280 wide),
 * report-screenshot-narrow.png (390), report.pdf (A4) and its pages as report-pdf-N.png.
 */
@Tag("browser")
class ReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path REPORT = Path.of("target", "report-browser");
  private static final long TIMEOUT_SECONDS = 120;

  record Run(int exit, String stdout, String stderr) {}

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
      // in a frame of that width: headless Chromium lays out no window narrower than 500 px
      int width = Integer.parseInt(view[1]);
      String framed = LayoutProbe.framed(REPORT.resolve(ReportWriter.INDEX), LayoutProbe.Mode.SCREEN, width, 2400, "")
          .toAbsolutePath().toUri().toString();
      Run run = chromium(framed, "--screenshot=" + png, "--window-size=" + view[1] + ",2400", "--hide-scrollbars");
      assertThat(run.exit()).as("chromium exit status, log:\n%s", run.stderr()).isZero();
      assertThat(problems(run.stderr(), framed)).as("console messages and other requests").isEmpty();
      assertThat(png).as("screenshot written").exists();
      int[] size = pngSize(png);
      assertThat(size).as("screenshot %s size", view[0]).containsExactly(Integer.parseInt(view[1]), 2400);
    }
  }

  @Test
  void at1280PixelsNothingIsWiderThanTheWindowAndNoTableScrollsInItsBox() throws Exception {
    LayoutProbe.Layout l = layout(LayoutProbe.Mode.SCREEN, 1280);
    assertThat(l.viewport()).as("viewport").isEqualTo(1280);
    assertThat(l.scrollWidth()).as("document scroll width").isEqualTo(l.viewport());
    assertThat(l.tables()).as("tables measured").hasSizeGreaterThan(20);
    assertThat(l.tables()).as("tables that scroll inside their box at 1280 px")
        .filteredOn(t -> t.boxScrollWidth() > t.boxClientWidth()).isEmpty();
    assertThat(l.charts()).as("charts drawn at their own size, within the window")
        .allSatisfy(c -> {
          assertThat(c.width()).as(c.name()).isEqualTo(c.intrinsicWidth());
          assertThat(c.right()).as(c.name()).isLessThanOrEqualTo(l.viewport());
        });
    assertThat(l.figuresWithPanelsSideBySide()).as("figures with timepoints side by side at 1280 px").isPositive();
  }

  @Test
  void at390PixelsNoChartIsWiderThanThePhoneAndEachTimepointHasItsOwnRow() throws Exception {
    LayoutProbe.Layout l = layout(LayoutProbe.Mode.SCREEN, 390);
    assertThat(l.viewport()).as("viewport").isEqualTo(390);
    assertThat(l.scrollWidth()).as("document scroll width").isEqualTo(l.viewport());
    assertThat(l.charts()).as("charts measured").hasSizeGreaterThan(20);
    assertThat(l.charts()).as("charts within the phone's width")
        .allSatisfy(c -> assertThat(c.right()).as(c.name()).isLessThanOrEqualTo(l.viewport()));
    assertThat(l.figuresWithPanelsSideBySide()).as("figures with two timepoints on one row at 390 px").isZero();
    assertThat(l.tables()).as("a table wider than the phone has the visible hint above it")
        .filteredOn(t -> t.boxScrollWidth() > t.boxClientWidth())
        .allSatisfy(t -> assertThat(t.hinted()).as(t.name()).isTrue());
  }

  @Test
  void inPrintEveryTableAndChartIsLaidOutWithinTheA4TextWidth() throws Exception {
    LayoutProbe.Layout l = layout(LayoutProbe.Mode.PRINT, LayoutProbe.A4_TEXT_WIDTH);
    assertThat(l.scrollWidth()).as("document scroll width with the print rules").isEqualTo(l.viewport());
    assertThat(l.tables()).as("tables wider than the text width, or cut off by their box")
        .filteredOn(t -> t.right() > l.viewport() || t.boxScrollWidth() > t.boxClientWidth()).isEmpty();
    assertThat(l.charts()).as("charts at their own size (not shrunk) within the text width")
        .allSatisfy(c -> {
          assertThat(c.width()).as(c.name()).isEqualTo(c.intrinsicWidth());
          assertThat(c.right()).as(c.name()).isLessThanOrEqualTo(l.viewport());
        });
  }

  @Test
  void theLayoutChecksCatchATableWiderThanThePage() throws Exception {
    requireChromium();
    Path bad = profiles.resolve("wide.html");
    Files.writeString(bad, "<html><body style=\"margin:0\"><div class=\"table-scroll\" style=\"overflow-x:auto\">"
        + "<table><caption>too wide</caption><tr><td style=\"white-space:nowrap\">" + "wide cell ".repeat(60)
        + "</td></tr></table></div><svg class=\"chart\" width=\"900\" height=\"10\"></svg></body></html>");
    LayoutProbe.Layout l = LayoutProbe.measure(this::chromium, bad, LayoutProbe.Mode.SCREEN, 390);
    assertThat(l.tables()).singleElement().satisfies(t -> {
      assertThat(t.boxScrollWidth()).as("the canary table scrolls in its box").isGreaterThan(t.boxClientWidth());
      assertThat(t.hinted()).as("and has no hint").isFalse();
    });
    assertThat(l.scrollWidth()).as("the canary chart widens the document").isGreaterThan(l.viewport());
  }

  @Test
  void printsToAnA4PdfWhosePagesArePictures() throws Exception {
    requireChromium();
    Path pdf = Path.of("target", "report.pdf").toAbsolutePath();
    Files.deleteIfExists(pdf);
    Path a4 = LayoutProbe.withStyle(REPORT.resolve(ReportWriter.INDEX), "report-a4.html", "@page { size: A4; }");
    Run run = chromium(a4.toUri().toString(), "--print-to-pdf=" + pdf, "--no-pdf-header-footer");
    assertThat(run.exit()).as("chromium exit status, log:\n%s", run.stderr()).isZero();
    assertThat(pdf).as("PDF written").exists();
    assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).as("A4 pages (595 x 842 pt)")
        .containsPattern("/MediaBox\\s*\\[\\s*0 0 59[45](\\.\\d+)? 84[12](\\.\\d+)?\\s*\\]");
    Path pdftoppm = Path.of("/usr/bin/pdftoppm");
    assumeTrue(Files.isExecutable(pdftoppm), "SKIPPED: pdftoppm (poppler-utils) not found: no PNG of the PDF pages");
    try (var old = Files.list(Path.of("target"))) {
      for (Path f : old.filter(f -> f.getFileName().toString().startsWith("report-pdf-")).toList()) {
        Files.delete(f);
      }
    }
    Process p = new ProcessBuilder(pdftoppm.toString(), "-png", "-r", "60", pdf.toString(),
        Path.of("target", "report-pdf").toAbsolutePath().toString()).inheritIO().start();
    assertThat(p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0).as("pdftoppm finished").isTrue();
    try (var pages = Files.list(Path.of("target"))) {
      assertThat(pages.filter(f -> f.getFileName().toString().startsWith("report-pdf-")).count())
          .as("PDF pages rendered").isGreaterThan(3);
    }
  }

  private LayoutProbe.Layout layout(LayoutProbe.Mode mode, int width) throws Exception {
    requireChromium();
    return LayoutProbe.measure(this::chromium, REPORT.resolve(ReportWriter.INDEX), mode, width);
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
    assertThat(dom).as("the summary reached the DOM").contains("In short", "between March 2025 and November 2025");
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

  Run chromium(String url, String... args) throws IOException, InterruptedException {
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
