import InspectionSchema
import InspectionSupport

/// What a validator sees: the document, where its elements were declared, and the
/// diagnostics reported so far.
///
/// Paths name elements as in the JSON document (`sections[0].criteria[1].questions[2]`), so
/// the same validators serve Swift declarations and loaded JSON files: only ``locate``
/// differs.
public struct ValidationContext {
  /// The document under validation.
  public let document: FrameworkDocument
  /// Maps an element path to where it was declared; may be partial.
  public let locate: (String) -> SourceLocation?
  /// The diagnostics reported so far, in the order validators found them.
  public private(set) var diagnostics: [Diagnostic] = []

  /// Creates a context.
  public init(document: FrameworkDocument, locate: @escaping (String) -> SourceLocation?) {
    self.document = document
    self.locate = locate
  }

  /// The location of `path`, or of its nearest located ancestor.
  public func location(of path: String) -> SourceLocation? {
    var candidate = path
    while !candidate.isEmpty {
      if let found = locate(candidate) { return found }
      guard let cut = candidate.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
      candidate = String(candidate[..<cut])
    }
    return locate("")
  }

  /// Reports an error at `path`, with notes at other paths.
  public mutating func report(
    _ code: DiagnosticCode, _ message: String, at path: String,
    notes: [(message: String, path: String)] = []
  ) {
    report(code, .error, message, at: path, notes: notes)
  }

  /// Reports a problem of `severity` at `path`, with notes at other paths.
  public mutating func report(
    _ code: DiagnosticCode, _ severity: Diagnostic.Severity, _ message: String,
    at path: String, notes: [(message: String, path: String)] = []
  ) {
    diagnostics.append(
      Diagnostic(
        code, severity, message, location: location(of: path), path: path,
        notes: notes.map {
          Diagnostic.Note(message: $0.message, location: location(of: $0.path), path: $0.path)
        }))
  }
}

extension FrameworkDocument {
  var locatedSections: [Located<Section>] {
    sections.enumerated().map { Located(element: $1, path: "sections[\($0)]") }
  }

  var locatedCriteria: [Located<Criterion>] {
    locatedSections.flatMap { section in
      section.element.criteria.enumerated().map {
        Located(element: $1, path: "\(section.path).criteria[\($0)]")
      }
    }
  }

  var locatedQuestions: [Located<Question>] {
    locatedCriteria.flatMap { criterion in
      criterion.element.questions.enumerated().map {
        Located(element: $1, path: "\(criterion.path).questions[\($0)]")
      }
    }
  }

  /// Every element in the structure namespace (sections, criteria, questions, headlines,
  /// overall ratings) with its kind, id and path, in document order.
  var structureIDs: [(kind: String, id: String, path: String)] {
    locatedSections.map { ("section", $0.element.id, $0.path) }
      + locatedCriteria.map { ("criterion", $0.element.id, $0.path) }
      + locatedQuestions.map { ("question", $0.element.id, $0.path) }
      + headlines.enumerated().map { ("headline", $1.id, "headlines[\($0)]") }
      + overall.enumerated().map { ("overall rating", $1.id, "overall[\($0)]") }
  }
}
