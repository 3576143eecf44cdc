import InspectionEvaluator
import InspectionSchema

/// Which questions each criterion, section, headline and overall rating of a framework rests
/// on: the questions whose evidence its score can use.
///
/// A criterion rests on its questions; a section on its criteria's; a headline on the
/// questions carrying its theme in the sections it names (every section when it names none);
/// an overall rating on the questions of the items it sums.
///
/// ```swift
/// let membership = ItemMembership(plan)
/// membership.positions(.headline, "RoH")   // plan positions of the RoH questions
/// ```
public struct ItemMembership: Sendable {
  private var byKey: [String: [Int]] = [:]

  /// The membership of `plan`'s items, as positions in the plan.
  public init(_ plan: ScoringPlan) {
    let document = plan.document
    func positions(_ questions: [FrameworkDocument.Question]) -> [Int] {
      questions.compactMap { plan.questionIndex[$0.id] }
    }
    for section in document.sections {
      for criterion in section.criteria {
        byKey[Self.key(.criterion, criterion.id)] = positions(criterion.questions)
      }
      byKey[Self.key(.section, section.id)] = positions(section.criteria.flatMap(\.questions))
    }
    for headline in document.headlines {
      let questions = document.sections
        .filter { headline.sections.isEmpty || headline.sections.contains($0.id) }
        .flatMap { $0.criteria.flatMap(\.questions) }
        .filter { $0.themes.contains(headline.theme) }
      byKey[Self.key(.headline, headline.id)] = positions(questions)
    }
    for rating in document.overall {
      var union: [Int] = []
      for item in rating.items {
        let keys = [ItemKind.criterion, .section, .headline].map { Self.key($0, item) }
        let found = keys.compactMap { byKey[$0] }.first ?? []
        for position in found where !union.contains(position) { union.append(position) }
      }
      byKey[Self.key(.overall, rating.id)] = union.sorted()
    }
  }

  /// The plan positions of the questions the item rests on (empty for an unknown item or a
  /// judged one with no questions).
  public func positions(_ kind: ItemKind, _ id: String) -> [Int] {
    byKey[Self.key(kind, id)] ?? []
  }

  /// `kind id`, the key of an item.
  public static func key(_ kind: ItemKind, _ id: String) -> String { "\(kind.rawValue) \(id)" }
}
