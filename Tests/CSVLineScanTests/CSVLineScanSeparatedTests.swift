import CSVLineScan
import InspectionTestSupport
import Testing

/// `ik_csv_scan_line_separated` (semicolons, tabs) must give what its byte loop gives, and
/// with a comma exactly what `ik_csv_scan_line` gives.
@Suite struct CSVLineScanSeparatedTests {
  typealias Outcome = CSVLineScanTests.Outcome

  /// Both separated scans of `bytes` with `separator`, through the comma scans' harness.
  static func run(
    _ bytes: [UInt8], separator: UInt8, start: Int = 0, limit: Int? = nil, capacity: Int,
    portable: Bool
  ) -> Outcome {
    let scan: CSVLineScanTests.Scan = { bytes, start, limit, ends, capacity, count in
      portable
        ? ik_csv_scan_line_separated_portable(bytes, start, limit, separator, ends, capacity, count)
        : ik_csv_scan_line_separated(bytes, start, limit, separator, ends, capacity, count)
    }
    return CSVLineScanTests.run(scan, bytes, start: start, limit: limit, capacity: capacity)
  }

  @Test(
    arguments: [
      ("a;b;c\n", UInt8(ascii: ";"), 5, [1, 3]),
      ("a,b;c\n", UInt8(ascii: ";"), 5, [3]),  // commas are ordinary
      ("a\tb\t\"c\"\n", 0x09, 4, [1, 3]),
      (
        String(repeating: "yes;", count: 9) + "no\n", UInt8(ascii: ";"), 38,
        (0..<9).map { 4 * $0 + 3 }
      ),
    ] as [(String, UInt8, Int, [Int])])
  func linesSplitAtTheSeparator(text: String, separator: UInt8, stop: Int, ends: [Int]) {
    for portable in [true, false] {
      #expect(
        Self.run(Array(text.utf8), separator: separator, capacity: 16, portable: portable)
          == Outcome(stop: stop, ends: ends))
    }
  }

  @Test func theVectorScanAgreesWithTheByteLoopOnRandomLines() {
    var generator = SplitMix64(seed: 0x5E9A_2A7E)
    let alphabet = Array("yesno;;;\t\t,,  ab1.\n\r\"".utf8) + [0xC3, 0xA9]
    var disagreements = 0
    for _ in 0..<10_000 {
      let separator: UInt8 = Bool.random(using: &generator) ? UInt8(ascii: ";") : 0x09
      let length = Int.random(in: 0...120, using: &generator)
      var bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator) ?? 0 }
      if Bool.random(using: &generator) {
        bytes = bytes.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x22 ? UInt8(ascii: "a") : $0 }
      }
      let start = Int.random(in: 0...min(length, 20), using: &generator)
      let limit = Int.random(in: start...length, using: &generator)
      let capacity = Int.random(in: 1...48, using: &generator)
      let vector = Self.run(
        bytes, separator: separator, start: start, limit: limit, capacity: capacity,
        portable: false)
      let portable = Self.run(
        bytes, separator: separator, start: start, limit: limit, capacity: capacity,
        portable: true)
      if vector != portable { disagreements += 1 }
    }
    #expect(disagreements == 0)
  }

  @Test func withACommaItIsTheCommaScan() {
    var generator = SplitMix64(seed: 7)
    let alphabet = Array("yes,no,,\n\"ab".utf8)
    for _ in 0..<2_000 {
      let bytes = (0..<Int.random(in: 0...80, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator) ?? 0
      }
      let comma = CSVLineScanTests.run(ik_csv_scan_line, bytes, capacity: 32)
      #expect(Self.run(bytes, separator: UInt8(ascii: ","), capacity: 32, portable: false) == comma)
      #expect(Self.run(bytes, separator: UInt8(ascii: ","), capacity: 32, portable: true) == comma)
    }
  }
}
