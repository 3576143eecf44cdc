import InspectionEvaluator
import InspectionSchema

/// What a trend follows across inspections: a headline, a criterion, a section, or a concept.
///
/// A construct is found in each inspection's framework **by meaning**: the item measuring,
/// exactly, the concept the construct stands for. A concept construct stands for itself; a
/// headline, criterion or section stands for the concepts its item measures exactly in the
/// first framework that has it (`headline:RoH` in OMI 2006 is the risk of harm thread, found
/// as OMI2's RoH headline too). An item that names no concept is found only in its own
/// framework and version.
///
/// ```swift
/// TrendConstruct(parsing: "headline:RoH")   // .item(.headline, "RoH")
/// TrendConstruct(parsing: "concept:roh-screening-at-start")
/// ```
public enum TrendConstruct: Sendable, Hashable {
  /// A criterion, section or headline by its id in some framework of the trend.
  case item(ItemKind, String)
  /// A concept of the frameworks' concept catalog.
  case concept(String)

  /// Parses `headline:ID`, `criterion:ID`, `section:ID` or `concept:ID`; `nil` for anything
  /// else (a bare id is resolved by the caller).
  public init?(parsing text: String) {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[1].isEmpty else { return nil }
    switch parts[0] {
    case "headline": self = .item(.headline, parts[1])
    case "criterion": self = .item(.criterion, parts[1])
    case "section": self = .item(.section, parts[1])
    case "concept": self = .concept(parts[1])
    default: return nil
    }
  }

  /// `headline:RoH`, `concept:…`.
  public var description: String {
    switch self {
    case .item(let kind, let id): "\(kind.rawValue):\(id)"
    case .concept(let id): "concept:\(id)"
    }
  }
}

/// An item of a framework a construct is found as.
public struct TrendItem: Sendable, Hashable {
  /// `criterion`, `section`, `headline` or `question`.
  public var kind: String
  /// Its id.
  public var id: String
  /// Its title (a question's text).
  public var title: String

  /// Creates an item.
  public init(kind: String, id: String, title: String) {
    self.kind = kind
    self.id = id
    self.title = title
  }
}

extension FrameworkDocument {
  /// The first item measuring one of `concepts` exactly: a headline, then a criterion, a
  /// section, a question (questions only when `questions` is set), preferring `kind`.
  func item(measuringExactly concepts: Set<String>, preferring kind: String?, questions: Bool)
    -> TrendItem?
  {
    func exact(_ links: [ConceptLink]?) -> Bool {
      (links ?? []).contains { $0.relation == .exact && concepts.contains($0.concept) }
    }
    var found: [TrendItem] = []
    found += headlines.filter { exact($0.measures) }.map {
      TrendItem(kind: "headline", id: $0.id, title: $0.title)
    }
    found += allCriteria.filter { exact($0.measures) }.map {
      TrendItem(kind: "criterion", id: $0.id, title: $0.title)
    }
    found += sections.filter { exact($0.measures) }.map {
      TrendItem(kind: "section", id: $0.id, title: $0.title)
    }
    if questions {
      found += allQuestions.filter { exact($0.measures) }.map {
        TrendItem(kind: "question", id: $0.id, title: $0.text)
      }
    }
    return found.first { $0.kind == kind } ?? found.first
  }

  /// The criterion, section or headline `id` of `kind`, if the framework has it, with the
  /// concepts it measures exactly.
  public func item(_ kind: ItemKind, _ id: String) -> (item: TrendItem, concepts: [String])? {
    func exact(_ links: [ConceptLink]?) -> [String] {
      (links ?? []).filter { $0.relation == .exact }.map(\.concept)
    }
    switch kind {
    case .headline:
      return headlines.first { $0.id == id }.map {
        (TrendItem(kind: "headline", id: $0.id, title: $0.title), exact($0.measures))
      }
    case .criterion:
      return allCriteria.first { $0.id == id }.map {
        (TrendItem(kind: "criterion", id: $0.id, title: $0.title), exact($0.measures))
      }
    case .section:
      return sections.first { $0.id == id }.map {
        (TrendItem(kind: "section", id: $0.id, title: $0.title), exact($0.measures))
      }
    case .overall:
      return nil
    }
  }
}
