import InspectionSchema

/// A criterion, section, headline or overall rating of a framework, as reconciliation needs it.
struct FrameworkItem {
  var gradeScale: String?
  var judgementScale: String?

  init?(_ kind: PublishedFigures.Kind, _ id: String, in document: FrameworkDocument) {
    switch kind {
    case .criterion:
      guard let item = document.allCriteria.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, item.judgementScale)
    case .section:
      guard let item = document.sections.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, item.judgementScale)
    case .headline:
      guard let item = document.headlines.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, item.judgementScale)
    case .overall:
      guard let item = document.overall.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, nil)
    case .question:
      guard document.allQuestions.contains(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (nil, nil)
    }
  }

  static func ids(_ kind: PublishedFigures.Kind, in document: FrameworkDocument) -> [String] {
    switch kind {
    case .criterion: document.allCriteria.map(\.id)
    case .section: document.sections.map(\.id)
    case .headline: document.headlines.map(\.id)
    case .overall: document.overall.map(\.id)
    case .question: document.allQuestions.map(\.id)
    }
  }
}
