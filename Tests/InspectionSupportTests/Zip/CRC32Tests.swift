import Testing

@testable import InspectionSupport

@Suite("CRC-32")
struct CRC32Tests {
  /// The check value of the CRC catalogue (CRC-32/ISO-HDLC), and values from Python's
  /// `zlib.crc32`.
  @Test(
    "reference values",
    arguments: [
      ("", UInt32(0)),
      ("123456789", 0xCBF4_3926),
      ("abc", 0x3524_41C2),
      ("hello hello hello hello", 0x8D3D_51E3),
      ("The quick brown fox jumps over the lazy dog", 0x414F_A339),
    ])
  func referenceValues(text: String, expected: UInt32) {
    #expect(CRC32.checksum(Array(text.utf8)) == expected)
  }

  @Test("updating in pieces gives the value of the whole")
  func incremental() {
    let bytes = Array("The quick brown fox jumps over the lazy dog".utf8)
    var crc = CRC32()
    crc.update(bytes[0..<10])
    crc.update(bytes[10...])
    #expect(crc.value == CRC32.checksum(bytes))
  }
}
