import InspectionSchema
import InspectionSupport

/// Loads a framework document from JSON and validates it like a compiled declaration.
///
/// Every problem is a located diagnostic: invalid or truncated JSON (IK0001) at its line and
/// column, a wrong `schemaVersion` (IK0002), wrong types, missing or unknown fields (IK0003),
/// then every rule the compiler checks, at the position of the offending value.
///
/// ```swift
/// let loaded = FrameworkLoader.load(path: "OMI2.json")
/// if let document = loaded.document { … } else { loaded.diagnostics.forEach { print($0.rendered) } }
/// ```
public enum FrameworkLoader {
  /// The largest framework document read: 64 MiB (`docs/limits.md`).
  public static let maximumFileBytes = 64 << 20

  /// Reads and validates the document at `path` (at most ``maximumFileBytes``; a FIFO or a
  /// device is read as a stream with the same limit); `concepts` are the concept catalogs its
  /// `conceptCatalog` may name (`nil`: concept ids are not checked).
  public static func load(path: String, concepts: [ConceptCatalogDocument]? = nil)
    -> LoadedFramework
  {
    let bytes: [UInt8]
    do {
      bytes = try InputFile.read(path, limit: maximumFileBytes, what: "framework document")
    } catch {
      return LoadedFramework(
        document: nil, fingerprint: nil,
        diagnostics: [
          Diagnostic(
            .unreadableFile,
            error.message
              + (error.kind == .system ? "; check that the file exists and is readable" : ""),
            location: SourceLocation(file: path, line: 1, column: 1))
        ])
    }
    return load(bytes: bytes, file: path, concepts: concepts)
  }

  /// Validates a document held in memory; `file` names it in diagnostics.
  public static func load(
    bytes: [UInt8], file: String, concepts: [ConceptCatalogDocument]? = nil
  ) -> LoadedFramework {
    func at(_ position: SourcePosition?) -> SourceLocation {
      SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1)
    }
    let parsed: JSONDocument
    do {
      parsed = try JSONParser.parse(bytes)
    } catch {
      return .failed(
        Diagnostic(
          .invalidJSON, "the framework document is not valid JSON: \(error.message)",
          location: at(error.position)))
    }
    guard case .object(var members) = parsed.root else {
      return .failed(
        Diagnostic(
          .invalidDocument,
          "a framework document is a JSON object; found "
            + parsed.root.kindDescription, location: at(parsed.position(of: .root))))
    }
    let versionPath: JSONPath = ["schemaVersion"]
    guard let version = members["schemaVersion"]?.intValue,
      version == FrameworkDocument.currentSchemaVersion
    else {
      let found = members["schemaVersion"].map { "\($0)" } ?? "nothing"
      return .failed(
        Diagnostic(
          .unsupportedSchemaVersion,
          "schemaVersion must be "
            + "\(FrameworkDocument.currentSchemaVersion); found \(found). Recompile the framework "
            + "with this InspectionKit", location: at(parsed.nearestPosition(of: versionPath))))
    }
    let recorded = members.removeValue(forKey: "fingerprint")
    let stripped = parsed.replacingRoot(.object(members))
    let document: FrameworkDocument
    do {
      document = try JSONValueDecoder().decode(FrameworkDocument.self, from: stripped)
    } catch {
      return LoadedFramework(
        document: nil, fingerprint: nil,
        diagnostics: error.allErrors.map {
          Diagnostic(
            .invalidDocument, $0.message + " (at \($0.path))", location: at($0.position),
            path: $0.path.description)
        })
    }
    var diagnostics = DocumentValidation.validate(document, concepts: concepts) { path in
      at(parsed.nearestPosition(of: JSONPath(parsing: path)))
    }
    let fingerprint = Fingerprint(canonicalJSONOf: .object(members)).description
    if let recorded, recorded.stringValue != fingerprint {
      diagnostics.append(
        Diagnostic(
          .fingerprintMismatch, .warning,
          "the recorded fingerprint \(recorded) does not match "
            + "the content (\(fingerprint)): the file was edited after it was compiled; results "
            + "will carry the content's fingerprint",
          location: at(parsed.nearestPosition(of: ["fingerprint"]))))
    }
    let failed = diagnostics.containsErrors
    return LoadedFramework(
      document: failed ? nil : document, fingerprint: failed ? nil : fingerprint,
      diagnostics: diagnostics.sortedForDisplay())
  }
}
