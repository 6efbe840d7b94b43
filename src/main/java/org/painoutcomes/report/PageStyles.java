package org.painoutcomes.report;

/**
 * The page's inline style sheet: system fonts only (nothing fetched); charts one per timepoint,
 * side by side where they fit and one per row on a phone or on paper; tables that fit a 1280 px
 * screen and the printed page (about 700 CSS px of text width on A4 with these margins), and on a
 * phone scroll sideways inside their box with a visible hint; print rules for A4 and Letter.
 */
final class PageStyles {
  static final String CSS =
      """
      :root { --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; --soft: #f1f4f8; --accent: #1d4e89; }
      * { box-sizing: border-box; }
      html { -webkit-text-size-adjust: 100%; }
      body { margin: 0; color: var(--ink); background: #fff;
        font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
      main { max-width: 1200px; margin: 0 auto; padding: 28px 20px 56px; }
      main p, main li { max-width: 82ch; }
      .summary { border: 1px solid var(--line); border-left: 4px solid var(--accent); border-radius: 6px;
        padding: 4px 16px 8px; margin: 14px 0; background: #fafbfd; }
      .summary h2 { border-top: none; margin: 8px 0 4px; padding-top: 0; }
      .summary li { margin: 4px 0; }
      a.figref { white-space: nowrap; }
      h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 6px; }
      h2 { font-size: 1.35rem; margin: 44px 0 8px; padding-top: 10px; border-top: 2px solid var(--ink); }
      h3 { font-size: 1.1rem; margin: 30px 0 4px; }
      p { margin: 8px 0; }
      code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
      .eyebrow { text-transform: uppercase; letter-spacing: .06em; font-size: .78rem; color: var(--muted); margin: 0; }
      .runline { color: var(--muted); font-size: .9rem; margin: 0 0 18px; }
      .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 18px 0 8px; }
      .card { border: 1px solid var(--line); border-top: 4px solid var(--accent); border-radius: 6px; padding: 10px 14px; }
      .card-label { font-size: .85rem; color: var(--muted); }
      .card-value { font-size: 1.9rem; font-weight: 700; line-height: 1.25; font-variant-numeric: tabular-nums; }
      .card-note { font-size: .8rem; color: var(--muted); }
      .rule { font-weight: 600; }
      .caveat { border-left: 4px solid #9a5b13; background: #fbf6ee; padding: 10px 14px; margin: 14px 0; }
      .note { font-size: .88rem; color: var(--muted); }
      nav.contents ol { columns: 2; column-gap: 32px; padding-left: 20px; margin: 6px 0; }
      nav.contents a { color: var(--accent); }
      .inputs { font-size: .88rem; }
      .inputs li { margin: 0; }
      figure { margin: 18px 0 6px; }
      figcaption { font-size: .92rem; margin-bottom: 6px; }
      .panels { display: flex; flex-wrap: wrap; gap: 12px; align-items: flex-start; }
      .panel { min-width: 0; max-width: 100%; }
      svg.chart { display: block; max-width: 100%; height: auto; }
      .table-scroll { overflow-x: auto; margin: 4px 0 18px; }
      .scroll-hint { display: none; font-size: .8rem; color: var(--muted); margin: 2px 0; }
      table { border-collapse: collapse; font-size: .85rem; font-variant-numeric: tabular-nums; }
      caption { text-align: left; font-size: .85rem; color: var(--muted); padding: 2px 0 4px; }
      th, td { padding: 3px 9px; border-bottom: 1px solid var(--line); text-align: right; vertical-align: top; white-space: nowrap; }
      thead th { border-bottom: 2px solid var(--ink); font-weight: 600; vertical-align: bottom; white-space: normal; }
      tbody th { white-space: normal; min-width: 7em; }
      tr.folded th, tr.folded td { font-style: italic; color: var(--muted); }
      th[scope="row"], td.text, th.text { text-align: left; font-weight: normal; }
      td.wrap, th.wrap { white-space: normal; min-width: 14em; }
      th.group { text-align: center; border-bottom: 1px solid var(--ink); }
      th.measure { text-align: left; font-weight: 600; border-bottom: 1px solid var(--ink); }
      tr.section th { text-align: left; font-weight: 700; background: var(--soft); }
      tr.emphasis th, tr.emphasis td { font-weight: 700; }
      td.suppressed { font-style: italic; color: var(--muted); text-align: center; }
      td.absent { color: var(--muted); }
      .legend-marker { font-style: italic; color: var(--muted); }
      dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; font-size: .9rem; }
      dl.facts dt { color: var(--muted); }
      dl.facts dd { margin: 0; }
      @media (max-width: 600px) {
        main { padding: 18px 12px 40px; }
        h1 { font-size: 1.4rem; }
        nav.contents ol { columns: 1; }
        .cards { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 8px; }
        .card { padding: 8px 10px; }
        .card-value { font-size: 1.35rem; }
        .card-note { font-size: .72rem; }
        .scroll-hint { display: block; }
        th, td { padding: 3px 5px; }
        th { white-space: normal; }
        tbody th { min-width: 5em; }
      }
      @page { margin: 14mm 12mm; }
      @media print {
        body { font-size: 10pt; }
        main { max-width: none; padding: 0; }
        nav.contents { display: none; }
        h2 { border-top: none; }
        h2.part { break-before: page; page-break-before: always; }
        h2, h3, p.note, figcaption { break-after: avoid; page-break-after: avoid; }
        .table-scroll { overflow: visible; }
        .scroll-hint { display: none; }
        .panel { break-inside: avoid; page-break-inside: avoid; }
        table { font-size: 8pt; }
        th, td { padding: 2px 5px; }
        /* a figure of three timepoints is taller than a page: each timepoint's chart stays whole */
        tr, .cards, .caveat, .summary li { break-inside: avoid; page-break-inside: avoid; }
      }
      """;

  private PageStyles() {}
}
