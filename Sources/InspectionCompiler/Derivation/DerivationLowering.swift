import InspectionDSL
import InspectionSchema
import InspectionSupport

/// Applies a derived framework's changes and new declarations to its compiled base.
///
/// Changes apply in the order written, to the base as changed so far; new declarations are
/// appended afterwards. Every problem a change can have (an unknown id, an id added twice, a
/// removal that empties a criterion) is reported at the change's declaration; the validators
/// then check the result like any framework. Locations are carried by element key (see
/// ``ElementKeys``), so base elements keep pointing at the base's declarations.
struct DerivationLowering {
  /// The document as changed so far.
  var document: FrameworkDocument
  /// Where each element was declared, by key.
  var locations: [String: SourceLocation]
  /// Problems found in the changes.
  var diagnostics: [Diagnostic] = []
  /// The changes made, in words, in order.
  var changes: [String] = []
  /// Elements the derivation's own checks reported on, by key.
  var reportedKeys: Set<String> = []
  /// Ids removed (or replaced by other ids), with where the change was written.
  var removals: [String: SourceLocation] = [:]
  /// Ids this derivation added, with where they were declared.
  var additions: [String: SourceLocation] = [:]
  /// The compiled framework the derivation starts from.
  let base: FrameworkDocument

  /// Starts from the compiled `base`, whose elements were declared at `locations` (by path).
  init(base: FrameworkDocument, locations: [String: SourceLocation]) {
    self.base = base
    var document = base
    // A derived framework is historical only when it says so; its base's citations stay.
    document.historical = nil
    // Nor is it a subset of its base's question bank: its changes may ask other questions.
    document.subsetOf = nil
    self.document = document
    var keyed = ElementKeys.keyed(base, locations)
    keyed["historical"] = nil
    self.locations = keyed
  }
}
