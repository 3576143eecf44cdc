/// CRC-32 as zip, gzip and PNG use it (ISO-HDLC: polynomial `0xEDB88320` reflected, initial
/// value and final XOR `0xFFFFFFFF`), computed incrementally.
///
/// ```swift
/// var crc = CRC32()
/// crc.update(Array("123456789".utf8))
/// crc.value   // 0xCBF43926
/// ```
public struct CRC32: Sendable, Hashable {
  /// The checksum of the bytes given so far.
  public var value: UInt32 { ~state }

  private var state: UInt32 = 0xFFFF_FFFF

  /// Starts a checksum of no bytes (value 0).
  public init() {}

  /// Adds `bytes` to the checksum.
  public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    var crc = state
    Self.table.withUnsafeBufferPointer { table in
      for byte in bytes {
        crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
      }
    }
    state = crc
  }

  /// Adds `bytes` to the checksum.
  public mutating func update(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { update($0) }
  }

  /// Adds `bytes` to the checksum.
  public mutating func update(_ bytes: ArraySlice<UInt8>) {
    bytes.withUnsafeBufferPointer { update($0) }
  }

  /// The checksum of `bytes`.
  public static func checksum(_ bytes: [UInt8]) -> UInt32 {
    var crc = CRC32()
    crc.update(bytes)
    return crc.value
  }

  private static let table: [UInt32] = (0..<256).map { index in
    var crc = UInt32(index)
    for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
    return crc
  }
}
