import InspectionEvaluator
import InspectionSchema
import InspectionSupport

extension ReconciliationChecker {
  /// A sample's computed scores against one inspection's printed figures: every printed item
  /// and whole-sample question finding the sample scores.
  mutating func compare(_ result: ScoreResult, with inspection: PublishedFigures.Inspection) {
    let name = inspection.name
    let byID = Dictionary(
      result.items.map { ("\($0.kind.rawValue) \($0.id)", $0) },
      uniquingKeysWith: { first, _ in first })
    for item in inspection.items {
      guard let score = byID["\(item.kind.rawValue) \(item.id)"] else { continue }
      if let allowed = item.figure.allowedRange {
        guard let value = score.value else {
          add(
            name, item, .computed, outcome: .divergent, published: Self.text(item),
            expected: "undefined", beyond: true,
            detail: "the sample gives no score: nothing below it has a relevant case")
          continue
        }
        compare(
          name, item, .computed, allowed: allowed, expected: .point(value),
          unrounded: .point(value), comparison: item.figure.form == .exact ? .exact : .bounds,
          detail: "the sample scores it \(DisplayRounding.format(value, decimals: 2))")
      }
      if let label = item.label {
        let matches = score.band.map { $0.label == label || $0.id == label }
        if let band = score.band {
          add(
            name, item, .computed, outcome: matches == true ? .reproduced : .divergent,
            published: label, expected: band.label, beyond: matches != true,
            detail: "the sample's score falls in band '\(band.label)'")
        }
      }
    }
    let questions = Dictionary(
      result.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var seen: Set<String> = []
    for finding in inspection.questions ?? [] where finding.stratum == nil {
      guard seen.insert(finding.id).inserted, let allowed = finding.figure.allowedRange,
        let question = questions[finding.id], let value = question.percent
      else { continue }
      var item = PublishedFigures.Item(id: finding.id, kind: .question)
      item.figure = finding.figure
      compare(
        name, item, .computed, allowed: allowed, expected: .point(value),
        unrounded: .point(value), comparison: finding.figure.form == .exact ? .exact : .bounds,
        detail: "the sample has \(question.tally.sufficient) of \(question.tally.relevant) "
          + "relevant cases sufficient", inputs: [finding.id])
    }
  }
}
