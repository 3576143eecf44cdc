import InspectionSupport

/// Says why a target question has no counterpart in the source framework.
///
/// A target question no mapping reaches is listed by `inspect crosswalk show` as unmapped,
/// with the reason the shared concepts give ("no question of OMI@2008 measures …") unless
/// this entry gives a better one: "asked of a different case group", "the earlier report
/// prints no finding on it", … with citations.
///
/// ```swift
/// NoCounterpart("2.2.ag", because: "West Mercia reports management oversight only for "
///                 + "high RoH cases as a whole, not the quality of the work",
///               cites: .from("westmercia-2008", at: "General criterion 1.2, Areas for improvement (d)"))
/// ```
public struct NoCounterpart: Sendable {
  /// The target question id.
  public let to: String
  /// Why no source question corresponds.
  public let reason: String
  /// Where the reports say so.
  public let citations: [Cite]
  /// Where the entry was declared.
  public let location: SourceLocation

  /// Records why target question `to` is unmapped.
  public init(
    _ to: String, because reason: String, cites citations: Cite..., fileID: String = #fileID,
    line: Int = #line, column: Int = #column
  ) {
    self.to = to
    self.reason = reason
    self.citations = citations
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}
