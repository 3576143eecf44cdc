/// Where a piece of text is in a document, as the readers locate things: 1-based lines (broken
/// at LF) and 1-based columns counted in Unicode scalars.
///
/// Hostile-input tests compute the location they expect from the text they built, by finding
/// the offending value in it, independently of the reader under test.
///
/// ```swift
/// TextLocation.of("1e+308", in: "{\n  \"weight\": 1e+308\n}")   // line 2, column 13
/// ```
public struct TextLocation: Hashable, Sendable, CustomStringConvertible {
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, in Unicode scalars.
  public var column: Int

  /// A position.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Where the `occurrence`-th (1-based) occurrence of `marker` starts in `text`, or `nil`.
  public static func of(_ marker: String, in text: String, occurrence: Int = 1) -> TextLocation? {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(marker.unicodeScalars)
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    var found = 0
    var line = 1
    var column = 1
    var index = 0
    while index + needle.count <= scalars.count {
      if scalars[index] == needle[0], Array(scalars[index..<(index + needle.count)]) == needle {
        found += 1
        if found == occurrence { return TextLocation(line: line, column: column) }
      }
      if scalars[index] == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
      index += 1
    }
    return nil
  }

  /// Where the JSON object holding the `occurrence`-th `marker` opens: the `{` found going
  /// back from the marker, skipping objects that close before it (strings are assumed to hold
  /// no braces).
  public static func objectHolding(
    _ marker: String, in text: String, occurrence: Int = 1
  ) -> TextLocation? {
    guard let target = of(marker, in: text, occurrence: occurrence) else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars)
    }
    var depth = 0
    var line = target.line - 1
    var column = target.column - 1
    while line >= 0 {
      while column > 0 {
        column -= 1
        let scalar = lines[line][column]
        if scalar == "}" { depth += 1 }
        if scalar == "{" {
          if depth == 0 { return TextLocation(line: line + 1, column: column + 1) }
          depth -= 1
        }
      }
      line -= 1
      if line >= 0 { column = lines[line].count }
    }
    return nil
  }

  /// The position just after the last character of `text`.
  public static func end(of text: String) -> TextLocation {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    return TextLocation(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1)
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}
