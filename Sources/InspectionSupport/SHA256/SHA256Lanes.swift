internal import CSHA256

/// SHA-256 of a stream of short messages, four at a time as they come: the sample
/// fingerprint's one hash per case.
///
/// On the SHA instructions four messages hashed side by side (`ik_sha256_hardware_compress4`,
/// interleaved) take about half the time of four one after the other. Messages differ in
/// length, so four started together do not end together: rather than run the longer ones'
/// remaining blocks one at a time (6.8% of an OMI2 sample's blocks), each lane takes the next
/// message as soon as its last one is done, and nearly every block is hashed four at a time.
/// Without the instructions each message is hashed in Swift as it comes.
///
/// The messages stay in the caller's buffer, one region of `laneSize` bytes per lane
/// (lane `i` at `base + i * laneSize`). Write the next message into region ``freeLane``,
/// followed by room for ``SHA256/paddingCapacity`` bytes, and call
/// ``add(count:base:laneSize:digest:)``; a region must not change until its message's digest
/// has been handed back, which happens in some later call or in
/// ``finish(base:laneSize:digest:)``. Digests come back as eight words (word `j` is digest
/// bytes `4j..<4j+4`, big-endian), in no particular order.
///
/// ```swift
/// var lanes = SHA256Lanes()
/// // write a message of `count` bytes at base + lanes.freeLane * laneSize, then
/// lanes.add(count: count, base: base, laneSize: laneSize) { words in sum.add(words) }
/// // … and after the last message:
/// lanes.finish(base: base, laneSize: laneSize) { words in sum.add(words) }
/// ```
package struct SHA256Lanes: Sendable {
  /// Each lane's hash state, eight words a lane.
  private var states = [UInt32](repeating: 0, count: 32)
  /// Each lane's next block, as an offset in its region (`0..<4`), then how many blocks it
  /// has left (`4..<8`; 0: the lane is free).
  private var progress = [Int](repeating: 0, count: 8)
  private let implementation: SHA256.Implementation

  /// The lane whose region takes the next message.
  package private(set) var freeLane = 0

  /// Four empty lanes, on the CPU's SHA instructions where it has them.
  package init() { self.init(implementation: .preferred) }

  /// Four empty lanes with the block function given (tests force each in turn).
  init(implementation: SHA256.Implementation) {
    precondition(
      implementation == .software || SHA256.Implementation.hardwareAvailable,
      "SHA256: this CPU has no SHA instructions")
    self.implementation = implementation
  }

  /// Starts hashing the `count`-byte message written in region ``freeLane``; when all four
  /// lanes are busy, runs them until at least one message is done and passes each finished
  /// digest to `digest`.
  package mutating func add(
    count: Int, base: UnsafeMutablePointer<UInt8>, laneSize: Int,
    digest: (UnsafePointer<UInt32>) -> Void
  ) {
    let lane = freeLane
    let region = base + lane * laneSize
    guard implementation == .hardware else {
      // No interleaving to gain: hash it now, in Swift.
      let bytes = SHA256.hash(
        UnsafeBufferPointer(start: region, count: count), implementation: implementation
      ).bytes
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 8) { words in
        for word in 0..<8 {
          words[word] = bytes[(4 * word)..<(4 * word + 4)].reduce(0) { $0 << 8 | UInt32($1) }
        }
        if let words = words.baseAddress { digest(words) }
      }
      return
    }
    let blocks = SHA256.pad(region, count: count)
    let free = states.withUnsafeMutableBufferPointer { states in
      progress.withUnsafeMutableBufferPointer { progress -> Int in
        guard let stateBase = states.baseAddress else { return 0 }
        SHA256.setInitialState(stateBase + 8 * lane)
        progress[lane] = 0
        progress[4 + lane] = blocks
        for other in 0..<4 where progress[4 + other] == 0 { return other }
        return Self.runUntilOneIsDone(
          states: stateBase, progress: progress, base: base, laneSize: laneSize, digest: digest)
      }
    }
    freeLane = free
  }

  /// Finishes every message still being hashed, passing each digest to `digest`.
  package mutating func finish(
    base: UnsafeMutablePointer<UInt8>, laneSize: Int, digest: (UnsafePointer<UInt32>) -> Void
  ) {
    states.withUnsafeMutableBufferPointer { states in
      progress.withUnsafeMutableBufferPointer { progress in
        guard let stateBase = states.baseAddress else { return }
        for lane in 0..<4 where progress[4 + lane] > 0 {
          ik_sha256_hardware_compress(
            stateBase + 8 * lane, base + lane * laneSize + progress[lane], progress[4 + lane])
          progress[4 + lane] = 0
          digest(stateBase + 8 * lane)
        }
      }
    }
    freeLane = 0
  }

  /// Runs the four busy lanes side by side for as many blocks as the shortest has left,
  /// hands back the digests of those done, and returns one of their lanes.
  private static func runUntilOneIsDone(
    states: UnsafeMutablePointer<UInt32>, progress: UnsafeMutableBufferPointer<Int>,
    base: UnsafeMutablePointer<UInt8>, laneSize: Int, digest: (UnsafePointer<UInt32>) -> Void
  ) -> Int {
    var shared = Int.max
    for lane in 0..<4 { shared = min(shared, progress[4 + lane]) }
    withUnsafeTemporaryAllocation(of: UnsafeMutablePointer<UInt32>?.self, capacity: 4) {
      stateLanes in
      withUnsafeTemporaryAllocation(of: UnsafePointer<UInt8>?.self, capacity: 4) { blocks in
        for lane in 0..<4 {
          stateLanes[lane] = states + 8 * lane
          blocks[lane] = UnsafePointer(base + lane * laneSize + progress[lane])
        }
        guard let stateBase = stateLanes.baseAddress, let blockBase = blocks.baseAddress
        else { return }
        ik_sha256_hardware_compress4(stateBase, blockBase, shared)
      }
    }
    var free = 0
    for lane in (0..<4).reversed() {
      progress[lane] += 64 * shared
      progress[4 + lane] -= shared
      if progress[4 + lane] == 0 {
        digest(states + 8 * lane)
        free = lane
      }
    }
    return free
  }
}
