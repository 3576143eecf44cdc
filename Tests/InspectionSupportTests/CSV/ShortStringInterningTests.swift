import InspectionSupport
import InspectionTestSupport
import Testing

/// The CSV reader reuses short field values it has made before; whatever the mix of values,
/// every field must read back exactly as written.
@Suite struct ShortStringInterningTests {
  /// Values of 0–9 bytes: ASCII, multi-byte UTF-8, NUL, and near-collisions ("a" and "a\0").
  static func value(_ generator: inout SplitMix64) -> String {
    let alphabet: [String] = ["a", "b", "y", "e", "s", "\0", "\u{e9}", "\u{20AC}", "Z", "1", " "]
    let length = Int(generator.uniform(below: 10))
    return (0..<length).map { _ in alphabet[Int(generator.uniform(below: UInt64(alphabet.count)))] }
      .joined()
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func everyFieldReadsBackAsWritten(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    var rows: [[String]] = []
    for _ in 0..<2_000 { rows.append((0..<5).map { _ in Self.value(&generator) }) }
    // Quote every field, so that spaces and empty values survive as written.
    let text = rows.map { row in row.map { "\"\($0)\"" }.joined(separator: ",") }
      .joined(separator: "\n")
    var reader = CSVReader(string: text)
    let records = try reader.readAll()
    #expect(records.map(\.fields) == rows)
  }

  @Test func theSameCodeReadTwiceIsEqual() throws {
    var reader = CSVReader(string: "yes,no,yes\nno,yes,na\n")
    let records = try reader.readAll()
    #expect(records.map(\.fields) == [["yes", "no", "yes"], ["no", "yes", "na"]])
  }
}
