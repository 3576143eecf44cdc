import InspectionSchema
import InspectionSupport

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Loads a concept catalog from JSON and validates it like a compiled declaration.
///
/// Invalid JSON (IK0001), a wrong `schemaVersion` (IK0002), wrong or unknown fields (IK0003),
/// and every rule of ``ConceptCatalogCompiler`` (IK0102, IK0127) are reported at the line and
/// column of the offending value; an edited file whose recorded fingerprint no longer matches
/// its content is a warning (IK0005).
///
/// ```swift
/// let loaded = ConceptCatalogLoader.load(path: "concepts.json")
/// loaded.diagnostics.forEach { print($0.rendered) }
/// ```
public enum ConceptCatalogLoader {
  /// The largest concept catalog read: 64 MiB, as a framework document (`docs/limits.md`).
  public static let maximumFileBytes = FrameworkLoader.maximumFileBytes

  /// Reads and validates the catalog at `path` (at most ``maximumFileBytes``); a file that
  /// cannot be read, is a directory or is too large is reported (IK0004) at its line 1.
  public static func load(path: String) -> ConceptCatalogCompilation {
    let bytes: [UInt8]
    do {
      bytes = try InputFile.read(path, limit: maximumFileBytes, what: "concept catalog")
    } catch {
      return ConceptCatalogCompilation(
        document: ConceptCatalogDocument(id: "", version: "", title: ""),
        diagnostics: [
          Diagnostic(
            .unreadableFile,
            error.message
              + (error.kind == .system ? "; check that the file exists and is readable" : ""),
            location: SourceLocation(file: path, line: 1, column: 1))
        ])
    }
    return load(bytes: bytes, file: path)
  }

  /// Validates a catalog held in memory; `file` names it in diagnostics. `nil` document
  /// fields mean the catalog could not be read at all (see the diagnostics).
  public static func load(bytes: [UInt8], file: String) -> ConceptCatalogCompilation {
    func at(_ position: SourcePosition?) -> SourceLocation {
      SourceLocation(file: file, line: position?.line ?? 1, column: position?.column ?? 1)
    }
    func failed(_ diagnostics: [Diagnostic]) -> ConceptCatalogCompilation {
      ConceptCatalogCompilation(
        document: ConceptCatalogDocument(id: "", version: "", title: ""),
        diagnostics: diagnostics)
    }
    let parsed: JSONDocument
    do { parsed = try JSONParser.parse(bytes) } catch {
      return failed([
        Diagnostic(
          .invalidJSON, "the concept catalog is not valid JSON: \(error.message)",
          location: at(error.position))
      ])
    }
    guard case .object(var members) = parsed.root else {
      return failed([
        Diagnostic(
          .invalidDocument,
          "a concept catalog is a JSON object; found \(parsed.root.kindDescription)",
          location: at(parsed.position(of: .root)))
      ])
    }
    guard members["schemaVersion"]?.intValue == ConceptCatalogDocument.currentSchemaVersion else {
      let found = members["schemaVersion"].map { "\($0)" } ?? "nothing"
      return failed([
        Diagnostic(
          .unsupportedSchemaVersion,
          "schemaVersion must be \(ConceptCatalogDocument.currentSchemaVersion); found \(found)",
          location: at(parsed.nearestPosition(of: ["schemaVersion"])))
      ])
    }
    let recorded = members.removeValue(forKey: "fingerprint")
    let document: ConceptCatalogDocument
    do {
      document = try JSONValueDecoder().decode(
        ConceptCatalogDocument.self, from: parsed.replacingRoot(.object(members)))
    } catch {
      return failed(
        error.allErrors.map {
          Diagnostic(
            .invalidDocument, $0.message + " (at \($0.path))", location: at($0.position),
            path: $0.path.description)
        })
    }
    var diagnostics = ConceptCatalogCompiler.validate(document) { path in
      at(parsed.nearestPosition(of: JSONPath(parsing: path)))
    }
    let fingerprint = Fingerprint(canonicalJSONOf: .object(members)).description
    if let recorded, recorded.stringValue != fingerprint {
      diagnostics.append(
        Diagnostic(
          .fingerprintMismatch, .warning,
          "the recorded fingerprint \(recorded) does not match the content (\(fingerprint)): the "
            + "file was edited after it was compiled",
          location: at(parsed.nearestPosition(of: ["fingerprint"]))))
    }
    return ConceptCatalogCompilation(
      document: document, diagnostics: diagnostics.sortedForDisplay())
  }
}
