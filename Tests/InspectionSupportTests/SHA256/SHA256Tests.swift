import Foundation
import InspectionTestSupport
import Testing

@testable import InspectionSupport

@Suite("SHA-256")
struct SHA256Tests {
  /// FIPS 180-4 / NIST CSRC example vectors.
  @Test(
    "NIST example vectors",
    arguments: [
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
          + "klmnopqrlmnopqrsmnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func nistVectors(message: String, expected: String) {
    #expect(SHA256.hash(Array(message.utf8)).hexString == expected)
    #expect(SHA256.hash(message).hexString == expected)
  }

  @Test("one million 'a', streamed in odd-sized chunks")
  func millionA() {
    var hasher = SHA256()
    var remaining = 1_000_000
    var chunkSize = 1
    while remaining > 0 {
      let count = min(chunkSize, remaining)
      hasher.update([UInt8](repeating: UInt8(ascii: "a"), count: count))
      remaining -= count
      chunkSize = chunkSize % 997 + 7  // 1, 8, 15, ... odd and even sizes up to ~1000
    }
    #expect(
      hasher.finalize().hexString
        == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("non-contiguous sequences and byte-at-a-time updates agree with one-shot hashing")
  func streamingEquivalence() {
    let bytes = deterministicBytes(count: 10_000, seed: 7)
    let expected = SHA256.hash(bytes)
    var byteByByte = SHA256()
    for byte in bytes { byteByByte.update(CollectionOfOne(byte)) }
    #expect(byteByByte.finalize() == expected)
    // A lazy map is not contiguous, which exercises the chunked path.
    #expect(SHA256.hash(bytes.lazy.map { $0 }) == expected)
    var split = SHA256()
    split.update(bytes[0..<63])
    split.update(bytes[63..<64])
    split.update(bytes[64..<5_000])
    split.update(bytes[5_000...])
    #expect(split.finalize() == expected)
  }

  @Test("finalize does not consume the hasher")
  func finalizeIsRepeatable() {
    var hasher = SHA256()
    hasher.update(Array("ab".utf8))
    let first = hasher.finalize()
    #expect(hasher.finalize() == first)
    hasher.update(Array("c".utf8))
    #expect(hasher.finalize() == SHA256.hash("abc"))
  }

  @Test("agrees with /usr/bin/sha256sum on files around block boundaries and 1 MB")
  func agreesWithSha256sum() throws {
    let tool = URL(fileURLWithPath: "/usr/bin/sha256sum")
    guard FileManager.default.isExecutableFile(atPath: tool.path) else {
      Issue.record("/usr/bin/sha256sum is not available")
      return
    }
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("sha256-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }

    for (index, size) in [0, 1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1_048_576].enumerated() {
      let bytes = deterministicBytes(count: size, seed: UInt64(index + 1))
      let file = directory.appendingPathComponent("file-\(size).bin")
      try Data(bytes).write(to: file)

      let process = Process()
      process.executableURL = tool
      process.arguments = [file.path]
      let pipe = Pipe()
      process.standardOutput = pipe
      try process.run()
      let output = pipe.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      let expected = String(decoding: output, as: UTF8.self).prefix(64)

      #expect(SHA256.hash(bytes).hexString == expected, "size \(size)")
      #expect(SHA256.hash(try Data(contentsOf: file)).hexString == expected, "size \(size) (Data)")
    }
  }

  @Test("fingerprint string form, parsing and Codable")
  func fingerprint() throws {
    let fingerprint = Fingerprint(of: Array("abc".utf8))
    let text = "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    #expect(fingerprint.description == text)
    #expect(Fingerprint(string: text) == fingerprint)
    #expect(Fingerprint(string: text.uppercased()) == nil)
    #expect(Fingerprint(string: "sha256:" + String(repeating: "A", count: 64)) == nil)
    #expect(Fingerprint(string: "sha256:" + String(repeating: "0", count: 63)) == nil)
    #expect(Fingerprint(string: "sha1:" + String(repeating: "0", count: 64)) == nil)
    #expect(Fingerprint(string: String(text.dropFirst(7))) == nil)
    #expect(Fingerprint(string: "sha256:" + String(repeating: "é", count: 32)) == nil)

    let encoded = try JSONValueEncoder().encode(fingerprint)
    #expect(encoded == .string(text))
    #expect(try JSONValueDecoder().decode(Fingerprint.self, from: encoded) == fingerprint)
    let bad = #expect(throws: JSONDecodingError.self) {
      try JSONValueDecoder().decode(Fingerprint.self, from: JSONValue.string("sha256:xyz"))
    }
    #expect(bad?.message.contains("expected a fingerprint") == true)
  }

  @Test("fingerprints of equal JSON values are equal")
  func canonicalFingerprint() throws {
    let first = try JSONParser.parse(#"{"b": [1.0, 2e0], "a": "x"}"#).root
    let second = try JSONParser.parse(#"{"a":"x","b":[1,2]}"#).root
    #expect(Fingerprint(canonicalJSONOf: first) == Fingerprint(canonicalJSONOf: second))
    #expect(
      Fingerprint(canonicalJSONOf: first)
        == Fingerprint(of: Array(#"{"a":"x","b":[1,2]}"#.utf8)))
  }
}

/// The hardware block function (the C target `CSHA256`) against the Swift one. The tests that
/// need SHA instructions are skipped, and reported as skipped, on a CPU without them.
@Suite("SHA-256 hardware and software block functions")
struct SHA256ImplementationTests {
  static let hardware = SHA256.Implementation.hardwareAvailable

  /// FIPS 180-4 / NIST CSRC example vectors, and one million 'a'.
  static let vectors: [(message: [UInt8], digest: String)] = [
    (Array("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    ([], "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    (
      Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
    (
      Array(
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
          + "klmnopqrlmnopqrsmnopqrstnopqrstu").utf8),
      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
    ),
    (
      [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000),
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
    ),
  ]

  /// Checks every vector one-shot, streamed in 100-byte pieces and through a non-contiguous
  /// sequence (the chunked path), all with `implementation`.
  func checkVectors(_ implementation: SHA256.Implementation) {
    for (message, expected) in Self.vectors {
      let label = "\(implementation), \(message.count) bytes"
      #expect(
        SHA256.hash(message, implementation: implementation).hexString == expected, "\(label)")
      var hasher = SHA256(implementation: implementation)
      var start = 0
      while start < message.count {
        let end = min(start + 100, message.count)
        hasher.update(message[start..<end])
        start = end
      }
      #expect(hasher.finalize().hexString == expected, "\(label), streamed")
      let lazy = message.lazy.map { $0 }
      #expect(
        SHA256.hash(lazy, implementation: implementation).hexString == expected,
        "\(label), non-contiguous")
    }
  }

  @Test("FIPS 180-4 vectors through the Swift block function")
  func softwareVectors() {
    checkVectors(.software)
  }

  @Test("FIPS 180-4 vectors through the SHA instructions", .enabled(if: hardware))
  func hardwareVectors() {
    checkVectors(.hardware)
  }

  @Test("the public API uses the instructions exactly when the CPU has them")
  func preferredImplementation() {
    #expect(SHA256.Implementation.preferred == (Self.hardware ? .hardware : .software))
    #expect(
      SHA256.hash(Array("abc".utf8))
        == SHA256.hash(Array("abc".utf8), implementation: .software))
  }

  #if os(Linux) && (arch(x86_64) || arch(arm64))
    /// The CPUID / getauxval check agrees with the kernel's list of CPU features.
    @Test("detection agrees with /proc/cpuinfo")
    func detectionAgreesWithKernel() throws {
      let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
      let flags = cpuinfo.split(separator: "\n").first {
        $0.hasPrefix("flags") || $0.hasPrefix("Features")
      }
      let words = Set((flags ?? "").split(separator: " ").map(String.init))
      #if arch(x86_64)
        let expected =
          words.contains("sha_ni") && words.contains("sse4_1") && words.contains("ssse3")
      #else
        let expected = words.contains("sha2")
      #endif
      #expect(Self.hardware == expected, "flags: \(flags ?? "none")")
    }
  #endif

  @Test("hardware equals software for every length from 0 to 300 bytes", .enabled(if: hardware))
  func everyShortLength() {
    let bytes = deterministicBytes(count: 300, seed: 11)
    for length in 0...300 {
      let message = bytes[0..<length]
      #expect(
        SHA256.hash(message, implementation: .hardware)
          == SHA256.hash(message, implementation: .software), "length \(length)")
    }
  }

  @Test("hardware equals software for random lengths up to 200 KB", .enabled(if: hardware))
  func randomLongLengths() {
    var random = SplitMix64(seed: 2_025)
    for round in 0..<40 {
      let length = Int.random(in: 301...200_000, using: &random)
      let message = deterministicBytes(count: length, seed: UInt64(round))
      #expect(
        SHA256.hash(message, implementation: .hardware)
          == SHA256.hash(message, implementation: .software), "length \(length)")
    }
  }

  @Test("streaming split at random points gives the one-shot digest", .enabled(if: hardware))
  func randomSplits() {
    var random = SplitMix64(seed: 42)
    for round in 0..<60 {
      let length = Int.random(in: 0...5_000, using: &random)
      let message = deterministicBytes(count: length, seed: UInt64(1_000 + round))
      let expected = SHA256.hash(message, implementation: .software)
      // Cut points, sorted, possibly repeated (an empty update) and possibly at the ends.
      let cuts = (0..<Int.random(in: 0...8, using: &random))
        .map { _ in Int.random(in: 0...length, using: &random) }.sorted()
      for implementation in SHA256.Implementation.allCases {
        var hasher = SHA256(implementation: implementation)
        var start = 0
        for cut in cuts + [length] {
          hasher.update(message[start..<cut])
          start = cut
        }
        #expect(
          hasher.finalize() == expected, "\(implementation), length \(length), cuts \(cuts)")
      }
    }
  }
}

/// Deterministic pseudo-random bytes (64-bit LCG, high bits).
func deterministicBytes(count: Int, seed: UInt64) -> [UInt8] {
  var state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1
  var bytes: [UInt8] = []
  bytes.reserveCapacity(count)
  for _ in 0..<count {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    bytes.append(UInt8(truncatingIfNeeded: state >> 56))
  }
  return bytes
}
