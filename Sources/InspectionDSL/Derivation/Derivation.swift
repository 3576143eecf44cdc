/// How a derived framework differs from the framework it is based on.
///
/// A derivation holds the base framework and, in the order written, the changes to the base
/// (``Add``, ``Replace``, ``Remove``, ``Reweight``, ``Reband``) and the new declarations
/// (themes, sections, headlines, notes and scales, as in any framework). The compiler applies
/// the changes to the compiled base first, then appends the new declarations; see
/// ``Framework/init(_:version:title:basedOn:fileID:line:column:changes:)``.
public struct Derivation: Sendable {
  /// Held in an array so that a framework can contain its base.
  private let baseStorage: [Framework]
  /// The changes and new declarations, in the order written.
  public let elements: [DerivationElement]

  /// The framework this one is based on.
  public var base: Framework {
    // `baseStorage` always holds exactly one framework: the initialiser puts it there.
    baseStorage[0]
  }

  /// Creates a derivation of `base`.
  public init(base: Framework, elements: [DerivationElement]) {
    self.baseStorage = [base]
    self.elements = elements
  }
}
