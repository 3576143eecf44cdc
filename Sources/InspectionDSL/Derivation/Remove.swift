import InspectionSupport

/// Removes sections, criteria, questions, headlines or overall ratings of the base framework.
///
/// Removing the last question of a criterion or the last criterion of a section is an error
/// (IK0193): remove the container too. So is removing something another element still
/// names (IK0195), such as a section a headline counts.
///
/// ```swift
/// Remove("1.2.c")
/// Remove("4.4", "4.5")
/// ```
public struct Remove: DerivationComponent, Sendable {
  /// The change this declaration makes.
  public let change: Change

  /// Removes the elements with the given ids.
  public init(
    _ ids: String..., fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    change = Change(
      .remove(ids), location: SourceLocation(file: fileID, line: line, column: column))
  }

  public var derivationElements: [DerivationElement] { [.change(change)] }
}
