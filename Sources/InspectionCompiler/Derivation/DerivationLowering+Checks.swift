import InspectionDSL
import InspectionSchema
import InspectionSupport

// Checks after every change
//
// What only the whole derivation shows (a removed element still named, a headline left over
// no questions), and the finished document.
extension DerivationLowering {
  /// Reports removed elements that are still named, and headlines the removals emptied.
  mutating func checkReferences() {
    let present = Set(document.structureIDs.map(\.id))
    func gone(_ id: String) -> SourceLocation? { present.contains(id) ? nil : removals[id] }
    for headline in document.headlines {
      for section in headline.sections {
        guard let at = gone(section) else { continue }
        stillReferenced(
          "section \(Quoted(section))", by: "headline \(Quoted(headline.id)) counts it",
          key: headline.key,
          hint: "Replace(\"\(headline.id)\", with: Headline(…))", at: at)
      }
    }
    for rating in document.overall {
      for item in rating.items {
        guard let at = gone(item) else { continue }
        stillReferenced(
          "\(Quoted(item))", by: "overall rating \(Quoted(rating.id)) sums it",
          key: "overall:\(rating.id)",
          hint: "Remove(\"\(rating.id)\")", at: at)
      }
    }
    // Conditions of sections, criteria and questions alike: each names the answers it reads.
    var conditioned: [(kind: String, id: String, key: String, condition: Applicability?)] = []
    for section in document.sections {
      conditioned.append(("section", section.id, section.key, section.applicability))
      for criterion in section.criteria {
        conditioned.append(("criterion", criterion.id, criterion.key, criterion.applicability))
        conditioned += criterion.questions.map {
          ("question", $0.id, $0.key, $0.applicability)
        }
      }
    }
    for element in conditioned {
      for reference in element.condition?.answerReferences ?? [] {
        guard let at = gone(reference.id) else { continue }
        let kind = element.kind.capitalisedFirst
        stillReferenced(
          "question \(Quoted(reference.id))",
          by: "\(element.kind) \(Quoted(element.id)) is relevant on its answer",
          key: element.key, hint: "Replace(\"\(element.id)\", with: \(kind)(…))", at: at)
      }
    }
    for headline in document.headlines where !reportedKeys.contains(headline.key) {
      guard counted(by: headline, in: document).isEmpty,
        let before = base.headlines.first(where: { $0.id == headline.id }),
        let cause = counted(by: before, in: base).compactMap({ removals[$0] }).first
      else { continue }
      report(
        .removalEmptiesHeadline,
        "this removal leaves headline \(Quoted(headline.id)) over no questions with theme "
          + "\(Quoted(headline.theme)); remove or replace the headline too", at: cause,
        notes: [note("headline \(Quoted(headline.id)) is declared here", key: headline.key)])
      reportedKeys.insert(headline.key)
    }
  }

  /// Whether a validator's diagnostic repeats a problem the derivation already reported.
  func repeats(_ diagnostic: Diagnostic, pathKeys: [String: String]) -> Bool {
    let codes: Set<String> = [
      DiagnosticCode.emptyFramework.code, DiagnosticCode.emptySection.code,
      DiagnosticCode.emptyCriterion.code, DiagnosticCode.unknownSection.code,
      DiagnosticCode.unknownItem.code, DiagnosticCode.unknownAnswerReference.code,
      DiagnosticCode.headlineWithoutQuestions.code,
    ]
    guard codes.contains(diagnostic.code) else { return false }
    if diagnostic.code == DiagnosticCode.emptyFramework.code {
      return reportedKeys.contains("framework")
    }
    var path = diagnostic.path ?? ""
    while !path.isEmpty {
      if let key = pathKeys[path], reportedKeys.contains(key) { return true }
      guard let cut = path.lastIndex(where: { $0 == "." || $0 == "[" }) else { return false }
      path = String(path[..<cut])
    }
    return false
  }

  /// The finished document, recording its base, with every element's location by path.
  func finish(_ framework: Framework, base reference: FrameworkDocument.BaseReference)
    -> (document: FrameworkDocument, locations: [String: SourceLocation])
  {
    var result = document
    result.id = framework.id
    result.version = framework.version
    result.title = framework.title
    var reference = reference
    reference.changes = changes
    result.base = reference
    let standard = FrameworkDocument.AnswerScale.yesNo
    if !result.scales.contains(where: { $0.id == standard.id }),
      result.allQuestions.contains(where: { $0.scale == standard.id })
    {
      result.scales.append(standard)
    }
    var keyed = locations
    keyed["framework"] = framework.location
    return (result, ElementKeys.paths(result, keyed))
  }
}
