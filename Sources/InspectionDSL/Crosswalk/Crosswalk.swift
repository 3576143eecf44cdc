import InspectionSupport

/// A crosswalk declared in Swift: the questions of one framework that correspond to another's.
///
/// `from` and `to` name frameworks as the CLI does (`OMI2`, `OMI@2008`). The compiler checks
/// every id against both frameworks and records their fingerprints.
///
/// ```swift
/// let omiToOMI2 = Crosswalk(from: "OMI@2008", to: "OMI2") {
///   // Both ask whether a RoSH screening was completed at the start of sentence.
///   Map("1.2.a", to: "1.2.a", .equal)
/// }
/// ```
public struct Crosswalk: Sendable {
  /// The source framework, `id` or `id@version`.
  public let from: String
  /// The target framework, `id` or `id@version`.
  public let to: String
  /// What the crosswalk is for.
  public let title: String?
  /// The mappings, in declaration order.
  public let maps: [Map]
  /// Where the crosswalk was declared.
  public let location: SourceLocation

  /// Declares a crosswalk from framework `from` to framework `to`.
  public init(
    from: String, to: String, title: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @CrosswalkBuilder _ content: () -> [Map]
  ) {
    self.from = from
    self.to = to
    self.title = title
    self.maps = content()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
