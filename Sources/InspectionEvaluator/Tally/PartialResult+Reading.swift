import InspectionSupport

extension PartialResult {
  /// Reads and verifies a partial-result file: the first problem, located in `file`, is
  /// thrown.
  ///
  /// In order: the bytes must be JSON (``DiagnosticCode/unreadablePartial``); an object whose
  /// `kind` is `partial` and whose `schemaVersion` is ``formatVersion``
  /// (``DiagnosticCode/unsupportedPartial``); its ``integrityKey`` must be the digest of the
  /// rest (``DiagnosticCode/partialIntegrity``); then every field must have its type, no field
  /// may be unknown, and the counts must hold together (``verificationProblems()``,
  /// ``DiagnosticCode/invalidPartial``).
  public static func read(bytes: [UInt8], file: String) throws(PartialResultError)
    -> PartialResultFile
  {
    func at(_ position: SourcePosition?) -> SourceLocation {
      SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1)
    }
    func fail(_ code: DiagnosticCode, _ message: String, _ position: SourcePosition?)
      -> PartialResultError
    {
      PartialResultError(Diagnostic(code, message, location: at(position)))
    }
    let document: JSONDocument
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw fail(.unreadablePartial, "not a partial result: \(error.message)", error.position)
    }
    guard case .object(var members) = document.root else {
      throw fail(
        .unsupportedPartial,
        "not a partial result: the file holds \(document.root.kindDescription), not an object "
          + "written by 'inspect score --partial'", document.position(of: .root))
    }
    let kindValue = members["kind"]
    guard kindValue?.stringValue == kindName else {
      let found = kindValue.map { $0.foundDescription } ?? "no 'kind'"
      throw fail(
        .unsupportedPartial,
        "not a partial result: 'kind' must be \"\(kindName)\", found \(found)",
        document.nearestPosition(of: ["kind"]))
    }
    let versionPosition = document.nearestPosition(of: ["schemaVersion"])
    guard let version = members["schemaVersion"]?.intValue else {
      throw fail(
        .unsupportedPartial, "'schemaVersion' must be the format version \(formatVersion)",
        versionPosition)
    }
    guard version == formatVersion else {
      let why =
        version < formatVersion
        ? "was written by an earlier InspectionKit (format \(version), without what format "
          + "\(formatVersion) records and checks)"
        : "was written by a newer InspectionKit (format \(version))"
      throw fail(
        .unsupportedPartial,
        "the partial result \(why); this InspectionKit reads format \(formatVersion). Score the "
          + "part again with 'inspect score --partial'", versionPosition)
    }
    let integrityPosition = document.nearestPosition(of: [.key(integrityKey)])
    guard let recorded = members[integrityKey]?.stringValue else {
      throw fail(
        .partialIntegrity,
        "the partial result has no '\(integrityKey)' digest; it was not written by "
          + "'inspect score --partial' or 'inspect merge --partial', or was edited",
        integrityPosition)
    }
    let computed = integrity(of: members)
    guard recorded == computed else {
      throw fail(
        .partialIntegrity,
        "the content does not match its '\(integrityKey)' digest ("
          + "computed \(computed)): the file was edited or damaged after it was written; score "
          + "the part again with --partial", integrityPosition)
    }
    members.removeValue(forKey: integrityKey)
    let result: PartialResult
    do {
      result = try JSONValueDecoder().decode(
        PartialResult.self, from: document.replacingRoot(.object(members)))
    } catch {
      throw fail(
        .invalidPartial, "\(error.message) (at \(error.path))",
        error.position ?? document.nearestPosition(of: error.path))
    }
    let problems = result.verificationProblems()
    if let first = problems.first {
      let more = problems.count > 1 ? " (and \(problems.count - 1) more problem(s))" : ""
      throw fail(
        .invalidPartial, "\(first.path): \(first.message)\(more)",
        document.nearestPosition(of: first.path))
    }
    var positions: [String: SourcePosition] = [:]
    for key in members.keys {
      positions[key] = document.keyPosition(of: [.key(key)]) ?? document.position(of: [.key(key)])
    }
    return PartialResultFile(result: result, file: file, memberPositions: positions)
  }
}
