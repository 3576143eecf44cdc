import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// Renders a score result as one self-contained HTML page to read on screen or print on A4.
///
/// The page holds headline scores with their bands, a summary-of-scores chart (SVG) with
/// every band boundary drawn as a labelled line and the same figures as a table, judgements
/// with their rationales and advisory bands, every question's counts, percentage and 95%
/// interval, exclusions and warnings, and the provenance: framework id, version and
/// fingerprint, sample fingerprint and InspectionKit version. There are no scripts and no
/// external resources; the same inputs give byte-identical output.
///
/// ```swift
/// let html = ScoreHTMLReport.render(result, document: plan.document,
///                                   provenance: ReportProvenance(inspectionKitVersion: "0.1.0"))
/// ```
public enum ScoreHTMLReport {
  /// The page, from `<!DOCTYPE html>` to a final newline.
  ///
  /// - Parameters:
  ///   - result: the scores.
  ///   - document: the framework that scored them; supplies grade scales and question roles.
  ///   - provenance: the version of the software rendering the report.
  public static func render(
    _ result: ScoreResult, document: FrameworkDocument, provenance: ReportProvenance
  ) -> String {
    let wording = ScoreWording(result)
    let framework = result.framework
    var body: [Markup] = [
      .element(
        "header", [:],
        [
          .element(
            "p", ["class": "muted small"],
            [
              .text("Summary of scores · \(framework.id)@\(framework.version)")
            ]),
          .element("h1", [:], [.text(framework.title)]),
          .element("p", ["class": "lede"], [.text(sampleSentence(result.sample))]),
        ])
    ]
    body += headlineSection(result, wording: wording)
    body += chartSection(
      SummaryChart.criteria(of: result, document: document), heading: "Summary of scores",
      wording: wording)
    body += judgementSection(result, wording: wording)
    body += overrideSection(result, wording: wording)
    body += questionSection(result, document: document, wording: wording)
    body += result.breakdowns.flatMap { breakdownSection($0, in: result) }
    body += marksSection(wording)
    body += caseSection(result)
    body += warningSection(result)
    body += provenanceSection(result, document: document, provenance: provenance)
    return HTMLPage.render(
      title: "\(framework.title) — summary of scores",
      generator: "InspectionKit \(provenance.inspectionKitVersion)", body: body)
  }

  /// A breakdown: its small multiples, then every figure as a table that scrolls inside its
  /// box on a narrow screen.
  static func breakdownSection(_ breakdown: BreakdownScore, in result: ScoreResult) -> [Markup] {
    let table = BreakdownTable(breakdown, in: result)
    let head = Markup.element(
      "thead", [:],
      [
        .element(
          "tr", [:],
          table.header.enumerated().map { index, title in
            .element("th", attributes: [("class", index == 0 ? nil : "num")], [.text(title)])
          })
      ])
    let rows = table.rows.map { row in
      Markup.element(
        "tr", [:],
        row.enumerated().map { index, cell in
          index == 0
            ? .element("th", ["scope": "row"], [.text(cell)])
            : .element("td", ["class": "num"], [.text(cell)])
        })
    }
    return [
      .element("h2", [:], [.text("Breakdown by \(breakdown.column)")]),
      BreakdownChart(breakdown, in: result).figure(),
      .element(
        "div", ["class": "scroll"],
        [
          .element(
            "table", [:],
            [
              .element(
                "caption", [:],
                [.text("Every score by \(breakdown.column); ALL is the whole sample")]),
              head, .element("tbody", [:], rows),
            ])
        ]),
    ]
  }

  static func sampleSentence(_ sample: SampleSummary) -> String {
    let cases = sample.cases == 1 ? "1 case" : "\(sample.cases) cases"
    let excluded = sample.excluded.count
    return "A sample of \(cases): \(sample.scored) scored"
      + (excluded == 0 ? ", none excluded." : ", \(excluded) excluded (listed below).")
  }

