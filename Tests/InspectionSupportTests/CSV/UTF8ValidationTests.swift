import Testing

@testable import InspectionSupport

@Suite struct UTF8ValidationTests {
  /// Byte sequences and the offset of the first ill-formed sequence (nil: well-formed).
  static let cases: [(bytes: [UInt8], invalidAt: Int?)] = [
    ([], nil),
    (Array("plain ASCII".utf8), nil),
    (Array("é😀€\u{10FFFF}".utf8), nil),
    ([0xEF, 0xBB, 0xBF], nil),
    ([0x61, 0x80], 1),  // Lone continuation byte.
    ([0xC0, 0x80], 0),  // Overlong NUL.
    ([0xC1, 0xBF], 0),  // Overlong.
    ([0xE0, 0x9F, 0x80], 0),  // Overlong 3-byte.
    ([0xED, 0xA0, 0x80], 0),  // Surrogate U+D800.
    ([0xF0, 0x8F, 0xBF, 0xBF], 0),  // Overlong 4-byte.
    ([0xF4, 0x90, 0x80, 0x80], 0),  // Above U+10FFFF.
    ([0xF5, 0x80, 0x80, 0x80], 0),
    ([0x61, 0x62, 0xE2, 0x82], 2),  // Truncated at the end.
    ([0xE2, 0x82, 0x41], 0),  // Truncated before ASCII.
    ([0x61, 0xFF], 1),
  ]

  @Test(arguments: cases)
  func firstInvalidOffset(_ example: (bytes: [UInt8], invalidAt: Int?)) {
    let offset = example.bytes.withUnsafeBufferPointer { UTF8Validation.firstInvalidOffset($0) }
    #expect(offset == example.invalidAt)
    let standard = String(validating: example.bytes, as: UTF8.self)
    #expect((standard == nil) == (example.invalidAt != nil))
  }
}
