import InspectionComparison
import InspectionEvaluator
import InspectionSchema

/// A two-criterion, three-question framework and helpers to score hand-made samples with it.
enum ComparisonFixtures {
  static let document = FrameworkDocument(
    id: "TINY", version: "1", title: "Tiny", scales: [.yesNo],
    gradeScales: [
      .init(
        id: "grade", title: "Grades",
        bands: [
          .init(id: "good", label: "Good", lower: .atLeast(70)),
          .init(id: "poor", label: "Poor", upper: .below(70)),
        ])
    ],
    sections: [
      .init(
        id: "1", title: "Section", gradeScale: "grade",
        criteria: [
          .init(
            id: "1.1", title: "One", gradeScale: "grade", questions: [.init(id: "q1", text: "Q1?")]),
          .init(
            id: "1.2", title: "Two",
            questions: [.init(id: "q2", text: "Q2?"), .init(id: "q3", text: "Q3?")]),
        ])
    ])

  static let plan: ScoringPlan = {
    // The fixture is valid by construction; a failure here is a broken test, not input.
    guard let plan = try? ScoringPlan(document, fingerprint: "sha256:tiny") else {
      fatalError("the tiny framework does not plan")
    }
    return plan
  }()

  /// Scores cases given as `[q1, q2, q3]` answers (`nil` = unanswered) under the tiny plan.
  static func evidence(_ cases: [[String?]], allowIncomplete: Bool = false) -> SampleEvidence {
    let rows = cases.enumerated().map { index, answers -> String in
      let members = zip(["q1", "q2", "q3"], answers).compactMap { id, answer in
        answer.map { "\"\(id)\": \"\($0)\"" }
      }
      return "{\"case\": \"c\(index)\", \"attributes\": {}, \"answers\": {"
        + members.joined(separator: ", ") + "}}"
    }
    let json = "{\"cases\": [" + rows.joined(separator: ", ") + "]}"
    var reader = JSONSampleReader(bytes: Array(json.utf8), plan: plan, file: "fixture.json")
    return SampleEvidence.gather(
      plan: plan, reader: &reader, options: .init(allowIncomplete: allowIncomplete))
  }
}
