/// Formats fields as RFC 4180 CSV that ``CSVReader`` reads back unchanged.
///
/// A field is quoted only when it has to be: when it contains `,`, `"`, CR or LF, starts or
/// ends with a space or tab (so no tool trims it), or starts with U+FEFF (which would be
/// taken for a byte order mark). Inside quotes, `"` is doubled. A record made of a single
/// empty field is written as `""`, because an empty line would be skipped as blank.
///
/// ```swift
/// CSVWriter.escape("Smith, J.")     // "\"Smith, J.\""
/// CSVWriter.line(["1.2.a", "yes"])  // "1.2.a,yes\n"
/// ```
public enum CSVWriter {
  /// Returns `field` as it should appear in a CSV record, quoted only when needed.
  public static func escape(_ field: String) -> String {
    guard needsQuotes(field) else { return field }
    var result = "\""
    result.reserveCapacity(field.utf8.count + 2)
    for character in field.unicodeScalars {
      if character == "\"" { result.unicodeScalars.append("\"") }
      result.unicodeScalars.append(character)
    }
    result.unicodeScalars.append("\"")
    return result
  }

  /// Returns one record: the escaped fields joined by `,`, followed by `terminator`.
  ///
  /// The default terminator is LF; pass `"\r\n"` for strict RFC 4180 output.
  public static func line(_ fields: [String], terminator: String = "\n") -> String {
    if fields.count == 1, fields[0].isEmpty { return "\"\"" + terminator }
    return fields.map(escape).joined(separator: ",") + terminator
  }

  /// `field` made safe for a spreadsheet cell in a report: a value that a spreadsheet would
  /// take for a formula is neutralised, and control characters are shown as escapes.
  ///
  /// A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
  /// full-width forms `＝`, `＋`, `－`, `＠`) is prefixed with an apostrophe `'`: Excel,
  /// LibreOffice and Google Sheets then show it as text instead of evaluating it (CSV
  /// injection). Control, bidirectional and invisible characters, and a `<` that would open an
  /// HTML tag, are written as `\u{…}` (``VisibleText/inert(_:)``). Use it for text that comes from an input (ids, titles, labels, reasons)
  /// in CSV written for people; numbers written by the program, and CSV that must read back
  /// exactly (samples), are left alone. The rule is documented in `docs/limits.md`.
  ///
  /// ```swift
  /// CSVWriter.reportCell("=HYPERLINK(\"http://x\")")  // "'=HYPERLINK(\"http://x\")"
  /// CSVWriter.reportCell("-")                          // "'-"
  /// CSVWriter.reportCell("1.1")                        // "1.1"
  /// ```
  public static func reportCell(_ field: String) -> String {
    let visible = VisibleText.inert(field)
    guard let first = field.unicodeScalars.first, formulaStarts.contains(first) else {
      return visible
    }
    return "'" + visible
  }

  /// The first characters that make a spreadsheet read a cell as a formula.
  public static let formulaStarts: Set<Unicode.Scalar> = [
    "=", "+", "-", "@", "\t", "\r", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
  ]

  /// Whether `field` must be quoted to survive a round trip.
  public static func needsQuotes(_ field: String) -> Bool {
    let scalars = field.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return false }
    if first == " " || first == "\t" || first == "\u{FEFF}" || last == " " || last == "\t" {
      return true
    }
    return field.utf8.contains { byte in
      byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\r")
        || byte == UInt8(ascii: "\n")
    }
  }
}
