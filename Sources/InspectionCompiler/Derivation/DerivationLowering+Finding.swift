import InspectionDSL
import InspectionSchema
import InspectionSupport

// Finding elements
//
// Where an element of the structure namespace is, what it holds and where it was declared.
extension DerivationLowering {
  /// Where an element of the structure namespace is.
  enum Position {
    case section(Int)
    case criterion(Int, Int)
    case question(Int, Int, Int)
    case headline(Int)
    case overall(Int)

    var kind: String {
      switch self {
      case .section: "section"
      case .criterion: "criterion"
      case .question: "question"
      case .headline: "headline"
      case .overall: "overall rating"
      }
    }
  }

  /// Where the element `id` is in the document as changed so far, if it is there.
  func position(of id: String) -> Position? {
    for (s, section) in document.sections.enumerated() {
      if section.id == id { return .section(s) }
      for (c, criterion) in section.criteria.enumerated() {
        if criterion.id == id { return .criterion(s, c) }
        if let q = criterion.questions.firstIndex(where: { $0.id == id }) {
          return .question(s, c, q)
        }
      }
    }
    if let h = document.headlines.firstIndex(where: { $0.id == id }) { return .headline(h) }
    if let o = document.overall.firstIndex(where: { $0.id == id }) { return .overall(o) }
    return nil
  }

  /// The element `id`, or `nil` after reporting it unknown.
  mutating func find(_ id: String, expecting kind: String, at: SourceLocation)
    -> Position?
  {
    if let found = position(of: id) { return found }
    unknown(id, kind, among: document.structureIDs.map(\.id), at: at)
    return nil
  }

  /// The ids and keys of an element and everything inside it.
  func subtree(_ position: Position) -> [(id: String, key: String)] {
    switch position {
    case .section(let s):
      let section = document.sections[s]
      return [(section.id, section.key)]
        + section.criteria.flatMap { [($0.id, $0.key)] + $0.questions.map { ($0.id, $0.key) } }
    case .criterion(let s, let c):
      let criterion = document.sections[s].criteria[c]
      return [(criterion.id, criterion.key)] + criterion.questions.map { ($0.id, $0.key) }
    case .question(let s, let c, let q):
      let question = document.sections[s].criteria[c].questions[q]
      return [(question.id, question.key)]
    case .headline(let h):
      return [(document.headlines[h].id, document.headlines[h].key)]
    case .overall(let o):
      return [(document.overall[o].id, "overall:\(document.overall[o].id)")]
    }
  }

  /// The element key of `id` in `document` (`section:…`, `criterion:…`, `overall:…`).
  func structureKey(_ id: String, in document: FrameworkDocument) -> String {
    document.structureIDs.first { $0.id == id }.map {
      "\($0.kind == "overall rating" ? "overall" : $0.kind):\(id)"
    } ?? id
  }

  /// Where the section, criterion or question `id` was declared, from `declared` (by key).
  func located(_ id: String, in declared: [String: SourceLocation]) -> SourceLocation? {
    ["section", "criterion", "question"].compactMap { declared["\($0):\(id)"] }.first
  }

  /// The questions a headline counts.
  func counted(by headline: FrameworkDocument.Headline, in document: FrameworkDocument)
    -> [String]
  {
    document.sections
      .filter { headline.sections.isEmpty || headline.sections.contains($0.id) }
      .flatMap { $0.criteria.flatMap(\.questions) }
      .filter { $0.themes.contains(headline.theme) }
      .map(\.id)
  }
}
