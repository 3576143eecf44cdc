import Foundation
import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// A deflate stream given as hex bytes (zlib's test notation: `"1 1 0 fe ff 0"`).
private func bytes(_ hex: String) -> [UInt8] {
  hex.split(separator: " ").compactMap { UInt8($0, radix: 16) }
}

private func hexBytes(_ hex: String) -> [UInt8] {
  var result: [UInt8] = []
  var index = hex.startIndex
  while index < hex.endIndex {
    let next = hex.index(index, offsetBy: 2)
    result.append(UInt8(hex[index..<next], radix: 16) ?? 0)
    index = next
  }
  return result
}

/// The 40 lines Python's zlib compressed into the streams below.
let foxLines = (0..<40).map { "line \($0): the quick brown fox jumps over the lazy dog\n" }.joined()

@Suite("Inflate (RFC 1951)")
struct InflaterTests {
  /// Streams made by Python's `zlib.compressobj(level, DEFLATED, -15, 8, strategy)`: level 0
  /// writes stored blocks, `Z_FIXED` fixed Huffman blocks, level 9 dynamic ones for longer
  /// input.
  @Test(
    "streams made by zlib: stored, fixed and dynamic blocks",
    arguments: [
      ("empty, stored", "010000ffff", ""),
      ("empty, fixed", "0300", ""),
      ("abc, stored", "010300fcff616263", "abc"),
      ("abc, fixed", "4b4c4a0600", "abc"),
      ("repeats, fixed", "cb48cdc9c957c8402701", "hello hello hello hello"),
      (
        "40 lines, fixed",
        "cbc9cc4b5530b05228c94855282ccd4cce56482aca2fcf5348cbaf50c82acd2d2856c82f4b2d024be724"
          + "56552aa4e4a773e580f41892a1c7880c3dc664e83121438f29197accc8d0634e861e0b32f4589213a7"
          + "642504725282213949c1909cb460484e62302427351892931c0cc9490f86e4240843725284113929c2"
          + "88acb2819c1461444e8a30222745189193228cc8491146e4a40823725284113929c2989c14614c4e8a"
          + "3026abba202745189393228cc94911c6e4a40863725284313929c298c4140100",
        foxLines
      ),
      (
        "40 lines, dynamic",
        "9dd55b16c1500c46e177a3c810e40f2d66e37268397a68d56df41633b09fb3f653be95e4b64b365dd9ad"
          + "49761ddbedc9367d7974b62f4f3b8ee7cb60e59efadf38afdf2fdb95c3247f1b078d4013a09981660e"
          + "9a0a34356816a059929d22084482130a4e2c38c1e04483130e4e3c3801e144848808a1db40448888101"
          + "121224244848808111122228288082222d0bb20228288082222888820228288883f457c00",
        foxLines
      ),
    ])
  func zlibStreams(name: String, hex: String, expected: String) throws {
    #expect(try Inflater.inflate(hexBytes(hex)) == Array(expected.utf8), "\(name)")
  }

  /// 153 KiB from 4.6 to 8.3 KiB, by zlib at two levels and with fixed codes only
  /// (`Fixtures/README.md`): long back-references, and more output than the decoder's window
  /// and chunk, so that it slides its history.
  @Test("large streams made by zlib", arguments: ["dynamic-9", "dynamic-1", "fixed-9"])
  func largeStreams(name: String) throws {
    let url = PackageRoot.url.appendingPathComponent(
      "Tests/InspectionSupportTests/Zip/Fixtures/cases-\(name).deflate")
    let compressed = try [UInt8](Data(contentsOf: url))
    let output = try Inflater.inflate(compressed)
    #expect(output.count == 156_682)
    #expect(CRC32.checksum(output) == 0x1E9F_52A7)
    // Read in small pieces, the decoder gives the same bytes.
    var inflater = Inflater(compressed)
    var pieces: [UInt8] = []
    while try inflater.read(appendingTo: &pieces, upTo: 1_000) > 0 {}
    #expect(pieces == output)
    #expect(inflater.isFinished)
    #expect(inflater.consumedInput == compressed.count)
  }

