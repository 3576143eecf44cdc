/// A dynamic block's codes and how they are sent (RFC 1951, 3.2.7).
struct DeflateDynamicHeader {
  let literals: HuffmanEncoder
  let distances: HuffmanEncoder
  private let literalCount: Int
  private let distanceCount: Int
  /// The code lengths of both codes, run-length encoded: (symbol 0...18, extra bits value).
  private let runs: [(symbol: Int, extra: Int)]
  private let lengthCode: HuffmanEncoder
  private let lengthCodeCount: Int

  init(literalCounts: [Int], distanceCounts: [Int]) {
    literals = HuffmanEncoder(frequencies: literalCounts, limit: 15)
    distances = HuffmanEncoder(frequencies: distanceCounts, limit: 15)
    literalCount = max(257, (literals.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
    distanceCount = max(1, (distances.lengths.lastIndex { $0 > 0 } ?? 0) + 1)
    let lengths = Array(literals.lengths[0..<literalCount] + distances.lengths[0..<distanceCount])
    var runs: [(symbol: Int, extra: Int)] = []
    var index = 0
    while index < lengths.count {
      let length = lengths[index]
      var run = 1
      while index + run < lengths.count && lengths[index + run] == length { run += 1 }
      index += run
      if length == 0 {
        while run >= 11 {
          let count = min(run, 138)
          runs.append((18, count - 11))
          run -= count
        }
        if run >= 3 {
          runs.append((17, run - 3))
          run = 0
        }
      } else {
        runs.append((Int(length), 0))
        run -= 1
        while run >= 3 {
          let count = min(run, 6)
          runs.append((16, count - 3))
          run -= count
        }
      }
      for _ in 0..<run { runs.append((Int(length), 0)) }
    }
    self.runs = runs
    var counts = [Int](repeating: 0, count: 19)
    for run in runs { counts[run.symbol] += 1 }
    lengthCode = HuffmanEncoder(frequencies: counts, limit: 7)
    var count = 19
    while count > 4 && lengthCode.lengths[DeflateTables.codeLengthOrder[count - 1]] == 0 {
      count -= 1
    }
    lengthCodeCount = count
  }

  /// The bits of the header: the counts, the code length code and the run-length codes.
  var headerBits: Int {
    var bits = 5 + 5 + 4 + 3 * lengthCodeCount
    for run in runs {
      bits += Int(lengthCode.lengths[run.symbol]) + [16: 2, 17: 3, 18: 7][run.symbol, default: 0]
    }
    return bits
  }

  func write(to writer: inout BitWriter) {
    writer.write(literalCount - 257, count: 5)
    writer.write(distanceCount - 1, count: 5)
    writer.write(lengthCodeCount - 4, count: 4)
    for index in 0..<lengthCodeCount {
      writer.write(Int(lengthCode.lengths[DeflateTables.codeLengthOrder[index]]), count: 3)
    }
    for run in runs {
      writer.writeCode(
        Int(lengthCode.codes[run.symbol]), length: Int(lengthCode.lengths[run.symbol]))
      switch run.symbol {
      case 16: writer.write(run.extra, count: 2)
      case 17: writer.write(run.extra, count: 3)
      case 18: writer.write(run.extra, count: 7)
      default: break
      }
    }
  }
}
