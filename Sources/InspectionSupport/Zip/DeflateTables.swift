/// Deflate's length and distance codes (RFC 1951, 3.2.5) and the order in which a dynamic
/// block sends its code length code (3.2.7), shared by ``Inflater`` and ``Deflater``.
enum DeflateTables {
  static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
  static let lengthBase: [UInt16] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  static let lengthExtra: [UInt8] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase: [UInt16] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [UInt8] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]

  /// The length code (0...28) of a match length 3...258.
  static func lengthCode(_ length: Int) -> Int {
    var code = 28
    while Int(lengthBase[code]) > length { code -= 1 }
    return code
  }

  /// The distance code (0...29) of a distance 1...32768.
  static func distanceCode(_ distance: Int) -> Int {
    var code = 29
    while Int(distanceBase[code]) > distance { code -= 1 }
    return code
  }
}
