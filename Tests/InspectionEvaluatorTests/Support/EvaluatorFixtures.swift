import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

/// Frameworks, plans and one-call scoring shared by the evaluator tests.
enum Fixtures {
  /// The tiny framework of `docs/scoring.md`: criterion 1.1 weighted 80/20, 1.2 the mean of its
  /// question, section 1 the mean of its criteria, headline RoH the mean of RoH questions.
  ///
  /// `sectionRule` lets §3 score the same sample pooled over questions; `scored: false` makes
  /// section 1 a grouping (§13); `condition` is a condition on criterion 1.1 (§14).
  static func scoringFramework(
    sectionRule: AggregationRule = .meanOfCriteria, scored: Bool = true,
    condition: Applicability? = nil
  ) -> Framework {
    var riskOfHarm = Criterion(
      "1.1", "Risk of Harm", rule: .individualSummary(individual: 0.8, summary: 0.2)
    ) {
      Question("1.1.a", "Screening?", themes: "RoH")
      Question("1.1.b", "Licence assessment?")
        .relevant(when: .attribute("case_type", is: "licence"))
      Question("1.1.s", "Overall sufficient?", themes: "RoH", role: .summary)
    }
    if let condition { riskOfHarm = riskOfHarm.relevant(when: condition) }
    return Framework("TINY", version: "1", title: "The tiny framework") {
      Attribute("case_type", "Case type", values: "community", "licence", "custody")
      Theme("RoH", "Risk of Harm to others")
      Section("1", "Assessment", rule: sectionRule, scored: scored) {
        riskOfHarm
        Criterion("1.2", "Planning") {
          Question("1.2.a", "Plan addresses RoH?", themes: "RoH")
        }
      }
      Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1")
    }
  }

  /// The sample of `docs/scoring.md`, verbatim.
  static let scoringSample = """
    case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
    A,licence,yes,yes,yes,no
    B,community,no,,yes,yes
    C,licence,yes,no,no,na
    D,community,yes,,yes,yes

    """

  /// The bundled demonstration sample (Examples/Demonstration/sample.csv).
  static let demonstrationSample = """
    case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a
    A,licence,high,yes,yes,yes,no,good,yes,yes,yes,yes,yes
    B,community,medium,no,,yes,yes,poor,yes,,,no,no
    C,licence,very high,yes,no,no,na,adequate,no,no,,,yes
    D,community,low,yes,,yes,yes,good,na,,,,yes

    """

  /// Compiles `framework` (which must compile cleanly) into a scoring plan.
  static func plan(
    _ framework: Framework, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> ScoringPlan {
    let compilation = FrameworkCompiler.compile(framework)
    #expect(
      compilation.succeeded, "\(compilation.diagnostics.map(\.rendered))",
      sourceLocation: sourceLocation)
    let document = compilation.document
    return try ScoringPlan(document, fingerprint: try document.fingerprint())
  }

  /// The Demonstration framework's plan, compiled once.
  // swift-format-ignore: NeverUseForceTry
  // A fixture built from a shipped framework: a failure here is a broken test setup.
  static let demonstration: ScoringPlan = {
    let document = FrameworkCompiler.compile(FrameworkCatalog.demonstration).document
    return try! ScoringPlan(document, fingerprint: try! document.fingerprint())
  }()

  /// The tiny framework's plan, compiled once.
  // swift-format-ignore: NeverUseForceTry
  // A fixture built in code: a failure here is a broken test setup.
  static let tiny: ScoringPlan = {
    let document = FrameworkCompiler.compile(scoringFramework()).document
    return try! ScoringPlan(document, fingerprint: try! document.fingerprint())
  }()

  /// Scores a CSV sample held in `text`.
  static func scoreCSV(
    _ text: String, plan: ScoringPlan, options: SampleTally.Options = .init(),
    judgements: String? = nil
  ) -> Evaluation {
    var reader = CSVSampleReader(bytes: Array(text.utf8), plan: plan, displayName: "sample.csv")
    return evaluate(plan: plan, reader: &reader, options: options, judgements: judgements)
  }

  /// Scores a JSON sample held in `text`.
  static func scoreJSON(
    _ text: String, plan: ScoringPlan, options: SampleTally.Options = .init(),
    judgements: String? = nil
  ) -> Evaluation {
    var reader = JSONSampleReader(bytes: Array(text.utf8), plan: plan, file: "sample.json")
    return evaluate(plan: plan, reader: &reader, options: options, judgements: judgements)
  }

  private static func evaluate(
    plan: ScoringPlan, reader: inout some SampleReader, options: SampleTally.Options,
    judgements: String?
  ) -> Evaluation {
    let read = judgements.map {
      JudgementsReader.read(
        bytes: Array($0.utf8), file: judgementsFile($0), document: plan.document)
    }
    return Evaluator.evaluate(
      plan: plan, reader: &reader, options: options, judgements: read?.judgements ?? [:],
      judgementDiagnostics: read?.diagnostics ?? [])
  }

  /// `judgements.json` for JSON text, `judgements.csv` otherwise.
  static func judgementsFile(_ text: String) -> String {
    text.drop { $0 == " " || $0 == "\n" }.first == "{" ? "judgements.json" : "judgements.csv"
  }
}

extension ScoreResult {
  /// The derivation of the item with `id` (criteria first) as `--explain` words it.
  func derivationLines(_ id: String) -> [String]? {
    item(id).map { ScoreDerivationText.lines($0, displayDecimals: displayDecimals) }
  }
  /// The derivation of the section with `id` as `--explain` words it.
  func sectionDerivationLines(_ id: String) -> [String]? {
    section(id).map { ScoreDerivationText.lines($0, displayDecimals: displayDecimals) }
  }
  /// The question score with `id`.
  func question(_ id: String) -> QuestionScore? { questions.first { $0.id == id } }
  /// The criterion, section, headline or overall rating with `id` (criteria first).
  func item(_ id: String) -> ItemScore? { items.first { $0.id == id } }
  /// The section with `id` (sections and criteria may share ids in some frameworks).
  func section(_ id: String) -> ItemScore? { sections.first { $0.id == id } }
}

/// Whether `actual` is within `tolerance` of `expected`.
func approx(_ actual: Double?, _ expected: Double, tolerance: Double = 0.005) -> Bool {
  guard let actual else { return false }
  return abs(actual - expected) <= tolerance
}
