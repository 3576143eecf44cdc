/// One validation rule over a framework document.
///
/// Each rule is a small type in its own file under `Validators/`, reports every instance of
/// its problem, and never stops at the first.
public protocol FrameworkValidator: Sendable {
  /// Reports every problem of this rule's kind.
  func validate(_ context: inout ValidationContext)
}
