import InspectionSupport

/// Replaces a section, criterion, question or headline of the base framework.
///
/// The replacement takes the original's place; it is usually declared with the same id, and
/// must be of the same kind (IK0196 otherwise). Replacing a criterion replaces its questions.
///
/// ```swift
/// Replace("1.3.a", with: Question("1.3.a", "Was the plan reviewed within 16 weeks?"))
/// Replace("RoH", with: Headline("RoH", "Risk of Harm", theme: "RoH", grade: "conclusion"))
/// ```
public struct Replace: DerivationComponent, Sendable {
  /// The change this declaration makes.
  public let change: Change

  /// Replaces the base's section `id` with `section`.
  public init(
    _ id: String, with section: Section,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.init(id, .section(section), SourceLocation(file: fileID, line: line, column: column))
  }

  /// Replaces the base's criterion `id` with `criterion`.
  public init(
    _ id: String, with criterion: Criterion,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.init(id, .criterion(criterion), SourceLocation(file: fileID, line: line, column: column))
  }

  /// Replaces the base's question `id` with `question`.
  public init(
    _ id: String, with question: Question,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.init(id, .question(question), SourceLocation(file: fileID, line: line, column: column))
  }

  /// Replaces the base's headline `id` with `headline`.
  public init(
    _ id: String, with headline: Headline,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.init(id, .headline(headline), SourceLocation(file: fileID, line: line, column: column))
  }

  private init(_ id: String, _ replacement: Change.Replacement, _ location: SourceLocation) {
    change = Change(.replace(id, with: replacement), location: location)
  }

  public var derivationElements: [DerivationElement] { [.change(change)] }
}