  private static func headlineSection(_ result: ScoreResult, wording: ScoreWording) -> [Markup] {
    let items = result.headlines + result.overall
    guard !items.isEmpty else { return [] }
    let cards = items.map { item -> Markup in
      let value =
        item.kind == .overall
        ? wording.points(item.exact)
        : wording.percent(item.exact, item.smallSample)
      var children: [Markup] = [
        .element("div", ["class": "title"], [.text("\(wording.id(item.id)) · \(item.title)")]),
        .element(
          "div", ["class": "value"], [.text(item.value == nil ? "no relevant cases" : value)]),
      ]
      if let band = item.band {
        children.append(.element("div", ["class": "band"], [.text(wording.band(band))]))
      }
      if let interval = item.interval {
        children.append(
          .element(
            "div", ["class": "small"],
            [
              .text(
                "95% interval " + wording.interval(interval, points: item.kind == .overall)
                  + (interval.bandNotSecure ? " · " + ScoreWording.bandNotSecure : ""))
            ]))
      }
      if let judgement = item.judgement {
        children.append(
          .element("div", [:], [.text("Judged: " + (judgement.labelText ?? "not recorded"))]))
      }
      return .element("div", ["class": "card"], children)
    }
    var section: [Markup] = [
      .element("h2", [:], ["Headline scores"]),
      .element("div", ["class": "cards"], cards),
    ]
    if !wording.smallSampleNote.isEmpty, items.contains(where: \.smallSample) {
      section.append(.element("p", ["class": "small muted"], [.text(wording.smallSampleNote)]))
    }
    return section
  }

  /// A chart, its key, and its figures as a table.
  static func chartSection(_ chart: SummaryChart, heading: String, wording: ScoreWording)
    -> [Markup]
  {
    let rows = chart.groups.flatMap(\.rows).filter { $0.value != nil }
    var key: [Markup] = [
      .text("Each bar is a score, with the score and its band or judgement written beside it. Key:")
    ]
    if rows.contains(where: { $0.bandRank != nil }) {
      key += [
        .element("span", ["class": "key", "style": "background: #1d4f7c"]), .text("best band"),
        .element("span", ["class": "key", "style": "background: #a9c8e4"]), .text("lower bands"),
      ]
    }
    if rows.contains(where: { $0.bandRank == nil }) {
      key += [
        .element("span", ["class": "key", "style": "background: #7d8a96"]), .text("no grade scale"),
      ]
    }
    if !chart.scales.isEmpty {
      key += [.element("span", ["class": "key dash"]), .text("band boundary (labelled).")]
    }
    if !chart.smallSampleNote.isEmpty {
      key += [
        .element(
          "span",
          [
            "class": "key",
            "style":
              "background: repeating-linear-gradient(45deg, #1a1a1a 0 1.5px, #ffffff 1.5px 4px)",
          ]),
        .text("hatched and †: \(chart.smallSampleNote.dropFirst(2))"),
      ]
    }
    return [
      .element("h2", [:], [.text(heading)]),
      .element(
        "figure", [:],
        [
          chart.svg(),
          .element("figcaption", [:], key),
        ]),
      chart.table(),
    ]
  }

  private static func judgementSection(_ result: ScoreResult, wording: ScoreWording) -> [Markup] {
    guard !result.judgements.isEmpty else { return [] }
    var blocks: [Markup] = [
      .element("h2", [:], ["Judgements"]),
      .element(
        "p", ["class": "small muted"],
        [
          .text(
            "Labels recorded by inspectors, with their reasons. Where the framework also computes "
              + "an advisory band, it is shown beside the judgement; the judgement is the one that "
              + "counts.")
        ]),
    ]
    for judgement in result.judgements {
      let item = result.items.first { $0.id == judgement.item }
      var heading: [Markup] = [
        .element("strong", [:], [.text("\(judgement.item) \(item?.title ?? "")")]),
        .text(" — " + (judgement.labelText ?? "not recorded")),
      ]
      if let advisory = judgement.advisory {
        let score =
          item?.exact.map { " at \(wording.percent($0, item?.smallSample ?? false))" } ?? ""
        heading.append(
          .element(
            "span", ["class": "muted"],
            [.text(" (advisory band: \(wording.band(advisory))\(score))")]))
      }
      var children: [Markup] = [.element("div", [:], heading)]
      if let rationale = judgement.rationale, !rationale.isEmpty {
        children.append(.element("p", [:], [.text(rationale)]))
      } else {
        children.append(.element("p", ["class": "muted"], ["No rationale recorded."]))
      }
      blocks.append(.element("div", ["class": "judgement"], children))
    }
    return blocks
  }