  /// zlib's own malformed-stream tests (`test/infcover.c`, `cover_inflate`), each with the
  /// error zlib gives, and the kind this decoder reports.
  @Test(
    "malformed streams from zlib's test suite",
    arguments: [
      ("0 0 0 0 0", InflateError.Kind.storedLengthMismatch, "invalid stored block lengths"),
      ("6", .invalidBlockType, "invalid block type"),
      ("fc 0 0", .invalidCodeLengths, "too many length or distance symbols"),
      ("4 0 fe ff", .invalidCodeLengths, "invalid code lengths set"),
      ("4 0 24 49 0", .invalidCodeLengths, "invalid bit length repeat"),
      ("4 0 24 e9 ff ff", .invalidCodeLengths, "invalid bit length repeat"),
      ("4 0 24 e9 ff 6d", .invalidCodeLengths, "invalid code -- missing end-of-block"),
      (
        "4 80 49 92 24 49 92 24 71 ff ff 93 11 0", .invalidCodeLengths,
        "invalid literal/lengths set"
      ),
      ("4 80 49 92 24 49 92 24 f b4 ff ff c3 84", .invalidCodeLengths, "invalid distances set"),
      ("4 c0 81 8 0 0 0 0 20 7f eb b 0 0", .invalidSymbol, "invalid literal/length code"),
      ("2 7e ff ff", .invalidSymbol, "invalid distance code"),
      ("c c0 81 0 0 0 0 0 90 ff 6b 4 0", .distanceTooFar, "invalid distance too far back"),
    ])
  func zlibMalformed(hex: String, kind: InflateError.Kind, zlibMessage: String) {
    #expect(throws: InflateError.self, "\(zlibMessage)") { try Inflater.inflate(bytes(hex)) }
    do {
      _ = try Inflater.inflate(bytes(hex))
    } catch {
      #expect(error.kind == kind, "\(zlibMessage): \(error)")
    }
  }

  /// Inputs the XLSXSample fuzz target found to crash, each now a located error.
  @Test(
    "streams the fuzzer found", arguments: ["55 31 00 00"])
  func fuzzFindings(hex: String) {
    // A stored block's length, then a fixed block whose last code has no bits left: the
    // slow decoder was asked to decode from zero bits.
    #expect(throws: InflateError.self) { try Inflater.inflate(bytes(hex)) }
  }

  @Test("zlib's valid edge cases: an empty fixed block, a one-byte stored block")
  func zlibValid() throws {
    #expect(try Inflater.inflate(bytes("3 0")) == [])
    #expect(try Inflater.inflate(bytes("1 1 0 fe ff 0")) == [0])
  }

  @Test("every truncation of a valid stream is an error, never a crash or a short success")
  func truncations() {
    let full = Deflater.deflate(Array(foxLines.utf8))
    for length in 0..<full.count {
      #expect(throws: InflateError.self) { try Inflater.inflate(Array(full[0..<length])) }
    }
  }

  @Test("the output limit stops a stream that expands too far")
  func outputLimit() throws {
    // 1 MiB of zeros deflates to about a kilobyte.
    let bomb = Deflater.deflate([UInt8](repeating: 0, count: 1 << 20))
    #expect(bomb.count < 2_000)
    do {
      _ = try Inflater.inflate(bomb, limit: 100_000)
      Issue.record("a stream past the limit was accepted")
    } catch {
      #expect(error.kind == .outputLimit)
    }
    #expect(try Inflater.inflate(bomb, limit: 1 << 20).count == 1 << 20)
  }

  @Test("a reference before the start of the output, hand-made with fixed codes")
  func distanceBeforeStart() {
    var writer = BitWriter()
    writer.write(1, count: 1)  // final
    writer.write(1, count: 2)  // fixed
    writer.writeCode(0x30 + 0x61, length: 8)  // literal 'a': 0x30 + 0x61 in 8 bits
    writer.writeCode(0b000_0001, length: 7)  // 257: length 3
    writer.writeCode(1, length: 5)  // distance 2, one byte back too many
    let stream = writer.finish()
    do {
      _ = try Inflater.inflate(stream)
      Issue.record("a distance before the start was accepted")
    } catch {
      #expect(error.kind == .distanceTooFar)
      #expect(error.description.contains("reaches back 2 bytes, but only 1"))
    }
  }

  @Test("undefined fixed-code symbols 286, 287 and distances 30, 31 are errors")
  func undefinedSymbols() {
    for (literal, distance) in [(286, 0), (287, 0), (257, 30), (257, 31)] {
      var writer = BitWriter()
      writer.write(1, count: 1)
      writer.write(1, count: 2)
      writer.writeCode(0x30 + 0x61, length: 8)  // literal 'a'
      if literal >= 280 {
        writer.writeCode(0b1100_0000 + literal - 280, length: 8)
      } else {
        writer.writeCode(literal - 256, length: 7)
        writer.writeCode(distance, length: 5)
      }
      let stream = writer.finish() + [0, 0]
      #expect(throws: InflateError.self, "\(literal), \(distance)") {
        try Inflater.inflate(stream)
      }
    }
  }
}
