package org.painoutcomes.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the page as Chromium lays it out. Headless Chromium lays out no window narrower than
 * 500 px (a 390 px screenshot is the left of a 500 px layout), so the page is shown in a frame of
 * the width wanted, inside a page beside it whose script, once everything has loaded, reads the
 * layout (document scroll width; each table's box and whether it scrolls inside it; each chart's
 * drawn and own width and position) into a {@code pre} element; {@code --dump-dom} hands that
 * back. PRINT lays the page out with its print rules applied on screen, at the width of the
 * printed page's text, which is what the browser does on paper: a page that fits there is
 * neither shrunk to fit nor cut off.
 */
final class LayoutProbe {
  /** The text width of an A4 page with the page's margins of 12 mm: 186 mm at 96 px per inch. */
  static final int A4_TEXT_WIDTH = 703;

  enum Mode { SCREEN, PRINT }

  interface Browser {
    ReportBrowserTest.Run open(String url, String... args) throws IOException, InterruptedException;
  }

  /** A table: its right edge, its scrolling box's content and visible widths, and whether a visible hint sits above it. */
  record Table(String name, int right, int boxScrollWidth, int boxClientWidth, boolean hinted) {}

  /** A chart: its figure, drawn width, own width (the svg's width attribute), right edge and top. */
  record Chart(String name, String figure, int width, int intrinsicWidth, int right, int top) {}

  record Layout(int viewport, int scrollWidth, List<Table> tables, List<Chart> charts) {
    /** Figures in which two charts sit on one row (same top). */
    long figuresWithPanelsSideBySide() {
      Map<String, List<Integer>> tops = new HashMap<>();
      charts.stream().filter(c -> !c.figure().isEmpty())
          .forEach(c -> tops.computeIfAbsent(c.figure(), k -> new ArrayList<>()).add(c.top()));
      return tops.values().stream().filter(t -> t.stream().distinct().count() < t.size()).count();
    }
  }

  private static final String SCRIPT = """
      <script>
      window.addEventListener('load', function () {
        var frame = document.getElementById('page');
        var w = frame.contentWindow;
        var doc = frame.contentDocument;
        var out = [];
        var root = doc.documentElement;
        out.push('page|' + root.clientWidth + '|' + root.scrollWidth);
        function clean(s) { return (s || '').replace(/[|\\n]+/g, ' ').trim().slice(0, 100); }
        doc.querySelectorAll('table').forEach(function (t) {
          var box = t.closest('.table-scroll') || t.parentElement;
          var hint = box.previousElementSibling;
          var hinted = !!hint && hint.classList.contains('scroll-hint') && w.getComputedStyle(hint).display !== 'none';
          var cap = t.querySelector('caption');
          out.push('table|' + Math.round(t.getBoundingClientRect().right) + '|' + box.scrollWidth + '|'
              + box.clientWidth + '|' + hinted + '|' + clean(cap ? cap.textContent : ''));
        });
        doc.querySelectorAll('svg.chart').forEach(function (s) {
          var r = s.getBoundingClientRect();
          var f = s.closest('figure');
          var title = s.querySelector('title');
          out.push('chart|' + (f ? f.id : '') + '|' + Math.round(r.width) + '|' + (parseInt(s.getAttribute('width')) || 0)
              + '|' + Math.round(r.right) + '|' + Math.round(r.top + w.scrollY) + '|'
              + clean(title ? title.textContent : ''));
        });
        var pre = document.createElement('pre');
        pre.id = 'layout-measures';
        pre.textContent = out.join('\\n');
        document.body.appendChild(pre);
      });
      </script>
      """;

  private LayoutProbe() {}

  static Layout measure(Browser browser, Path page, Mode mode, int width) throws IOException, InterruptedException {
    Path frame = framed(page, mode, width, 2000, SCRIPT);
    ReportBrowserTest.Run run = browser.open(frame.toAbsolutePath().toUri().toString(), "--dump-dom",
        "--window-size=" + Math.max(width, 500) + ",2000", "--hide-scrollbars");
    if (run.exit() != 0) {
      throw new AssertionError("chromium failed, log:\n" + run.stderr());
    }
    return parse(run.stdout());
  }

  /**
   * A page beside {@code page} showing it in a frame {@code width} by {@code height} px at its
   * top left (the page itself in its {@code srcdoc}, so the script may read it), followed by
   * {@code script}.
   */
  static Path framed(Path page, Mode mode, int width, int height, String script) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    if (mode == Mode.PRINT) {
      html = html.replace("@media print", "@media all");
    }
    String srcdoc = html.replace("&", "&amp;").replace("\"", "&quot;");
    Path frame = page.resolveSibling("frame-" + mode.name().toLowerCase(java.util.Locale.ROOT) + "-" + width + ".html");
    Files.writeString(frame, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">"
        + "<iframe id=\"page\" style=\"display:block;border:0;width:" + width + "px;height:" + height + "px\" srcdoc=\""
        + srcdoc + "\"></iframe>" + script + "</body></html>", StandardCharsets.UTF_8);
    return frame;
  }

  /** A copy of the page beside it with one more style rule (e.g. the paper size). */
  static Path withStyle(Path page, String name, String css) throws IOException {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    Path copy = page.resolveSibling(name);
    Files.writeString(copy, html.replace("</head>", "<style>" + css + "</style>\n</head>"), StandardCharsets.UTF_8);
    return copy;
  }

  private static Layout parse(String dom) {
    int start = dom.indexOf("<pre id=\"layout-measures\">");
    if (start < 0) {
      throw new AssertionError("the layout script left no measures in the DOM");
    }
    String text = dom.substring(start + "<pre id=\"layout-measures\">".length(), dom.indexOf("</pre>", start))
        .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    int viewport = 0;
    int scrollWidth = 0;
    List<Table> tables = new ArrayList<>();
    List<Chart> charts = new ArrayList<>();
    for (String line : text.split("\n")) {
      String[] f = line.split("\\|", -1);
      switch (f[0]) {
        case "page" -> {
          viewport = Integer.parseInt(f[1]);
          scrollWidth = Integer.parseInt(f[2]);
        }
        case "table" -> tables.add(new Table(f[5], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Integer.parseInt(f[3]), Boolean.parseBoolean(f[4])));
        case "chart" -> charts.add(new Chart(f[6], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
            Integer.parseInt(f[4]), Integer.parseInt(f[5])));
        default -> throw new AssertionError("unexpected measure line: " + line);
      }
    }
    return new Layout(viewport, scrollWidth, tables, charts);
  }
}
