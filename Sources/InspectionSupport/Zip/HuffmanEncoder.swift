/// Code lengths and canonical codes for a symbol alphabet, built from symbol frequencies, with
/// no code longer than a limit (15 bits for deflate's codes, 7 for its code length code).
///
/// The lengths come from a Huffman tree built with ties broken by symbol, so the same
/// frequencies always give the same code. A tree deeper than the limit is rebuilt from
/// frequencies halved (each used symbol keeps at least 1) until it fits: not always the
/// optimal limited code, but close, simple and deterministic.
struct HuffmanEncoder: Sendable {
  /// Each symbol's code length (0: unused).
  let lengths: [UInt8]
  /// Each symbol's canonical code (most significant bit first).
  let codes: [UInt16]

  /// The code for `frequencies`, at most `limit` bits long. Symbols with frequency 0 get no
  /// code; at least `minimumUsed` symbols get one (the lowest ones are added when fewer are
  /// used), since a deflate decoder expects at least two codes in a tree.
  init(frequencies: [Int], limit: Int, minimumUsed: Int = 2) {
    var counts = frequencies
    var used = counts.filter { $0 > 0 }.count
    var symbol = 0
    while used < min(minimumUsed, counts.count) && symbol < counts.count {
      if counts[symbol] == 0 {
        counts[symbol] = 1
        used += 1
      }
      symbol += 1
    }
    var lengths = Self.treeLengths(counts)
    while (lengths.max() ?? 0) > UInt8(limit) {
      counts = counts.map { $0 == 0 ? 0 : max(1, $0 >> 1) }
      lengths = Self.treeLengths(counts)
    }
    self.lengths = lengths
    self.codes = Self.canonicalCodes(lengths)
  }

  /// The encoder for fixed `lengths` (deflate's fixed codes).
  init(lengths: [UInt8]) {
    self.lengths = lengths
    self.codes = Self.canonicalCodes(lengths)
  }

  /// Bits needed to send symbols with these frequencies.
  func cost(_ frequencies: [Int]) -> Int {
    var total = 0
    for (symbol, count) in frequencies.enumerated() where count > 0 {
      total += count * Int(lengths[symbol])
    }
    return total
  }

  /// The depth of each leaf of a Huffman tree over the symbols with a non-zero count.
  private static func treeLengths(_ counts: [Int]) -> [UInt8] {
    var lengths = [UInt8](repeating: 0, count: counts.count)
    // Nodes: leaves first (one per used symbol), then internal nodes; `parent` links them.
    var weight: [Int] = []
    var parent: [Int] = []
    var leafSymbol: [Int] = []
    for (symbol, count) in counts.enumerated() where count > 0 {
      weight.append(count)
      parent.append(-1)
      leafSymbol.append(symbol)
    }
    let leaves = weight.count
    if leaves == 1 {
      lengths[leafSymbol[0]] = 1
      return lengths
    }
    guard leaves > 1 else { return lengths }
    // Two queues (leaves sorted by weight, then internal nodes in creation order, whose
    // weights never decrease) give the two lightest nodes without a heap.
    let sortedLeaves = (0..<leaves).sorted {
      (weight[$0], leafSymbol[$0]) < (weight[$1], leafSymbol[$1])
    }
    var leafNext = 0
    var internalNext = leaves
    func lightest() -> Int {
      if leafNext < leaves
        && (internalNext >= weight.count || weight[sortedLeaves[leafNext]] <= weight[internalNext])
      {
        leafNext += 1
        return sortedLeaves[leafNext - 1]
      }
      internalNext += 1
      return internalNext - 1
    }
    for _ in 0..<(leaves - 1) {
      let a = lightest()
      let b = lightest()
      weight.append(weight[a] + weight[b])
      parent.append(-1)
      parent[a] = weight.count - 1
      parent[b] = weight.count - 1
    }
    // Depths: the root is the last node; children come before their parents.
    var depth = [Int](repeating: 0, count: weight.count)
    for node in stride(from: weight.count - 2, through: 0, by: -1) {
      depth[node] = depth[parent[node]] + 1
    }
    for leaf in 0..<leaves {
      lengths[leafSymbol[leaf]] = UInt8(min(depth[leaf], 255))
    }
    return lengths
  }

  /// Canonical codes for `lengths` (RFC 1951, 3.2.2).
  private static func canonicalCodes(_ lengths: [UInt8]) -> [UInt16] {
    var counts = [Int](repeating: 0, count: 17)
    for length in lengths where length > 0 { counts[Int(length)] += 1 }
    var next = [Int](repeating: 0, count: 17)
    var code = 0
    for length in 1...16 {
      code = (code + counts[length - 1]) << 1
      next[length] = code
    }
    var codes = [UInt16](repeating: 0, count: lengths.count)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      codes[symbol] = UInt16(truncatingIfNeeded: next[Int(length)])
      next[Int(length)] += 1
    }
    return codes
  }
}
