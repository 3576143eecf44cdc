import InspectionTestSupport
import Testing

@testable import InspectionSupport

/// ``SHA256Lanes``: messages hashed four at a time as they come, each lane taking the next
/// message as soon as its last is done, give every message's digest exactly once, whatever
/// their number and lengths, with and without the SHA instructions.
struct SHA256LanesTests {
  static let implementations = SHA256.Implementation.allCases.filter {
    $0 == .software || SHA256.Implementation.hardwareAvailable
  }

  /// Hashes `messages` through the lanes, in a buffer filled with garbage that padding must
  /// overwrite; returns the digests (as hex) in the order they came back.
  static func hashThroughLanes(
    _ messages: [[UInt8]], implementation: SHA256.Implementation
  ) -> [String] {
    let laneSize = (messages.map(\.count).max() ?? 0) + SHA256.paddingCapacity + 3
    var buffer = [UInt8](repeating: 0xA5, count: 4 * laneSize)
    var lanes = SHA256Lanes(implementation: implementation)
    var digests: [String] = []
    func collect(_ words: UnsafePointer<UInt32>) {
      digests.append(
        (0..<8).map { word in
          let hex = String(words[word], radix: 16)
          return String(repeating: "0", count: 8 - hex.count) + hex
        }.joined())
    }
    buffer.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      for message in messages {
        let region = base + lanes.freeLane * laneSize
        #expect((0..<4).contains(lanes.freeLane))
        region.update(from: message, count: message.count)
        lanes.add(count: message.count, base: base, laneSize: laneSize, digest: collect)
      }
      lanes.finish(base: base, laneSize: laneSize, digest: collect)
    }
    return digests
  }

  /// Checks that each message's digest came back exactly once.
  static func check(_ messages: [[UInt8]], _ comment: Comment) {
    let expected = messages.map { SHA256.hash($0, implementation: .software).hexString }.sorted()
    for implementation in implementations {
      let digests = hashThroughLanes(messages, implementation: implementation)
      #expect(digests.sorted() == expected, "\(implementation): \(comment)")
    }
  }

  @Test("fewer than four messages, and none, are finished by finish")
  func fewerThanFour() {
    for count in 0...4 {
      Self.check(
        (0..<count).map { deterministicBytes(count: 100 * $0, seed: UInt64($0)) }, "\(count)")
    }
  }

  @Test("lengths across every block boundary, in runs that keep the lanes out of step")
  func blockBoundaries() {
    let lengths = Array(0...200) + [1_000, 55, 56, 63, 64, 119, 120, 2_500, 0, 0, 0, 3_000]
    Self.check(
      lengths.enumerated().map { deterministicBytes(count: $1, seed: UInt64($0)) }, "boundaries")
  }

  @Test("a thousand messages of random lengths, as a sample's cases are")
  func randomLengths() {
    var random = SplitMix64(seed: 11)
    let messages = (0..<1_000).map { index in
      deterministicBytes(
        count: Int.random(in: 1_500...3_000, using: &random), seed: UInt64(index) &* 17)
    }
    Self.check(messages, "random")
  }

  @Test("equal messages each come back")
  func duplicates() {
    Self.check(Array(repeating: Array("same case".utf8), count: 9), "duplicates")
  }
}
