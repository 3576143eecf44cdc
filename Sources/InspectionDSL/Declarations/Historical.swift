import InspectionSupport

/// Marks a framework as a record of a historical, published framework.
///
/// A historical framework must say where each of its parts comes from: every question,
/// criterion, section, answer scale, grade scale, judgement scale, headline and overall rating,
/// every aggregation rule and every headline's membership cites a `Source(id: …)` declared in
/// the framework, with `.from(_:at:basis:)`. The compiler reports each part that does not
/// (IK0182) and each citation of an undeclared source (IK0122), at the line that declares it.
/// A new framework, without `Historical()`, may cite sources or not.
///
/// A framework derived from a historical one keeps its base's citations but is not itself
/// historical unless it declares `Historical()`.
///
/// ```swift
/// Framework("OMI2", version: "2009", title: "Offender Management Inspection 2") {
///   Historical()
///   Source(id: "hertfordshire-2010", publisher: "HM Inspectorate of Probation",
///          title: "Offender Management Inspection 2: Hertfordshire", date: "March 2010",
///          reference: "HM Inspectorate of Probation, inspection reports archive")
///   …
/// }
/// ```
public struct Historical: FrameworkComponent, Sendable {
  /// Where the marker was declared.
  public let location: SourceLocation

  /// Declares the framework historical.
  public init(fileID: String = #fileID, line: Int = #line, column: Int = #column) {
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.historical(self)] }
}
