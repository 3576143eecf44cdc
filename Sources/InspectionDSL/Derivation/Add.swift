import InspectionSupport

/// Adds criteria to a section, or questions to a criterion, of the base framework.
///
/// New elements go after the element named by `after`, or at the end. Their ids must be new:
/// adding an id the base already has is an error (IK0192); use ``Replace`` to change one.
///
/// ```swift
/// Framework("OMI-local", version: "2025", title: "…", basedOn: FrameworkCatalog.omi2008) {
///   Add(toSection: "2") {
///     Criterion("2.L", "Local: working with partners") { Question("2.L.a", "…") }
///   }
///   Add(toCriterion: "1.2", after: "1.2.b") {
///     Question("1.2.x", "Was the RoH screening shared with the police?", themes: "RoH")
///   }
/// }
/// ```
public struct Add: DerivationComponent, Sendable {
  /// The change this declaration makes.
  public let change: Change

  /// Adds criteria to the base's section `section`.
  public init(
    toSection section: String, after: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @SectionBuilder criteria: () -> [Criterion]
  ) {
    change = Change(
      .addCriteria(section: section, after: after, criteria()),
      location: SourceLocation(file: fileID, line: line, column: column))
  }

  /// Adds questions to the base's criterion `criterion`.
  public init(
    toCriterion criterion: String, after: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @CriterionBuilder questions: () -> [Question]
  ) {
    change = Change(
      .addQuestions(criterion: criterion, after: after, questions()),
      location: SourceLocation(file: fileID, line: line, column: column))
  }

  public var derivationElements: [DerivationElement] { [.change(change)] }
}
