import InspectionSupport

/// One concept of a ``ConceptCatalog``: what an inspection question checks, in plain words.
///
/// Write the concept so that a reader of any of the frameworks that measure it recognises it:
/// the work checked and the standard it is held to, not one report's wording.
///
/// ```swift
/// Concept("roh-screening-at-start",
///         "A risk of harm screening was completed at the start of the sentence or licence")
/// ```
public struct Concept: Sendable {
  /// The concept's id: letters, digits, `.`, `_` and `-`.
  public let id: String
  /// What is checked, in plain words.
  public let text: String
  /// Anything a reader should know: scope, what it excludes.
  public let note: String?
  /// Where the concept was declared.
  public let location: SourceLocation

  /// Declares a concept.
  public init(
    _ id: String, _ text: String, note: String? = nil, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.text = text
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}

/// A group of concepts in a ``ConceptCatalog``, e.g. "Risk of harm to others".
///
/// ```swift
/// ConceptArea("roh", "Risk of harm to others") {
///   Concept("roh-screening-at-start", "A risk of harm screening was completed at the start")
/// }
/// ```
public struct ConceptArea: Sendable {
  /// The area's id.
  public let id: String
  /// The area's title.
  public let title: String
  /// The concepts, in order.
  public let concepts: [Concept]
  /// Where the area was declared.
  public let location: SourceLocation

  /// Declares an area of concepts.
  public init(
    _ id: String, _ title: String, fileID: String = #fileID, line: Int = #line,
    column: Int = #column, @ConceptAreaBuilder _ content: () -> [Concept]
  ) {
    self.id = id
    self.title = title
    self.concepts = content()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}

/// What a ``ConceptCatalog`` lists: concepts, or areas of concepts.
public enum ConceptCatalogEntry: Sendable {
  case concept(Concept)
  case area(ConceptArea)
}
