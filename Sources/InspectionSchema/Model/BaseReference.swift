extension FrameworkDocument {
  /// The framework a derived framework is based on, pinned by fingerprint.
  public struct BaseReference: Hashable, Sendable, Codable {
    /// The base framework's id.
    public var id: String
    /// The base framework's version.
    public var version: String
    /// The fingerprint of the base framework's canonical document (`sha256:…`).
    public var fingerprint: String
    /// The changes the derived framework makes, in words, one per line.
    public var changes: [String]

    /// Creates a base reference.
    public init(id: String, version: String, fingerprint: String, changes: [String] = []) {
      self.id = id
      self.version = version
      self.fingerprint = fingerprint
      self.changes = changes
    }
  }
}
