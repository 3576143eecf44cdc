import InspectionSupport

/// Canonical JSON and the fingerprint of a framework document.
///
/// The fingerprint is `sha256:` + SHA-256 of the document's **compact** canonical JSON
/// (RFC 8785 style: keys sorted, no whitespace, ECMAScript numbers) *without* the
/// `fingerprint` member. Files on disk are the **pretty** canonical form of the same value with
/// the `fingerprint` member added: two-space indentation, `schemaVersion` first, every other
/// key sorted. `inspect validate` recomputes and checks the fingerprint.
///
/// ```swift
/// let json = try document.canonicalJSON()       // the file's text, ending in a newline
/// let fingerprint = try document.fingerprint()  // "sha256:…"
/// ```
extension FrameworkDocument {
  /// The document as a JSON value, without its fingerprint.
  public func jsonValue() throws -> JSONValue {
    try JSONValueEncoder().encode(self)
  }

  /// The fingerprint of the document's compact canonical JSON.
  public func fingerprint() throws -> String {
    Fingerprint(canonicalJSONOf: try jsonValue()).description
  }

  /// The document's file text: pretty canonical JSON with its `fingerprint`.
  public func canonicalJSON() throws -> String {
    let value = try jsonValue()
    guard case .object(var members) = value else { return CanonicalJSON.pretty(value) }
    members["fingerprint"] = .string(Fingerprint(canonicalJSONOf: value).description)
    return CanonicalJSON.pretty(.object(members), leadingKeys: ["schemaVersion"])
  }
}

extension JSONPath {
  /// Parses a path written as `sections[0].criteria[2].id` (the root is the empty string).
  ///
  /// Keys are the identifiers between dots; indices are the numbers in brackets.
  public init(parsing text: String) {
    var components: [Component] = []
    var key = ""
    var index: String?
    for character in text {
      switch character {
      case "." where index == nil:
        if !key.isEmpty { components.append(.key(key)) }
        key = ""
      case "[" where index == nil:
        if !key.isEmpty { components.append(.key(key)) }
        key = ""
        index = ""
      case "]" where index != nil:
        if let value = Int(index ?? "") { components.append(.index(value)) }
        index = nil
      default:
        if index != nil { index?.append(character) } else { key.append(character) }
      }
    }
    if !key.isEmpty { components.append(.key(key)) }
    self.init(components)
  }
}
