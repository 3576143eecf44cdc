/// A problem found in a declaration, a document or a sample: a value, never a thrown error.
///
/// Every diagnostic has a stable ``code`` (listed with its meaning in docs/codes.md), a
/// ``severity``, a ``message`` that says what is wrong and what to do, and where known a
/// ``location`` and the ``path`` of the element in the document. ``notes`` point at related
/// places, such as the first declaration of a duplicated id.
///
/// ```swift
/// print(diagnostic.rendered)
/// // Frameworks/OMI2.swift:42:5: error: duplicate criterion id '1.2' [IK0101]
/// // Frameworks/OMI2.swift:30:5: note: '1.2' is first declared here
/// ```
public struct Diagnostic: Hashable, Sendable, Codable {
  /// The stable code, e.g. `IK0101`.
  public var code: String
  /// How serious the problem is.
  public var severity: Severity
  /// What is wrong and what to do about it.
  public var message: String
  /// Where the problem is, when known.
  public var location: SourceLocation?
  /// The element's path in the document, e.g. `sections[0].criteria[1]`.
  public var path: String?
  /// Related places.
  public var notes: [Note]

  /// Creates a diagnostic.
  public init(
    code: String, severity: Severity = .error, message: String,
    location: SourceLocation? = nil, path: String? = nil, notes: [Note] = []
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.location = location
    self.path = path
    self.notes = notes
  }

  /// How serious a diagnostic is.
  public enum Severity: String, Hashable, Sendable, Codable, Comparable {
    case error, warning, note

    private var rank: Int {
      switch self {
      case .error: 0
      case .warning: 1
      case .note: 2
      }
    }

    /// Errors sort before warnings before notes.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
  }

  /// A related place attached to a diagnostic.
  public struct Note: Hashable, Sendable, Codable {
    /// What the place is.
    public var message: String
    /// The place, when known.
    public var location: SourceLocation?
    /// The element's path in the document.
    public var path: String?

    /// Creates a note.
    public init(message: String, location: SourceLocation? = nil, path: String? = nil) {
      self.message = message
      self.location = location
      self.path = path
    }
  }
}

extension Diagnostic {
  /// Whether the diagnostic is an error.
  public var isError: Bool { severity == .error }

  /// The diagnostic in compiler style, with its notes on the following lines.
  ///
  /// `file:line:col: error: message [CODE]`, or `error: message [CODE]` without a location.
  /// Control and invisible characters in the message, notes and file name are shown as
  /// escapes (``VisibleText``), so each diagnostic and note is one line and nothing in it
  /// acts on a terminal.
  public var rendered: String {
    var lines = [
      VisibleText.escaped("\(Self.prefix(location))\(severity.rawValue): \(message) [\(code)]")
    ]
    for note in notes {
      lines.append(VisibleText.escaped("\(Self.prefix(note.location))note: \(note.message)"))
    }
    return lines.joined(separator: "\n")
  }

  private static func prefix(_ location: SourceLocation?) -> String {
    location.map { "\($0): " } ?? ""
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains(where: \.isError) }

  /// The diagnostics in a stable order: by location (unlocated last), then code, then message.
  public func sortedForDisplay() -> [Diagnostic] {
    enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (let l?, let r?) where l != r: return l < r
      case (.some, .none): return true
      case (.none, .some): return false
      default:
        if a.element.code != b.element.code { return a.element.code < b.element.code }
        return a.offset < b.offset
      }
    }.map(\.element)
  }
}
