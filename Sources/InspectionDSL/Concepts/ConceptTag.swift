import InspectionSupport

/// That a declared item measures a concept of the framework's concept catalog, and how:
/// what `.measures(_:_:)` records.
///
/// ```swift
/// Question("1.2.a", "Was a RoSH screening completed at the start?")
///   .measures("roh-screening-at-start", .exact)
/// ```
public struct ConceptTag: Sendable {
  /// The concept's id in the catalog the framework names with `Concepts(from:)`.
  public let concept: String
  /// How the item measures it.
  public let relation: ConceptRelation
  /// Where `.measures(…)` was written.
  public let location: SourceLocation

  /// Records that an item measures `concept` with `relation`.
  public init(
    _ concept: String, _ relation: ConceptRelation, fileID: String = #fileID, line: Int = #line,
    column: Int = #column
  ) {
    self.concept = concept
    self.relation = relation
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// The tag as the document records it.
  public var link: FrameworkDocument.ConceptLink {
    .init(concept: concept, relation: relation)
  }
}

extension Question {
  /// The question, measuring `concept` of the framework's concept catalog with `relation`.
  ///
  /// Two questions of different frameworks that measure one concept `.exact`ly, asked of the
  /// same cases, are the same question: a derived crosswalk carries answers between them.
  /// Call it again for a question that measures several concepts.
  ///
  /// ```swift
  /// Question("1.2.a", "Was a RoSH screening completed at the start?")
  ///   .measures("roh-screening-at-start", .exact)
  /// ```
  public func measures(
    _ concept: String, _ relation: ConceptRelation = .exact, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) -> Question {
    var copy = self
    copy.concepts.append(
      ConceptTag(concept, relation, fileID: fileID, line: line, column: column))
    return copy
  }
}

extension Criterion {
  /// The criterion, measuring `concept` with `relation`: criteria of two frameworks that
  /// measure one concept `.exact`ly share a row when the frameworks are compared.
  ///
  /// ```swift
  /// Criterion("1.2", "Assessment of Risk of Harm") { … }
  ///   .measures("roh-assessment-and-planning", .exact)
  /// ```
  public func measures(
    _ concept: String, _ relation: ConceptRelation = .exact, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) -> Criterion {
    var copy = self
    copy.concepts.append(
      ConceptTag(concept, relation, fileID: fileID, line: line, column: column))
    return copy
  }
}

extension Section {
  /// The section, measuring `concept` with `relation` (see ``Criterion/measures(_:_:fileID:line:column:)``).
  public func measures(
    _ concept: String, _ relation: ConceptRelation = .exact, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) -> Section {
    var copy = self
    copy.concepts.append(
      ConceptTag(concept, relation, fileID: fileID, line: line, column: column))
    return copy
  }
}

extension Headline {
  /// The headline, measuring `concept` with `relation`: headlines of two frameworks that
  /// measure one concept `.exact`ly share a row when compared, and form one series in
  /// `inspect trend`.
  ///
  /// ```swift
  /// Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
  ///   .measures("risk-of-harm-work", .exact)
  /// ```
  public func measures(
    _ concept: String, _ relation: ConceptRelation = .exact, fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) -> Headline {
    var copy = self
    copy.concepts.append(
      ConceptTag(concept, relation, fileID: fileID, line: line, column: column))
    return copy
  }
}
