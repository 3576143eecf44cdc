/// A framework's identity in a result: id, version, title and fingerprint.
public struct FrameworkIdentity: Hashable, Sendable, Codable {
  public var id: String
  public var version: String
  public var title: String
  public var fingerprint: String

  /// Creates an identity.
  public init(id: String, version: String, title: String, fingerprint: String) {
    self.id = id
    self.version = version
    self.title = title
    self.fingerprint = fingerprint
  }
}
