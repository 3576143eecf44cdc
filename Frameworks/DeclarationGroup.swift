import InspectionDSL

/// Several framework declarations as one, so that a list shared by two frameworks can be
/// written once and placed in a derived framework (whose builder takes one declaration at a
/// time).
///
/// ```swift
/// static var scales: DeclarationGroup { DeclarationGroup([AnswerScale(…) { … }, Assumption(…)]) }
/// ```
struct DeclarationGroup: FrameworkComponent {
  /// The declarations, in order.
  let parts: [any FrameworkComponent]

  /// Groups `parts`, keeping their order.
  init(_ parts: [any FrameworkComponent]) {
    self.parts = parts
  }

  var frameworkElements: [FrameworkElement] { parts.flatMap(\.frameworkElements) }
}
