import InspectionEvaluator
import InspectionSchema

/// One inspection of a trend: a name, a date, the framework it was inspected under, and its
/// figures — a scored sample, or a report's published figures.
///
/// ```swift
/// let cheshire = TrendInspection(
///   name: "Cheshire", date: "2006-08", framework: omi2006, fingerprint: fingerprint,
///   figures: .published(file: "OMI-Cheshire-2006.json", inspection: figures.inspections[0]))
/// ```
public struct TrendInspection: Sendable {
  /// Where the figures come from.
  public enum Figures: Sendable {
    /// A sample scored under the framework, with each item's coverage.
    case sample(file: String, result: ScoreResult, coverage: [String: Coverage])
    /// A published report's figures for one inspection.
    case published(file: String, inspection: PublishedFigures.Inspection)
  }

  /// The inspection's name, e.g. `Cheshire`.
  public var name: String
  /// The date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public var date: String
  /// The framework the figures are under.
  public var framework: FrameworkDocument
  /// The framework's fingerprint.
  public var fingerprint: String
  /// The figures.
  public var figures: Figures

  /// Creates an inspection.
  public init(
    name: String, date: String, framework: FrameworkDocument, fingerprint: String,
    figures: Figures
  ) {
    self.name = name
    self.date = date
    self.framework = framework
    self.fingerprint = fingerprint
    self.figures = figures
  }

  /// The file the figures come from.
  public var file: String {
    switch figures {
    case .sample(let file, _, _), .published(let file, _): file
    }
  }

  /// Whether `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a month 01–12 and a day 01–31.
  public static func isDate(_ date: String) -> Bool {
    let parts = date.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else {
      return false
    }
    if parts.count >= 2 {
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return false
      }
    }
    if parts.count == 3 {
      guard parts[2].count == 2, let day = Int(parts[2]), (1...31).contains(day) else {
        return false
      }
    }
    return true
  }

  /// The date as a fractional year, for placing a point on a time axis: `2006-08` is 2006.625
  /// (the middle of August); `2006` is 2006.5.
  public var year: Double {
    let parts = date.split(separator: "-").compactMap { Int($0) }
    guard let year = parts.first else { return 0 }
    guard parts.count >= 2 else { return Double(year) + 0.5 }
    let day = parts.count == 3 ? Double(parts[2]) - 0.5 : 15.5
    return Double(year) + (Double(parts[1] - 1) + day / 31) / 12
  }
}
