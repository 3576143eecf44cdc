import InspectionSupport

/// A published source the declaration follows, declared once in the framework.
///
/// A source with an `id` can be cited by the framework's items: `.from("id", at: …, basis: …)`.
/// Say who published it, its title and date, and where a reader can find it: a stable
/// description (`reference`) and a URL: the address the document gives for itself or its
/// publisher, or a stable page that lists it.
///
/// ```swift
/// Source(
///   id: "hertfordshire-2010", publisher: "HM Inspectorate of Probation",
///   title: "Offender Management Inspection 2: A report on offender management in Hertfordshire",
///   date: "March 2010",
///   reference: "HM Inspectorate of Probation, inspection reports archive (OMI2 programme)",
///   note: "Report body: structure, standards, findings. Appendix 6: scoring approach.")
/// Source("Internal design notes (2025)", note: "Local criteria")   // listed, not cited
/// ```
public struct Source: FrameworkComponent, Sendable {
  /// The id items cite, or `nil` for a source that is only listed.
  public let id: String?
  /// Who published it.
  public let publisher: String?
  /// The source's title.
  public let title: String
  /// When it was published.
  public let date: String?
  /// Where to find it: a stable description or a citation.
  public let reference: String?
  /// Where to find the document or its publisher on the web.
  public let url: String?
  /// What the declaration takes from it.
  public let note: String?
  /// Where the source was declared.
  public let location: SourceLocation

  /// Declares a source that items can cite by `id`.
  ///
  /// - Parameters:
  ///   - id: the id citations name, e.g. `hertfordshire-2010`.
  ///   - publisher: who published it, e.g. `HM Inspectorate of Probation`.
  ///   - title: its title as printed.
  ///   - date: when it was published, as it dates itself, e.g. `March 2010`.
  ///   - reference: where to find it, in words that stay true.
  ///   - url: the address the document gives for itself or its publisher, or a stable page
  ///     that lists it.
  ///   - note: what the declaration takes from it.
  public init(
    id: String, publisher: String, title: String, date: String, reference: String,
    url: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.publisher = publisher
    self.title = title
    self.date = date
    self.reference = reference
    self.url = url
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// Declares a source that is listed but not cited by items.
  public init(
    _ title: String, reference: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = nil
    self.publisher = nil
    self.title = title
    self.date = nil
    self.reference = reference
    self.url = nil
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.source(self)] }

  /// The source as the document records it.
  public var sourceReference: FrameworkDocument.SourceReference {
    FrameworkDocument.SourceReference(
      id: id, publisher: publisher, title: title, date: date, reference: reference, url: url,
      note: note)
  }
}
