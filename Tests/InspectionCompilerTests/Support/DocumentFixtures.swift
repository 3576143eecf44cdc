import InspectionSchema

/// The document type, for short.
typealias Document = FrameworkDocument

/// Small hand-built documents that the validator, loader and round-trip tests start from.
enum Fixtures {
  /// OMI-style conclusions: good ≥ 70, priority 60 ≤ x < 70, urgent < 60, with points.
  static let conclusion = Document.GradeScale(
    id: "conclusion", title: "Conclusions",
    bands: [
      .init(id: "good", label: "Good", lower: .atLeast(70), points: 2),
      .init(id: "priority", label: "Priority", lower: .atLeast(60), upper: .below(70), points: 1),
      .init(id: "urgent", label: "Urgent", upper: .below(60), points: 0),
    ])

  /// A scale over the points an overall rating can sum (0–4).
  static let points = Document.GradeScale(
    id: "points", title: "Overall points", range: ScoreRange(minimum: 0, maximum: 4),
    bands: [
      .init(id: "strong", label: "Strong", lower: .atLeast(2)),
      .init(id: "weak", label: "Weak", upper: .below(2)),
    ])

  /// A judgement scale with points.
  static let met = Document.JudgementScale(
    id: "met", title: "Met",
    labels: [
      .init(id: "met", label: "Met", points: 2),
      .init(id: "not-met", label: "Not met", points: 0),
    ])

  /// A document that passes every validator with no diagnostic at all; each validator row
  /// breaks it in exactly one way.
  ///
  /// Paths: `sections[0].criteria[0]` is `1.1` (questions `1.1.a` RoH, `1.1.b` licence only),
  /// `sections[0].criteria[1]` is `1.2` (judged on `met`), `headlines[0]` is `RoH`,
  /// `overall[0]` sums `1.1` and `1.2`.
  static let valid = Document(
    id: "T", version: "1", title: "Test framework",
    attributes: [.init(id: "case_type", title: "Case type", values: ["community", "licence"])],
    scales: [.yesNo],
    themes: [.init(id: "RoH", title: "Risk of Harm")],
    gradeScales: [conclusion, points],
    judgementScales: [met],
    sections: [
      .init(
        id: "1", title: "One",
        criteria: [
          .init(
            id: "1.1", title: "Assessment", gradeScale: "conclusion",
            questions: [
              .init(id: "1.1.a", text: "A?", themes: ["RoH"]),
              .init(
                id: "1.1.b", text: "B?",
                applicability: .attribute("case_type", in: ["licence"])),
            ]),
          .init(id: "1.2", title: "Leadership", judgementScale: "met"),
        ])
    ],
    headlines: [.init(id: "RoH", title: "Risk of Harm", theme: "RoH", sections: ["1"])],
    overall: [.init(id: "overall", title: "Overall", items: ["1.1", "1.2"], gradeScale: "points")])

  /// A smaller valid document: one section, one criterion, one question, nothing else.
  static let minimal = Document(
    id: "M", version: "1", title: "Minimal", scales: [.yesNo],
    sections: [
      .init(
        id: "1", title: "One",
        criteria: [.init(id: "1.1", title: "C", questions: [.init(id: "1.1.a", text: "A?")])])
    ])

  /// `valid` changed by `edit`.
  static func valid(_ edit: (inout Document) -> Void) -> Document {
    var document = valid
    edit(&document)
    return document
  }

  /// `minimal` changed by `edit`.
  static func minimal(_ edit: (inout Document) -> Void) -> Document {
    var document = minimal
    edit(&document)
    return document
  }
}
