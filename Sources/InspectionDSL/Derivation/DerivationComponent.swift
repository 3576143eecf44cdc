/// One statement of a derived framework: a change to the base, or a new declaration.
public enum DerivationElement: Sendable {
  /// A change to an element of the base.
  case change(Change)
  /// A new declaration, added after the base's own.
  case declaration(FrameworkElement)
}

/// A declaration that can stand directly inside a derived ``Framework``.
///
/// ``Add``, ``Replace``, ``Remove``, ``Reweight`` and ``Reband`` conform. Ordinary framework
/// declarations (``Theme``, ``Section``, ``Headline``, …) are accepted too.
public protocol DerivationComponent {
  /// The statements this declaration contributes to its derivation.
  var derivationElements: [DerivationElement] { get }
}
