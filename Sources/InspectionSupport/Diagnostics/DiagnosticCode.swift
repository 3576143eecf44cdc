/// A stable diagnostic code with its meaning, e.g. `IK0101` "duplicate id".
///
/// Codes never change meaning once published; new problems get new codes. Each module
/// declares its codes as static members in an extension, and ``DiagnosticCode/catalog``
/// collects them for the documentation table.
///
/// ```swift
/// extension DiagnosticCode {
///   static let duplicateID = DiagnosticCode("IK0101", "duplicate id",
///     "Two elements of the same kind share an id; rename one.")
/// }
/// ```
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
  /// The code, e.g. `IK0101`.
  public let code: String
  /// A few words naming the problem.
  public let title: String
  /// What the problem means and how to fix it.
  public let meaning: String

  /// Creates a code.
  public init(_ code: String, _ title: String, _ meaning: String) {
    self.code = code
    self.title = title
    self.meaning = meaning
  }

  /// The code itself.
  public var description: String { code }
}

extension Diagnostic {
  /// Creates an error with a catalogued code.
  public init(
    _ code: DiagnosticCode, _ message: String,
    location: SourceLocation? = nil, path: String? = nil, notes: [Note] = []
  ) {
    self.init(code, .error, message, location: location, path: path, notes: notes)
  }

  /// Creates a diagnostic with a catalogued code.
  public init(
    _ code: DiagnosticCode, _ severity: Severity, _ message: String,
    location: SourceLocation? = nil, path: String? = nil, notes: [Note] = []
  ) {
    self.init(
      code: code.code, severity: severity, message: message, location: location, path: path,
      notes: notes)
  }
}
