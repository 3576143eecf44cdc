import CSVLineScan
import InspectionTestSupport
import Testing

/// `ik_csv_scan_line` (sixteen bytes at a time on x86-64) must give exactly what the byte loop
/// `ik_csv_scan_line_portable` gives, whatever the bytes, bounds and capacity; and the byte
/// loop must say what the header promises.
@Suite struct CSVLineScanTests {
  /// What a scan returned: where it stopped (-1: too many commas) and the commas it stored.
  struct Outcome: Equatable, CustomStringConvertible {
    var stop: Int
    var ends: [Int]

    var description: String { "stop \(stop), ends \(ends)" }
  }

  typealias Scan = (
    UnsafePointer<UInt8>?, Int, Int, UnsafeMutablePointer<Int>?, Int, UnsafeMutablePointer<Int>?
  ) -> Int

  /// Runs `scan` over `bytes[start..<limit]` with room for `capacity` ends, in a buffer larger
  /// than that so that a write past the capacity would show.
  static func run(
    _ scan: Scan, _ bytes: [UInt8], start: Int = 0, limit: Int? = nil, capacity: Int
  ) -> Outcome {
    let sentinel = Int.min
    var ends = [Int](repeating: sentinel, count: capacity + 64)
    var count = -7
    let stop = bytes.withUnsafeBufferPointer { bytes in
      ends.withUnsafeMutableBufferPointer { ends in
        scan(bytes.baseAddress, start, limit ?? bytes.count, ends.baseAddress, capacity, &count)
      }
    }
    // Nothing is ever written at or after `capacity`.
    #expect(ends[capacity...].allSatisfy { $0 == sentinel })
    guard stop >= 0 else { return Outcome(stop: stop, ends: []) }
    #expect((0..<capacity).contains(count))
    return Outcome(stop: stop, ends: Array(ends[0..<max(0, min(count, capacity))]))
  }

  /// Lines and what the header promises for them (capacity 8 unless given).
  static let table: [(text: String, capacity: Int, stop: Int, ends: [Int])] = [
    ("a,b,c\n", 8, 5, [1, 3]),
    ("a,b,c\r\n", 8, 5, [1, 3]),
    ("a,b,c", 8, 5, [1, 3]),  // no stop: the limit
    ("", 8, 0, []),
    ("\n", 8, 0, []),
    (",,,\n", 8, 3, [0, 1, 2]),
    ("ab,\"c\",d\n", 8, 3, [2]),  // stops at the quote; the later commas are not counted
    ("a,b\rc,d\n", 8, 3, [1]),  // a lone CR is a stop too
    ("a,b,c,d\n", 4, 7, [1, 3, 5]),  // three commas and the end fill four
    ("a,b,c,d,e\n", 4, -1, []),  // a fourth comma is one too many
    ("a,b,c,d\"\n", 4, 7, [1, 3, 5]),
    (String(repeating: "yes,", count: 9) + "no\n", 16, 38, (0..<9).map { 4 * $0 + 3 }),
    (String(repeating: "x", count: 40) + ",\"" + ",", 8, 41, [40]),
    (String(repeating: ",", count: 40) + "\n", 41, 40, Array(0..<40)),
    (String(repeating: ",", count: 40) + "\n", 40, -1, []),
    ("é,ü,\u{2028}\n", 8, 9, [2, 5]),  // bytes above 0x7F are ordinary
  ]

  @Test(arguments: table.indices)
  func bothScansSayWhatTheHeaderPromises(row: Int) {
    let (text, capacity, stop, ends) = Self.table[row]
    let expected = Outcome(stop: stop, ends: ends)
    #expect(Self.run(ik_csv_scan_line_portable, Array(text.utf8), capacity: capacity) == expected)
    #expect(Self.run(ik_csv_scan_line, Array(text.utf8), capacity: capacity) == expected)
  }

  @Test func aStartAndLimitInsideTheBufferAreHonoured() {
    let bytes = Array("zz,\"a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q\n,zz".utf8)
    // From after the quote to the line feed (the limit, so not seen): 16 commas, each as an
    // offset from `start`.
    let start = 4
    let limit = bytes.count - 4
    let expected = Outcome(stop: limit, ends: (0..<16).map { 2 * $0 + 1 })
    for scan in [ik_csv_scan_line, ik_csv_scan_line_portable] as [Scan] {
      #expect(Self.run(scan, bytes, start: start, limit: limit, capacity: 64) == expected)
    }
  }

  @Test func theVectorScanAgreesWithTheByteLoopOnRandomLines() {
    var generator = SplitMix64(seed: 0x5EED_CAFE)
    // Mostly what a sample holds, with every stop and a byte above 0x7F mixed in.
    let alphabet = Array("yesno,,,,  ab1.\n\r\"".utf8) + [0xC3, 0xA9, 0x2B, 0x2D]
    // And lines nearly all commas, so that whole blocks of them meet the capacity.
    let dense = Array(",,,,,,,,,,,,,,,,,,,a\n".utf8)
    var disagreements = 0
    for _ in 0..<20_000 {
      let length = Int.random(in: 0...120, using: &generator)
      let letters = Bool.random(using: &generator) ? alphabet : dense
      var bytes = (0..<length).map { _ in letters.randomElement(using: &generator) ?? 0 }
      // Long quiet stretches too, so that whole blocks have no stop.
      if Bool.random(using: &generator) {
        bytes = bytes.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x22 ? UInt8(ascii: "a") : $0 }
      }
      let start = Int.random(in: 0...min(length, 20), using: &generator)
      let limit = Int.random(in: start...length, using: &generator)
      let capacity = Int.random(in: 1...48, using: &generator)
      let vector = Self.run(ik_csv_scan_line, bytes, start: start, limit: limit, capacity: capacity)
      let portable = Self.run(
        ik_csv_scan_line_portable, bytes, start: start, limit: limit, capacity: capacity)
      if vector != portable {
        disagreements += 1
        if disagreements <= 3 {
          Issue.record(
            "\(bytes) \(start)..<\(limit) capacity \(capacity): \(vector) vs \(portable)")
        }
      }
    }
    #expect(disagreements == 0)
  }
}
