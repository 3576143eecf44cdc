/// A small cache of short ASCII strings keyed by their bytes, so that a field value seen
/// before ("yes", "no", "licence") is reused rather than validated and decoded again.
///
/// Holds at most 256 strings of at most 7 bytes; a value that is longer, not ASCII or not in
/// the cache is decoded and replaces whatever shared its slot. ASCII is valid UTF-8, so a
/// cached value needs no validation.
final class ShortStringInterner {
  private var keys = [UInt64](repeating: 0, count: 256)
  private var values = [String](repeating: "", count: 256)

  /// The string for `bytes`, or `nil` when they are longer than 7 bytes or not ASCII.
  @inline(__always)
  func string(for bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.count <= 7 else { return nil }
    if bytes.isEmpty { return "" }
    // The length in the top byte keeps every key non-zero and "a" apart from "a\0".
    var key = UInt64(bytes.count) << 56
    var shift: UInt64 = 0
    for byte in bytes {
      guard byte < 0x80 else { return nil }
      key |= UInt64(byte) << shift
      shift += 8
    }
    let slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 56)
    if keys[slot] == key { return values[slot] }
    let string = String(decoding: bytes, as: UTF8.self)
    keys[slot] = key
    values[slot] = string
    return string
  }
}
