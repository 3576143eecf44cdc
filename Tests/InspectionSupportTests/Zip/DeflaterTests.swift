import Foundation
import InspectionTestSupport
import Testing

@testable import InspectionSupport

@Suite("Deflate")
struct DeflaterTests {
  /// Inputs that exercise each block type and the matcher's edges: nothing, one byte, runs
  /// (distance 1, overlapping copies), text, incompressible bytes (stored), and more than a
  /// block's 16,384 symbols and the 32 KiB window.
  static let inputs: [(String, [UInt8])] = [
    ("empty", []),
    ("one byte", [0x41]),
    ("a run of one byte", [UInt8](repeating: 0x61, count: 1_000)),
    ("text", Array(foxLines.utf8)),
    ("random bytes", deterministicBytes(count: 5_000, seed: 3)),
    ("long and varied", Array(longText.utf8)),
    ("every byte value", (0..<256).flatMap { [UInt8($0), UInt8($0)] }),
  ]

  static var longText: String {
    (0..<3_000).map { "case \($0 * 7919 % 100_000),\(["yes", "no", "na"][$0 % 3])\n" }.joined()
  }

  @Test("round trips through our inflater", arguments: inputs.map(\.0))
  func roundTrip(name: String) throws {
    let input = try #require(Self.inputs.first { $0.0 == name }).1
    let compressed = Deflater.deflate(input)
    #expect(try Inflater.inflate(compressed) == input)
    // Deterministic.
    #expect(Deflater.deflate(input) == compressed)
  }

  @Test("compresses about as well as zlib, and stores what does not compress")
  func sizes() {
    let text = Array(DeflaterTests.longText.utf8)
    // Python's zlib.compressobj(6, DEFLATED, -15) makes 10,551 bytes of these 42,657.
    #expect(text.count == 42_657)
    #expect(Deflater.deflate(text).count < 10_551 * 105 / 100)
    let random = deterministicBytes(count: 5_000, seed: 3)
    // Stored: 5 bytes of header, no expansion beyond that.
    #expect(Deflater.deflate(random).count <= random.count + 5)
  }

  @Test("length and distance codes cover their ranges (RFC 1951, 3.2.5)")
  func tables() {
    #expect(DeflateTables.lengthCode(3) == 0)
    #expect(DeflateTables.lengthCode(10) == 7)
    #expect(DeflateTables.lengthCode(11) == 8)
    #expect(DeflateTables.lengthCode(257) == 27)
    #expect(DeflateTables.lengthCode(258) == 28)
    #expect(DeflateTables.distanceCode(1) == 0)
    #expect(DeflateTables.distanceCode(5) == 4)
    #expect(DeflateTables.distanceCode(24_577) == 29)
    #expect(DeflateTables.distanceCode(32_768) == 29)
  }

  @Test("Huffman code lengths respect the limit and form a complete code")
  func huffmanLimit() {
    // Fibonacci frequencies make the deepest possible tree: 30 symbols would need 29 bits.
    var fibonacci = [1, 1]
    while fibonacci.count < 30 {
      fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2])
    }
    let code = HuffmanEncoder(frequencies: fibonacci, limit: 15)
    #expect(code.lengths.max() ?? 0 <= 15)
    let kraft = code.lengths.reduce(0.0) { $0 + ($1 > 0 ? pow(2, -Double($1)) : 0) }
    #expect(kraft == 1)
  }

  /// Our inflater is checked against zlib's streams above; zlib reading our streams is checked
  /// in CI, where Python's `zipfile` and LibreOffice open the workbooks we write.
  @Test("a stream zlib made decodes the same as our own stream of the same bytes")
  func agreesWithZlib() throws {
    let url = PackageRoot.url.appendingPathComponent(
      "Tests/InspectionSupportTests/Zip/Fixtures/cases-dynamic-9.deflate")
    let original = try Inflater.inflate([UInt8](Data(contentsOf: url)))
    #expect(try Inflater.inflate(Deflater.deflate(original)) == original)
  }
}
