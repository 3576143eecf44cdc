/// How many cases have each value of one case metadata column (a fact that is not part of the
/// framework, such as `inspector` or `team`): carried into results and partial results, so a
/// breakdown can be checked and merged, never scored.
///
/// At most ``maximumValues`` distinct values are kept per column; cases with any further
/// value are counted in ``otherCases``, so memory does not grow with the sample.
///
/// ```swift
/// var team = MetadataTally(column: "team")
/// team.add("North"); team.add(nil)
/// team.values   // ["North": 1]; team.blank == 1
/// ```
public struct MetadataTally: Hashable, Sendable, Codable, ColumnTally {
  /// The most distinct values counted one by one.
  public static let maximumValues = 10_000

  /// The column's name.
  public var column: String
  /// Cases by value.
  public var values: [String: Int] = [:]
  /// Cases with no value in the column.
  public var blank = 0
  /// Cases whose value was not counted by itself, past ``maximumValues`` distinct values.
  public var otherCases = 0

  /// An empty tally of `column`.
  public init(column: String) { self.column = column }

  /// Counts one case with `value` (`nil`: blank).
  public mutating func add(_ value: String?) {
    guard let value else {
      blank += 1
      return
    }
    if let count = values[value] {
      values[value] = count + 1
    } else if values.count < Self.maximumValues {
      values[value] = 1
    } else {
      otherCases += 1
    }
  }

  /// Adds the counts of another tally of the same column.
  public mutating func add(_ other: MetadataTally) {
    for (value, count) in other.values.sorted(by: { $0.key < $1.key }) {
      if let existing = values[value] {
        values[value] = existing + count
      } else if values.count < Self.maximumValues {
        values[value] = count
      } else {
        otherCases += count
      }
    }
    blank += other.blank
    otherCases += other.otherCases
  }
}