  private static func overrideSection(_ result: ScoreResult, wording: ScoreWording) -> [Markup] {
    let overrides = result.overrides.filter(\.isOverridden)
    guard !overrides.isEmpty else { return [] }
    var blocks: [Markup] = [
      .element("h2", [:], ["Overrides"]),
      .element("p", ["class": "small muted"], [.text(ScoreWording.overridesExplanation)]),
    ]
    for override in overrides {
      let item = result.items.first { $0.id == override.item }
      var children: [Markup] = [
        .element(
          "div", [:],
          [
            .element("strong", [:], [.text("\(override.item) \(item?.title ?? "")")]),
            .text(" — " + (override.band.map(wording.band) ?? "")),
            .element(
              "span", ["class": "muted"],
              [.text(" (" + wording.override(override, of: item) + ")")]),
          ])
      ]
      if let rationale = override.rationale, !rationale.isEmpty {
        children.append(.element("p", [:], [.text(rationale)]))
      } else {
        children.append(.element("p", ["class": "muted"], ["No rationale recorded."]))
      }
      blocks.append(.element("div", ["class": "judgement"], children))
    }
    return blocks
  }

  private static func questionSection(
    _ result: ScoreResult, document: FrameworkDocument, wording: ScoreWording
  ) -> [Markup] {
    let columns: [(String, Bool)] = [
      ("id", false), ("question", false), ("relevant", true), ("sufficient", true),
      ("score", true), ("95% interval", true), ("0–100%", false), ("not relevant", true),
      ("unanswered", true),
    ]
    let header = Markup.element(
      "thead", [:],
      [
        .element(
          "tr", [:],
          columns.map { name, numeric in
            .element(
              "th", attributes: [("scope", "col"), ("class", numeric ? "num" : nil)], [.text(name)])
          })
      ])
    var bodies: [Markup] = []
    for criterion in result.criteria {
      let questions = result.questions.filter { $0.criterion == criterion.id }
      guard !questions.isEmpty else { continue }
      var rows: [Markup] = [
        .element(
          "tr", ["class": "group"],
          [
            .element(
              "th", ["scope": "rowgroup", "colspan": "9"],
              [.text("\(wording.id(criterion.id))  \(criterion.title)")])
          ])
      ]
      for question in questions {
        let score =
          question.percent == nil
          ? "no relevant cases" : wording.percent(question.exactPercent, question.smallSample)
        rows.append(
          .element(
            "tr", [:],
            [
              .element("th", ["scope": "row"], [.text(wording.id(question.id))]),
              .element("td", [:], [.text(question.text)]),
              .element("td", ["class": "num"], [.text(String(question.tally.relevant))]),
              .element("td", ["class": "num"], [.text(String(question.tally.sufficient))]),
              .element("td", ["class": "num"], [.text(score)]),
              .element("td", ["class": "num"], [.text(wording.interval(question.interval))]),
              .element("td", [:], [intervalSketch(question)]),
              .element("td", ["class": "num"], [.text(String(question.tally.notRelevant))]),
              .element("td", ["class": "num"], [.text(String(question.tally.unanswered))]),
            ]))
      }
      bodies.append(.element("tbody", [:], rows))
    }
    return [
      .element("h2", [:], ["Questions"]),
      .element(
        "p", ["class": "small muted"],
        [
          .text(
            "A question's score is the share of relevant cases where the work was sufficient. The "
              + "95% interval (Wilson) shows how far the score could move by chance in a sample "
              + "this size; the sketch draws it on a 0–100% line with the score as a dot.")
        ]),
      .element(
        "table", ["class": "questions"],
        [
          .element("caption", [:], ["Every question's counts, score and interval"]), header,
        ] + bodies),
    ]
  }

  /// A small picture of a question's interval and score; the numbers are in the row.
  private static func intervalSketch(_ question: QuestionScore) -> Markup {
    let n = ChartGeometry.number
    var children: [Markup] = [
      .element(
        "line",
        ["x1": "0", "x2": "100", "y1": "6", "y2": "6", "stroke": "#b3b3b3", "stroke-width": "1"])
    ]
    if let interval = question.interval, let percent = question.percent {
      children.append(
        .element(
          "line",
          attributes: [
            ("x1", n(interval.lower)), ("x2", n(interval.upper)), ("y1", "6"), ("y2", "6"),
            ("stroke", "#1d4f7c"), ("stroke-width", "4"),
          ]))
      children.append(
        .element(
          "circle",
          attributes: [
            ("cx", n(percent)), ("cy", "6"), ("r", "3.2"), ("fill", "#ffffff"),
            ("stroke", "#1a1a1a"),
            ("stroke-width", "1.5"),
          ]))
    }
    return .element(
      "svg",
      [
        "xmlns": "http://www.w3.org/2000/svg", "class": "interval", "viewBox": "-4 0 108 12",
        "aria-hidden": "true",
      ], children)
  }

