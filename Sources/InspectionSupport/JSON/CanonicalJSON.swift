/// The canonical JSON writers: one byte sequence per value, in a compact form for hashing
/// and a pretty form for files on disk.
///
/// Both forms follow RFC 8785 (JSON Canonicalization Scheme) for everything except
/// whitespace:
///
/// - Object members are sorted by their keys' UTF-16 code units (so `"Z"` < `"a"` <
///   `"é"` < `"😀"` < `"ｱ"`, as in JCS).
/// - Numbers are written as ECMAScript's `Number.prototype.toString` writes them (see
///   ``format(_:)``): `80`, `0.8`, `1e+21`, `1e-7`; `-0` is written `0`.
/// - Strings escape only `"`, `\`, and the control characters U+0000–U+001F (as `\b`,
///   `\t`, `\n`, `\f`, `\r` or lowercase `\u00xx`); everything else, including `/`,
///   U+007F and non-ASCII characters, is written literally as UTF-8.
/// - Non-finite numbers have no JSON representation; the writers emit `null` for them so
///   that they never trap. ``JSONValueEncoder`` throws before producing such values, and
///   ``JSONParser`` never produces them.
///
/// Equal ``JSONValue``s produce byte-identical output, and parsing the output gives back
/// an equal value.
///
/// ```swift
/// CanonicalJSON.compact(["b": 80.0, "a": [0.8, "x"]])  // {"a":[0.8,"x"],"b":80}
/// CanonicalJSON.pretty(["b": 80.0, "a": []])  // "{\n  \"a\": [],\n  \"b\": 80\n}\n"
/// ```
public enum CanonicalJSON {
  /// The compact canonical form: no insignificant whitespace, no trailing newline.
  public static func compact(_ value: JSONValue) -> String {
    String(decoding: compactBytes(value), as: UTF8.self)
  }

  /// The compact canonical form as UTF-8 bytes (the input to fingerprints).
  public static func compactBytes(_ value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    writeCompact(value, to: &output)
    return output
  }

  /// The pretty canonical form used for files: 2-space indentation, `"key": value`,
  /// one member or element per line, `[]` and `{}` for empty containers, and a trailing
  /// newline.
  ///
  /// ```text
  /// {
  ///   "id": "iso-9001",
  ///   "weights": [
  ///     0.5,
  ///     1
  ///   ]
  /// }
  /// ```
  ///
  /// `leadingKeys` come first in the top-level object, in the order given (InspectionKit
  /// documents put `schemaVersion` first); every other key, at every level, is sorted.
  public static func pretty(_ value: JSONValue, leadingKeys: [String] = []) -> String {
    String(decoding: prettyBytes(value, leadingKeys: leadingKeys), as: UTF8.self)
  }

