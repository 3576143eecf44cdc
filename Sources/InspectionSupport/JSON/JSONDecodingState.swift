/// Bookkeeping shared by all containers of one decoding pass: which keys of which
/// objects were asked for.
final class JSONDecodingState {
  struct ObjectUsage {
    let path: JSONPath
    let members: [String: JSONValue]
    let memberNodes: [String: PositionNode.Member]?
    var asked: Set<String> = []
  }

  let rejectUnknownKeys: Bool
  private var usages: [ObjectUsage] = []
  private var usageIndices: [JSONPath: Int] = [:]

  init(rejectUnknownKeys: Bool) {
    self.rejectUnknownKeys = rejectUnknownKeys
  }

  /// Starts tracking an object (once per path); returns its handle, or `nil` if unknown
  /// keys are not tracked.
  func register(
    path: JSONPath, members: [String: JSONValue],
    memberNodes: [String: PositionNode.Member]?
  ) -> Int? {
    guard rejectUnknownKeys else { return nil }
    if let existing = usageIndices[path] { return existing }
    usages.append(ObjectUsage(path: path, members: members, memberNodes: memberNodes))
    usageIndices[path] = usages.count - 1
    return usages.count - 1
  }

  func ask(_ key: String, in usage: Int?) {
    guard let usage, usages.indices.contains(usage) else { return }
    usages[usage].asked.insert(key)
  }

  /// One error per member never asked for, in document order.
  func unknownKeyErrors() -> [JSONDecodingError] {
    var errors: [JSONDecodingError] = []
    for usage in usages {
      let unknown = usage.members.keys.filter { !usage.asked.contains($0) }
      guard !unknown.isEmpty else { continue }
      let absent = usage.asked.filter { usage.members[$0] == nil }
      for key in unknown {
        var message = "unknown field \(Quoted(key))"
        if let suggestion = Suggestion.closest(to: key, among: absent.sorted())
          ?? Suggestion.closest(to: key, among: usage.asked.sorted())
        {
          message += " — did you mean '\(suggestion)'?"
        }
        errors.append(
          JSONDecodingError(
            path: usage.path, position: usage.memberNodes?[key]?.keyPosition, message: message))
      }
    }
    let far = SourcePosition(line: Int.max, column: Int.max)
    return errors.sorted {
      let (left, right) = ($0.position ?? far, $1.position ?? far)
      if left != right { return left < right }
      return ($0.path.description, $0.message) < ($1.path.description, $1.message)
    }
  }
}