  private static func caseSection(_ result: ScoreResult) -> [Markup] {
    let sample = result.sample
    var section: [Markup] = []
    if !sample.excluded.isEmpty {
      section += [
        .element("h2", [:], ["Excluded cases"]),
        .element(
          "table", [:],
          [
            .element(
              "thead", [:],
              [
                .element(
                  "tr", [:],
                  [
                    .element("th", ["scope": "col"], ["case"]),
                    .element("th", ["scope": "col", "class": "num"], ["row"]),
                    .element("th", ["scope": "col"], ["reason"]),
                  ])
              ]),
            .element(
              "tbody", [:],
              sample.excluded.map { excluded in
                .element(
                  "tr", [:],
                  [
                    .element("th", ["scope": "row"], [.text(excluded.id)]),
                    .element("td", ["class": "num"], [.text(String(excluded.row))]),
                    .element("td", [:], [.text(excluded.reason)]),
                  ])
              }),
          ]),
      ]
    }
    if !sample.incomplete.isEmpty {
      section += [
        .element("h2", [:], ["Unanswered questions left out"]),
        .element(
          "p", ["class": "small muted"],
          [
            .text(
              "Relevant questions these cases did not answer (scored with --allow-incomplete): "
                + "each case leaves only that question's denominator.")
          ]),
        .element(
          "ul", ["class": "plain small"],
          sample.incomplete.map { entry in
            .element("li", [:], [.text("case \(entry.case): question \(entry.question)")])
          }),
      ]
    }
    return section
  }

  /// What the provenance marks `‡` and `§` mean, when the result shows any.
  private static func marksSection(_ wording: ScoreWording) -> [Markup] {
    let notes = wording.provenanceNotes
    guard !notes.isEmpty else { return [] }
    return [
      .element("h2", [:], ["Published or ours"]),
      .element(
        "p", [:],
        [
          .text(
            "The framework records where each part comes from (inspect provenance). Marked here:")
        ]),
      .element("ul", ["class": "plain"], notes.map { .element("li", [:], [.text($0)]) }),
    ]
  }

  private static func warningSection(_ result: ScoreResult) -> [Markup] {
    guard !result.warnings.isEmpty else { return [] }
    return [
      .element("h2", [:], ["Warnings"]),
      .element(
        "ul", ["class": "plain"],
        result.warnings.map { warning in
          .element(
            "li", [:],
            [
              .element("strong", [:], [.text(warning.severity.rawValue)]),
              .text(": \(warning.message) "),
              .element("code", [:], [.text(warning.code)]),
            ])
        }),
    ]
  }

  private static func provenanceSection(
    _ result: ScoreResult, document: FrameworkDocument, provenance: ReportProvenance
  ) -> [Markup] {
    let framework = result.framework
    func row(_ term: String, _ value: [Markup]) -> [Markup] {
      [.element("dt", [:], [.text(term)]), .element("dd", [:], value)]
    }
    var rows: [Markup] = []
    rows += row(
      "Framework", [.text("\(framework.id) version \(framework.version): \(framework.title)")])
    rows += row("Framework fingerprint", [.element("code", [:], [.text(framework.fingerprint)])])
    rows += row("Sample", [.text(sampleSentence(result.sample))])
    rows += row("Sample fingerprint", [.element("code", [:], [.text(result.sample.fingerprint)])])
    rows += row(
      "Rounding",
      [
        .text(
          "Percentages shown to \(result.displayDecimals) decimal place"
            + (result.displayDecimals == 1 ? "" : "s")
            + ", rounded half away from zero; † marks scores on fewer than "
            + "\(result.minimumRelevantCases) relevant cases.")
      ])
    rows += row("Produced by", [.text("InspectionKit \(provenance.inspectionKitVersion)")])
    return [
      .element("h2", [:], ["About this report"]),
      .element("dl", ["class": "provenance"], rows),
      .element(
        "p", ["class": "small muted"],
        [
          .text(
            "The fingerprints identify exactly which framework and which set of cases were scored: "
              + "the same framework and sample always give the same fingerprints and this same page."
          )
        ]),
    ]
  }
}