  /// The pretty canonical form as UTF-8 bytes.
  public static func prettyBytes(_ value: JSONValue, leadingKeys: [String] = []) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(256)
    writePretty(value, indent: 0, leadingKeys: leadingKeys, to: &output)
    output.append(newline)
    return output
  }

  /// Formats a number as ECMAScript's `Number.prototype.toString()` does (RFC 8785 §3.2.2.3).
  ///
  /// With the shortest round-tripping decimal digits `d₁…dₖ` and exponent `n` such that
  /// the value is `0.d₁…dₖ × 10ⁿ`:
  ///
  /// - `k ≤ n ≤ 21`: the digits followed by `n − k` zeros (`100`, `123456789012345680000`);
  /// - `0 < n ≤ 21`: a decimal point after `n` digits (`69.6`);
  /// - `−6 < n ≤ 0`: `0.`, `−n` zeros, then the digits (`0.001`, `0.000001`);
  /// - otherwise exponential: `d₁[.d₂…dₖ]e±(n−1)` (`1e+21`, `1e-7`, `5e-324`).
  ///
  /// Zero (including `-0`) is `0`; negative numbers get a leading `-`. Non-finite values,
  /// which JSON cannot represent, are written as `null`.
  public static func format(_ number: Double) -> String {
    var output: [UInt8] = []
    writeNumber(number, to: &output)
    return String(decoding: output, as: UTF8.self)
  }

  // MARK: - Writing

  private static let newline = UInt8(ascii: "\n")
  private static let space = UInt8(ascii: " ")

  private static func writeCompact(_ value: JSONValue, to output: inout [UInt8]) {
    switch value {
    case .array(let elements):
      output.append(UInt8(ascii: "["))
      for (offset, element) in elements.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        writeCompact(element, to: &output)
      }
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      output.append(UInt8(ascii: "{"))
      for (offset, key) in sortedKeys(members).enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        writeString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        if let member = members[key] { writeCompact(member, to: &output) }
      }
      output.append(UInt8(ascii: "}"))
    default:
      writeScalar(value, to: &output)
    }
  }

  private static func writePretty(
    _ value: JSONValue, indent: Int, leadingKeys: [String] = [], to output: inout [UInt8]
  ) {
    switch value {
    case .array(let elements) where !elements.isEmpty:
      output.append(UInt8(ascii: "["))
      for (offset, element) in elements.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        writeLineBreak(indent: indent + 1, to: &output)
        writePretty(element, indent: indent + 1, to: &output)
      }
      writeLineBreak(indent: indent, to: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members) where !members.isEmpty:
      output.append(UInt8(ascii: "{"))
      let leading = leadingKeys.filter { members[$0] != nil }
      let keys = leading + sortedKeys(members).filter { !leading.contains($0) }
      for (offset, key) in keys.enumerated() {
        if offset > 0 { output.append(UInt8(ascii: ",")) }
        writeLineBreak(indent: indent + 1, to: &output)
        writeString(key, to: &output)
        output.append(UInt8(ascii: ":"))
        output.append(space)
        if let member = members[key] { writePretty(member, indent: indent + 1, to: &output) }
      }
      writeLineBreak(indent: indent, to: &output)
      output.append(UInt8(ascii: "}"))
    default:
      writeCompact(value, to: &output)
    }
  }

  private static func writeLineBreak(indent: Int, to output: inout [UInt8]) {
    output.append(newline)
    output.append(contentsOf: repeatElement(space, count: indent * 2))
  }

  private static func writeScalar(_ value: JSONValue, to output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(true): output.append(contentsOf: "true".utf8)
    case .bool(false): output.append(contentsOf: "false".utf8)
    case .number(let number): writeNumber(number, to: &output)
    case .string(let string): writeString(string, to: &output)
    case .array, .object: writeCompact(value, to: &output)
    }
  }

  /// Keys in RFC 8785 order: lexicographic by UTF-16 code units.
  static func sortedKeys(_ members: [String: JSONValue]) -> [String] {
    members.keys.sorted { $0.utf16.lexicographicallyPrecedes($1.utf16) }
  }

  // MARK: - Strings

  static func writeString(_ string: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    let utf8 = string.utf8
    if !utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
      output.append(contentsOf: utf8)
    } else {
      for byte in utf8 {
        switch byte {
        case 0x22: output.append(contentsOf: #"\""#.utf8)
        case 0x5C: output.append(contentsOf: #"\\"#.utf8)
        case 0x08: output.append(contentsOf: #"\b"#.utf8)
        case 0x09: output.append(contentsOf: #"\t"#.utf8)
        case 0x0A: output.append(contentsOf: #"\n"#.utf8)
        case 0x0C: output.append(contentsOf: #"\f"#.utf8)
        case 0x0D: output.append(contentsOf: #"\r"#.utf8)
        case 0x00..<0x20:
          let hexDigits = Array("0123456789abcdef".utf8)
          output.append(contentsOf: #"\u00"#.utf8)
          output.append(hexDigits[Int(byte >> 4)])
          output.append(hexDigits[Int(byte & 0x0F)])
        default: output.append(byte)
        }
      }
    }
    output.append(UInt8(ascii: "\""))
  }

  // MARK: - Numbers

  static func writeNumber(_ number: Double, to output: inout [UInt8]) {
    guard number.isFinite else {
      output.append(contentsOf: "null".utf8)
      return
    }
    if number == 0 {
      output.append(UInt8(ascii: "0"))
      return
    }
    if number < 0 { output.append(UInt8(ascii: "-")) }
    let (digits, n) = shortestDigits(of: number.magnitude)
    let k = digits.count
    let zero = UInt8(ascii: "0")
    if k <= n && n <= 21 {
      output.append(contentsOf: digits)
      output.append(contentsOf: repeatElement(zero, count: n - k))
    } else if 0 < n && n <= 21 {
      output.append(contentsOf: digits[0..<n])
      output.append(UInt8(ascii: "."))
      output.append(contentsOf: digits[n...])
    } else if -6 < n && n <= 0 {
      output.append(zero)
      output.append(UInt8(ascii: "."))
      output.append(contentsOf: repeatElement(zero, count: -n))
      output.append(contentsOf: digits)
    } else {
      output.append(digits[0])
      if k > 1 {
        output.append(UInt8(ascii: "."))
        output.append(contentsOf: digits[1...])
      }
      output.append(UInt8(ascii: "e"))
      let exponent = n - 1
      output.append(exponent < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
      output.append(contentsOf: String(exponent.magnitude).utf8)
    }
  }

  /// The shortest round-tripping significant digits (no leading or trailing zeros, at
  /// least one digit) and the exponent `n` with `value = 0.digits × 10ⁿ`, for a finite
  /// positive `value`.
  ///
  /// Swift's `description` produces the shortest digits that round-trip, choosing the
  /// closest such digits (as ECMAScript requires); only its layout varies (`100.0`,
  /// `1e-07`, `1.2345678901234568e+20`), so it is decomposed here.
  static func shortestDigits(of value: Double) -> (digits: [UInt8], exponent: Int) {
    var digits: [UInt8] = []
    var pointOffset: Int?
    var exponent = 0
    var exponentSign = 1
    var inExponent = false
    for byte in value.description.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        if inExponent {
          exponent = exponent * 10 + Int(byte - UInt8(ascii: "0"))
        } else {
          digits.append(byte)
        }
      case UInt8(ascii: "."): pointOffset = digits.count
      case UInt8(ascii: "e"), UInt8(ascii: "E"): inExponent = true
      case UInt8(ascii: "-"): if inExponent { exponentSign = -1 }
      default: break
      }
    }
    var n = (pointOffset ?? digits.count) + exponentSign * exponent
    let leadingZeros = digits.prefix(while: { $0 == UInt8(ascii: "0") }).count
    digits.removeFirst(leadingZeros)
    n -= leadingZeros
    while digits.last == UInt8(ascii: "0") { digits.removeLast() }
    if digits.isEmpty { return ([UInt8(ascii: "0")], 1) }
    return (digits, n)
  }
}
