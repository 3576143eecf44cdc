/// A complete, self-contained HTML page: inline CSS, no scripts, no external resources.
///
/// The style sheet reads on screen (a white sheet on a grey desk); on a narrow screen (a
/// phone, 375 px) the sheet fills the width, charts keep a readable width inside a box that
/// scrolls sideways and tables scroll inside their box, so nothing widens the page. It prints
/// on A4: the summary chart sized to share the first page with the headlines, headings kept
/// with what follows, table headers repeated on every page, charts and rows never split.
/// Text keeps at least 7:1 contrast with its background.
enum HTMLPage {
  /// The page for `body`, starting with `<!DOCTYPE html>` and ending in a newline.
  static func render(title: String, generator: String?, body: [Markup]) -> String {
    var head: [Markup] = [
      .element("meta", ["charset": "utf-8"]),
      .element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]),
    ]
    if let generator { head.append(.element("meta", ["name": "generator", "content": generator])) }
    head += [
      .element("title", [:], [.text(title)]),
      .element("style", [:], [.text(style)]),
    ]
    let html = Markup.element(
      "html", ["lang": "en-GB"],
      [
        .element("head", [:], head),
        .element("body", [:], [.element("main", [:], body)]),
      ])
    return "<!DOCTYPE html>\n" + html.rendered() + "\n"
  }

  /// The style sheet. It must not contain `&`, `<` or `>`: it is written as escaped text.
  static let style = """

    @page { size: A4; margin: 14mm 14mm 16mm; }
    html { color: #1a1a1a; background: #e9edf1; }
    body { margin: 0; font: 10.5pt/1.45 'DejaVu Sans', 'Helvetica Neue', Arial, sans-serif; }
    main { max-width: 182mm; margin: 8mm auto; padding: 12mm 14mm; background: #ffffff;
      box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
    h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 3pt; color: #14395a; }
    h2 { font-size: 13.5pt; color: #14395a; border-bottom: 1.5pt solid #1d4f7c;
      padding-bottom: 2pt; margin: 20pt 0 8pt; break-after: avoid; }
    h3 { font-size: 11pt; margin: 14pt 0 4pt; break-after: avoid; }
    p { margin: 0 0 6pt; }
    .lede { font-size: 11.5pt; color: #333333; margin-bottom: 10pt; }
    .muted { color: #4a4a4a; }
    table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 4pt 0 10pt; }
    caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 4pt; }
    th, td { text-align: left; vertical-align: top; padding: 2.5pt 5pt;
      border-bottom: 0.5pt solid #b3b3b3; }
    thead th { border-bottom: 1.2pt solid #1a1a1a; font-weight: bold; vertical-align: bottom; }
    thead th.num { white-space: normal; }
    tbody th { font-weight: bold; white-space: nowrap; }
    tr.group th, tr.group td { background: #eef3f8; font-weight: bold; padding-top: 4pt; }
    .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    thead { display: table-header-group; }
    tr, .card, .judgement { break-inside: avoid; }
    figure { margin: 6pt 0 4pt; }
    figcaption { font-size: 9pt; color: #333333; margin-top: 4pt; }
    svg.chart { display: block; width: 100%; height: auto; }
    svg.interval { display: block; width: 20mm; height: 3.2mm; }
    .cards { display: flex; flex-wrap: wrap; gap: 6pt; margin: 4pt 0 8pt; }
    .card { flex: 1 1 44mm; border: 1pt solid #1d4f7c; border-left-width: 4pt;
      padding: 5pt 8pt; }
    .card .title { font-size: 9pt; color: #333333; }
    .card .value { font-size: 19pt; font-weight: bold; line-height: 1.15; }
    .card .band { font-weight: bold; }
    .judgement { border-left: 3pt solid #1d4f7c; padding: 2pt 0 2pt 8pt; margin: 0 0 8pt; }
    .judgement p { margin: 2pt 0 0; }
    .key { display: inline-block; width: 14pt; height: 8pt; vertical-align: baseline;
      border: 0.75pt solid #1a1a1a; margin: 0 3pt 0 8pt; }
    .key.dash { border: 0; border-top: 1.5pt dashed #8a1c1c; height: 0; vertical-align: middle; }
    dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 2pt 10pt;
      font-size: 9pt; }
    dl.provenance dt { font-weight: bold; }
    dl.provenance dd { margin: 0; }
    code { font-family: 'DejaVu Sans Mono', Menlo, Consolas, monospace; font-size: 8.5pt;
      overflow-wrap: anywhere; }
    blockquote { margin: 2pt 0 6pt; padding: 2pt 0 2pt 8pt; border-left: 3pt solid #b3b3b3;
      color: #333333; font-style: italic; }
    ul.plain { padding-left: 14pt; margin: 0 0 8pt; }
    .small { font-size: 9pt; }
    .scroll { overflow-x: auto; max-width: 100%; }
    .panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(58mm, 1fr));
      gap: 6pt 10pt; }
    svg.panel { display: block; width: 100%; height: auto; break-inside: avoid; }
    @media print {
      html { background: #ffffff; }
      body { font-size: 9.5pt; }
      main { max-width: none; margin: 0; padding: 0; box-shadow: none; }
      header { margin: 0 0 6pt; }
      .cards { margin-bottom: 4pt; }
      .card { padding: 3pt 6pt; }
      .card .value { font-size: 15pt; }
      h2 { margin-top: 12pt; break-after: avoid; }
      h2, h3, caption { break-after: avoid; }
      figure, svg, .card, .judgement, tr { break-inside: avoid; }
      svg.chart { max-height: 168mm; }
      table { font-size: 8pt; line-height: 1.3; }
      th, td { padding: 1.2pt 3pt; }
      table.questions td:nth-child(2) { width: 58%; }
      table.questions td:nth-child(7) svg.interval { width: 16mm; }
      .scroll, figure.multiples, .scroll table { overflow: visible; }
    }
    @media screen and (max-width: 640px) {
      body { font-size: 10pt; }
      main { max-width: none; margin: 0; padding: 14px 12px; box-shadow: none; }
      h1 { font-size: 16pt; }
      h1, h2, h3, p, li, dd, figcaption { overflow-wrap: anywhere; }
      table { display: block; overflow-x: auto; max-width: 100%; }
      figure { overflow-x: auto; max-width: 100%; }
      svg.chart { min-width: 520px; }
      .panels { grid-template-columns: 1fr; }
      .card { flex-basis: 100%; }
      dl.provenance { grid-template-columns: minmax(0, 1fr); }
    }

    """
}
