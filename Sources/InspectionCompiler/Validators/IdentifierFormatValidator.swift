import InspectionSchema
import InspectionSupport

/// Ids use letters, digits, `.`, `_` and `-`; codes and values are clean non-empty strings.
///
/// Reports ``DiagnosticCode/malformedID`` (IK0102).
public struct IdentifierFormatValidator: FrameworkValidator {
  public init() {}

  public func validate(_ context: inout ValidationContext) {
    let document = context.document
    var ids: [(kind: String, id: String, path: String)] = [("framework", document.id, "id")]
    ids += document.structureIDs
    ids += document.themes.enumerated().map { ("theme", $1.id, "themes[\($0)]") }
    ids += document.sources.enumerated().compactMap { index, source in
      source.id.map { ("source", $0, "sources[\(index)]") }
    }
    ids += document.attributes.enumerated().map { ("attribute", $1.id, "attributes[\($0)]") }
    ids += document.scales.enumerated().map { ("answer scale", $1.id, "scales[\($0)]") }
    ids += document.gradeScales.enumerated().map { ("grade scale", $1.id, "gradeScales[\($0)]") }
    ids += document.judgementScales.enumerated().map {
      ("judgement scale", $1.id, "judgementScales[\($0)]")
    }
    for (index, scale) in document.gradeScales.enumerated() {
      ids += scale.bands.enumerated().map { ("band", $1.id, "gradeScales[\(index)].bands[\($0)]") }
    }
    for (index, scale) in document.judgementScales.enumerated() {
      ids += scale.labels.enumerated().map {
        ("label", $1.id, "judgementScales[\(index)].labels[\($0)]")
      }
    }
    for entry in ids where !Self.isIdentifier(entry.id) {
      context.report(
        .malformedID,
        "\(entry.kind) id \(Quoted(entry.id)) is malformed; use letters, digits, '.', "
          + "'_' and '-', starting with a letter or digit", at: entry.path)
    }
    if !Self.isIdentifier(document.version) {
      context.report(
        .malformedID,
        "framework version \(Quoted(document.version)) is malformed; use letters, "
          + "digits, '.', '_' and '-'", at: "version")
    }

    var values: [(kind: String, value: String, path: String)] = []
    for (index, attribute) in document.attributes.enumerated() {
      values += attribute.values.enumerated().map {
        ("value of attribute \(Quoted(attribute.id))", $1, "attributes[\(index)].values[\($0)]")
      }
    }
    for (index, scale) in document.scales.enumerated() {
      values += scale.options.enumerated().map {
        ("option code of scale \(Quoted(scale.id))", $1.code, "scales[\(index)].options[\($0)]")
      }
    }
    for entry in values where !Self.isCleanValue(entry.value) {
      context.report(
        .malformedID,
        "\(entry.kind) \(Quoted(entry.value)) must be non-empty, without surrounding "
          + "spaces, commas, quotes or control characters", at: entry.path)
    }
  }

  /// Whether `id` matches `[A-Za-z0-9][A-Za-z0-9._-]*`.
  public static func isIdentifier(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, isAlphanumeric(first) else { return false }
    return id.unicodeScalars.allSatisfy {
      isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-"
    }
  }

  /// Whether `value` is usable as an answer code or attribute value in a CSV cell.
  public static func isCleanValue(_ value: String) -> Bool {
    guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last,
      first != " ", last != " "
    else { return false }
    return value.unicodeScalars.allSatisfy {
      $0.value >= 0x20 && $0.value != 0x7F && $0 != "," && $0 != "\""
    }
  }

  private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
  }
}
