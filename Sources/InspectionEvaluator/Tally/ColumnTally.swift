/// A tally kept per sample column (``MetadataTally``, ``BreakdownTally``) that adds another
/// tally of the same column into itself.
public protocol ColumnTally {
  /// The column counted.
  var column: String { get }
  /// Adds `other`, a tally of the same column, into this one.
  mutating func add(_ other: Self)
}

extension ColumnTally {
  /// The tallies of `a` and `b` combined column by column, in the order first seen.
  ///
  /// ```swift
  /// let merged = MetadataTally.combine(first.metadata, second.metadata)
  /// ```
  public static func combine(_ a: [Self], _ b: [Self]) -> [Self] {
    var combined = a
    for tally in b {
      if let index = combined.firstIndex(where: { $0.column == tally.column }) {
        combined[index].add(tally)
      } else {
        combined.append(tally)
      }
    }
    return combined
  }
}
