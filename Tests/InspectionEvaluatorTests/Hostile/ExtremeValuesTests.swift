import InspectionCompiler
import InspectionReports
import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// Numbers at the edge of what a document or a partial result may hold are accepted and
/// scored without trapping, and nothing undefined or non-finite is banded.
@Suite("Extreme but accepted values")
struct ExtremeValuesTests {
  /// The Demonstration framework with every weight at the limit, band and label points at
  /// ±the limit, and the points scale's range at the limit.
  static func extremeDocument(weight: Double = NumberLimits.weight) -> FrameworkDocument {
    var document = Fixtures.demonstration.document
    for s in document.sections.indices {
      if document.sections[s].weight != nil { document.sections[s].weight = weight }
      for c in document.sections[s].criteria.indices {
        if document.sections[s].criteria[c].weight != nil {
          document.sections[s].criteria[c].weight = weight
        }
        for q in document.sections[s].criteria[c].questions.indices
        where document.sections[s].criteria[c].questions[q].weight != nil {
          document.sections[s].criteria[c].questions[q].weight = weight
        }
      }
    }
    for g in document.gradeScales.indices {
      for b in document.gradeScales[g].bands.indices
      where document.gradeScales[g].bands[b].points != nil {
        document.gradeScales[g].bands[b].points =
          b == 0 ? NumberLimits.points : -NumberLimits.points
      }
      if document.gradeScales[g].range != .percent {
        document.gradeScales[g].range = ScoreRange(
          minimum: -NumberLimits.range, maximum: NumberLimits.range)
      }
    }
    for j in document.judgementScales.indices {
      for l in document.judgementScales[j].labels.indices {
        document.judgementScales[j].labels[l].points = NumberLimits.points
      }
    }
    return document
  }

  /// Every item's value is finite or undefined, and only a finite value has a band.
  static func checkFinite(_ result: ScoreResult) {
    for item in result.items {
      if let value = item.value { #expect(value.isFinite, "\(item.id): \(value)") }
      if item.value == nil || !(item.value?.isFinite ?? false) {
        #expect(item.band == nil, "\(item.id) is banded without a finite value")
      }
    }
    for question in result.questions {
      if let percent = question.percent { #expect((0...100).contains(percent)) }
    }
  }

  static func renderEverything(_ result: ScoreResult, document: FrameworkDocument) {
    _ = ScoreTextReport.render(result)
    _ = ScoreJSONReport.render(result)
    _ = ScoreCSVReport.render(result)
    _ = ScoreMarkdownReport.render(result, document: document)
    _ = ScoreHTMLReport.render(
      result, document: document, provenance: ReportProvenance(inspectionKitVersion: "test"))
  }

  @Test(
    "Weights and points at their limits validate, score and render",
    arguments: [
      NumberLimits.weight, 1e-9,
    ])
  func limits(weight: Double) throws {
    let document = Self.extremeDocument(weight: weight)
    let errors = DocumentValidation.validate(document).filter(\.isError)
    #expect(errors.isEmpty, "\(errors.map(\.rendered))")
    let plan = try ScoringPlan(document, fingerprint: try document.fingerprint())
    let evaluation = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: plan)
    #expect(!evaluation.failed, "\(evaluation.errors.map(\.rendered))")
    Self.checkFinite(evaluation.result)
    Self.renderEverything(evaluation.result, document: document)
  }

  @Test("Counts at the limit of a partial result score without trapping")
  func countsAtTheLimit() {
    let plan = Fixtures.demonstration
    var summary = TallySummary(questionCount: plan.questions.count)
    let limit = PartialResult.maximumCount
    summary.cases = limit
    summary.scored = limit
    summary.questions = plan.questions.indices.map { index in
      switch index % 3 {
      case 0: QuestionTally(sufficient: limit - 1, insufficient: 1)
      case 1: QuestionTally(sufficient: 0, insufficient: 0, notRelevant: limit)
      default: QuestionTally(sufficient: limit / 2, insufficient: limit / 4, unanswered: limit / 4)
      }
    }
    let evaluation = Evaluator.finish(plan: plan, summary: summary)
    Self.checkFinite(evaluation.result)
    Self.renderEverything(evaluation.result, document: plan.document)
  }
}
