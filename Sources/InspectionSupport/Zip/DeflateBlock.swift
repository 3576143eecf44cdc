/// The literals and matches of one block, and their symbol frequencies.
struct DeflateBlock {
  /// Literal bytes (0...255), or `256 + length` with the distance in ``distancesOfMatches``.
  private var symbols: [UInt16] = []
  private var matchDistances: [UInt16] = []
  private(set) var literalCounts = [Int](repeating: 0, count: 286)
  private(set) var distanceCounts = [Int](repeating: 0, count: 30)
  /// The extra bits the matches need.
  private(set) var extraBits = 0

  var isFull: Bool { symbols.count >= 16_384 }

  mutating func literal(_ byte: UInt8) {
    symbols.append(UInt16(byte))
    literalCounts[Int(byte)] += 1
  }

  mutating func match(length: Int, distance: Int) {
    symbols.append(UInt16(256 + length))
    matchDistances.append(UInt16(distance))
    let lengthCode = DeflateTables.lengthCode(length)
    literalCounts[257 + lengthCode] += 1
    let distanceCode = DeflateTables.distanceCode(distance)
    distanceCounts[distanceCode] += 1
    extraBits +=
      Int(DeflateTables.lengthExtra[lengthCode]) + Int(DeflateTables.distanceExtra[distanceCode])
  }

  /// Writes every symbol, then the end of the block, with the given codes.
  func write(literals: HuffmanEncoder, distances: HuffmanEncoder, to writer: inout BitWriter) {
    var matchIndex = 0
    for symbol in symbols {
      if symbol < 256 {
        writer.writeCode(
          Int(literals.codes[Int(symbol)]), length: Int(literals.lengths[Int(symbol)]))
        continue
      }
      let length = Int(symbol) - 256
      let distance = Int(matchDistances[matchIndex])
      matchIndex += 1
      let lengthCode = DeflateTables.lengthCode(length)
      writer.writeCode(
        Int(literals.codes[257 + lengthCode]), length: Int(literals.lengths[257 + lengthCode]))
      writer.write(
        length - Int(DeflateTables.lengthBase[lengthCode]),
        count: Int(DeflateTables.lengthExtra[lengthCode]))
      let distanceCode = DeflateTables.distanceCode(distance)
      writer.writeCode(
        Int(distances.codes[distanceCode]), length: Int(distances.lengths[distanceCode]))
      writer.write(
        distance - Int(DeflateTables.distanceBase[distanceCode]),
        count: Int(DeflateTables.distanceExtra[distanceCode]))
    }
    writer.writeCode(Int(literals.codes[256]), length: Int(literals.lengths[256]))
  }
}
