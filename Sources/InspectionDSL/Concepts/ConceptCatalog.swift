import InspectionSupport

/// A catalog of inspection concepts declared in Swift: what questions check, each said once.
///
/// Frameworks name the catalog with `Concepts(from:)` and tag their questions, criteria,
/// sections and headlines with `.measures(_:_:)`. The catalog compiles like a framework
/// (`ConceptCatalogCompiler`), into canonical JSON with a fingerprint; the compiler reports
/// a duplicate or malformed concept id, and a tag naming an unknown concept, each at its
/// `file:line:column`.
///
/// ```swift
/// let concepts = ConceptCatalog("probation-casework", version: "1",
///                               title: "What probation case inspections check") {
///   ConceptArea("roh", "Risk of harm to others") {
///     Concept("roh-screening-at-start",
///             "A risk of harm screening was completed at the start of the sentence or licence")
///   }
/// }
/// ```
public struct ConceptCatalog: Sendable {
  /// The catalog's id.
  public let id: String
  /// The catalog's version.
  public let version: String
  /// What the catalog covers.
  public let title: String
  /// How the concepts were chosen, in plain words.
  public let summary: String?
  /// The concepts and areas, in declaration order.
  public let entries: [ConceptCatalogEntry]
  /// Where the catalog was declared.
  public let location: SourceLocation

  /// Declares a concept catalog.
  public init(
    _ id: String, version: String, title: String, summary: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @ConceptCatalogBuilder _ content: () -> [ConceptCatalogEntry]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.summary = summary
    self.entries = content()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// `id@version`.
  public var label: String { "\(id)@\(version)" }
}

/// Names the concept catalog a framework's `.measures(…)` tags refer to.
///
/// Declared once in a framework; a derived framework keeps its base's catalog unless it
/// names another.
///
/// ```swift
/// Framework("OMI2", version: "2009", title: "Offender Management Inspection 2") {
///   Concepts(from: FrameworkCatalog.concepts)
///   …
/// }
/// ```
public struct Concepts: FrameworkComponent, Sendable {
  /// The catalog.
  public let catalog: ConceptCatalog
  /// Where the reference was declared.
  public let location: SourceLocation

  /// Names `catalog` as the framework's concept catalog.
  public init(
    from catalog: ConceptCatalog, fileID: String = #fileID, line: Int = #line,
    column: Int = #column
  ) {
    self.catalog = catalog
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.concepts(self)] }
}
