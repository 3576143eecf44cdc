import InspectionSupport

/// An inspection framework declared in Swift: the root of every declaration.
///
/// A framework holds sections of criteria of questions, the themes, attributes and scales
/// they use, and the headline scores, grade scales and judgement scales that report them.
/// Declarations record where they were written, so the compiler can point at them.
///
/// ```swift
/// let omi2 = Framework("OMI2", version: "2009", title: "Offender Management Inspection 2") {
///   Period("2009", to: "2012")
///   Theme("RoH", "Risk of Harm to others")
///   Section("1", "Assessment and sentence planning") {
///     Criterion("1.2", "Assessment and planning to minimise Risk of Harm to others") {
///       Question("1.2.a", "Was a RoSH screening completed at the start of sentence?",
///                themes: "RoH")
///     }
///   }
///   Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1", "2")
/// }
/// ```
public struct Framework: Sendable {
  /// The framework's short id, e.g. `OMI2`.
  public let id: String
  /// The framework's version, e.g. `2009`.
  public let version: String
  /// The framework's title as published.
  public let title: String
  /// The declarations inside the framework, in order.
  public let elements: [FrameworkElement]
  /// Where the framework was declared.
  public let location: SourceLocation
  /// The base framework and the changes to it, for a derived framework; `nil` otherwise.
  public let derivation: Derivation?

  /// Declares a framework.
  ///
  /// - Parameters:
  ///   - id: the short id, e.g. `OMI2`; letters, digits, `.`, `_` and `-`.
  ///   - version: the version, e.g. `2009`.
  ///   - title: the title as published.
  ///   - content: sections, themes, attributes, scales, headlines and notes.
  public init(
    _ id: String, version: String, title: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @FrameworkBuilder content: () -> [any FrameworkComponent]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.elements = content().flatMap(\.frameworkElements)
    self.location = SourceLocation(file: fileID, line: line, column: column)
    self.derivation = nil
  }

  /// Declares a framework derived from `base`: the base with changes and additions.
  ///
  /// The compiler compiles the base, applies the changes in the order written (``Add``,
  /// ``Replace``, ``Remove``, ``Reweight``, ``Reband``), appends the new declarations, and
  /// validates the result like any framework. The document records the base's id, version
  /// and fingerprint, and the changes in words. A new `Period`, `Summary` or `Presentation`
  /// replaces the base's; new sources and assumptions follow the base's.
  ///
  /// ```swift
  /// let local = Framework(
  ///   "OMI-local", version: "2025", title: "OMI with local criteria",
  ///   basedOn: FrameworkCatalog.omi2008
  /// ) {
  ///   Remove("1.2.c")
  ///   Reweight("1.2", rule: .individualSummary(individual: 0.7, summary: 0.3))
  ///   Add(toSection: "2") { Criterion("2.L", "Local partnerships") { Question("2.L.a", "…") } }
  /// }
  /// ```
  ///
  /// - Parameters:
  ///   - id: the derived framework's own id, e.g. `OMI-local`.
  ///   - version: its version.
  ///   - title: its title.
  ///   - base: the framework it is based on, e.g. `FrameworkCatalog.omi2008`.
  ///   - changes: the changes to the base, and new declarations.
  public init(
    _ id: String, version: String, title: String, basedOn base: Framework,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @DerivationBuilder changes: () -> [any DerivationComponent]
  ) {
    self.id = id
    self.version = version
    self.title = title
    let statements = changes().flatMap(\.derivationElements)
    self.elements = statements.compactMap {
      if case .declaration(let element) = $0 { return element }
      return nil
    }
    self.location = SourceLocation(file: fileID, line: line, column: column)
    self.derivation = Derivation(base: base, elements: statements)
  }
}
