import InspectionSchema
import InspectionSupport

/// One figure as a report printed it: an exact percentage, counts of cases, a bound, or an
/// approximate value, with the words it was read from.
///
/// A figure is stored as printed, not as we would like it: "less than half" is a bound below
/// 50%, "around one-quarter" an approximate 25%, "83% or more" a bound at least 83%, and only
/// a printed percentage or printed counts are exact. When the report counts what was *not*
/// done ("not reviewed in 66%"), the figure is stored as printed with ``shortfall`` set, and
/// ``bounds`` turns it round so that higher is better.
///
/// In a published-figures file the fields sit on the finding or item itself:
///
/// ```json
/// {"id": "1.1.q", "below": 50, "words": "less than half", …}
/// {"id": "1.1.n", "approximately": "1/4", "words": "around one-quarter", "shortfall": true, …}
/// {"id": "B1.f", "numerator": 10, "denominator": 23, "words": "ten of 23", …}
/// ```
///
/// `docs/published-files.md` lists the fields and how each form is checked.
public struct PublishedFigure: Hashable, Sendable, Decodable {
  /// The printed percentage, exact as printed.
  public var percent: PublishedShare?
  /// The printed count of cases the figure counts.
  public var numerator: Int?
  /// The printed count of cases it is out of.
  public var denominator: Int?
  /// A lower bound the value exceeds ("over 80%", "more than half").
  public var above: PublishedShare?
  /// A lower bound the value reaches ("83% or more").
  public var atLeast: PublishedShare?
  /// An upper bound the value stays under ("less than half").
  public var below: PublishedShare?
  /// An upper bound the value reaches ("up to 40%").
  public var atMost: PublishedShare?
  /// An approximate value ("around one-quarter", "half").
  public var approximately: PublishedShare?
  /// How far, in points, an approximate value may be from the truth; `nil` for the default.
  public var tolerance: PublishedShare?
  /// The report's own words for the figure.
  public var words: String?
  /// Whether the report counts what was not done; the figure is stored as printed.
  public var shortfall: Bool

  /// Points an approximate value may be off when the file does not say: 5 (our assumption).
  public static let defaultTolerance = 5.0

  /// What kind of figure it is.
  public enum Form: String, Sendable, Hashable {
    /// A printed percentage or printed counts: one value.
    case exact
    /// One or two bounds, no value.
    case bound
    /// An approximate value, perhaps with a bound ("almost three-quarters").
    case approximate
    /// A count of cases without a denominator: no percentage.
    case count
    /// Words without any proportion ("a high proportion").
    case words
  }

  /// Creates a figure from its fields (unchecked; files go through the reader).
  public init(
    percent: PublishedShare? = nil, numerator: Int? = nil, denominator: Int? = nil,
    above: PublishedShare? = nil, atLeast: PublishedShare? = nil,
    below: PublishedShare? = nil, atMost: PublishedShare? = nil,
    approximately: PublishedShare? = nil, tolerance: PublishedShare? = nil,
    words: String? = nil, shortfall: Bool = false
  ) {
    self.percent = percent
    self.numerator = numerator
    self.denominator = denominator
    self.above = above
    self.atLeast = atLeast
    self.below = below
    self.atMost = atMost
    self.approximately = approximately
    self.tolerance = tolerance
    self.words = words
    self.shortfall = shortfall
  }

  /// The form of the figure.
  public var form: Form {
    if percent != nil || denominator != nil { return .exact }
    if approximately != nil { return .approximate }
    if above != nil || atLeast != nil || below != nil || atMost != nil { return .bound }
    if numerator != nil { return .count }
    return .words
  }

  /// The exact share, as printed (before a shortfall is turned round): counts if printed,
  /// else the printed percentage.
  public var printedShare: PublishedShare? {
    if let numerator, let denominator {
      return PublishedShare(numerator: numerator, denominator: denominator, isFraction: false)
    }
    return percent
  }

  /// The values the figure allows, oriented so that higher is better; `nil` for a count
  /// without a denominator or words without a proportion.
  ///
  /// An exact figure is one value; an approximate one is its value ± its tolerance, cut by any
  /// bound it also has and kept within 0–100%; a bound runs to 0% or 100% on its open side.
  public var bounds: PublishedBounds? {
    var range: PublishedBounds
    if let exact = printedShare {
      range = PublishedBounds(point: exact)
    } else if let approximately {
      let points =
        tolerance ?? PublishedShare(percent: Self.defaultTolerance) ?? .zero
      range = PublishedBounds(
        lower: approximately.moved(by: points, up: false),
        upper: approximately.moved(by: points, up: true))
    } else if form == .bound {
      range = PublishedBounds(lower: .zero, upper: .whole)
    } else {
      return nil
    }
    if let above { range.raiseLower(to: above, open: true) }
    if let atLeast { range.raiseLower(to: atLeast, open: false) }
    if let below { range.lowerUpper(to: below, open: true) }
    if let atMost { range.lowerUpper(to: atMost, open: false) }
    return shortfall ? range.complement : range
  }

  /// The values unrounded inputs could have had: an exact printed percentage widened by half a
  /// unit of its last printed decimal (63 stands for 62.5 to 63.5); counts, bounds and
  /// approximate values as they are.
  public var unroundedBounds: PublishedBounds? {
    guard let bounds else { return nil }
    guard denominator == nil, let percent else { return bounds }
    let half = Self.halfUnit(of: percent.percent)
    var widened = PublishedBounds(
      lower: bounds.lower.moved(by: half, up: false), upper: bounds.upper.moved(by: half, up: true))
    widened.lowerOpen = false
    widened.upperOpen = false
    return widened
  }

  /// The values a printed figure stands for when it is the figure being checked: a printed
  /// percentage p the values that round half away from zero to it, [p − h, p + h) (h is half a
  /// unit of its last decimal, turned round for a shortfall); counts, bounds and approximate
  /// values their own bounds. `nil` without a proportion.
  public var allowedRange: PercentRange? {
    guard let bounds else { return nil }
    guard denominator == nil, let percent else { return bounds.percentRange }
    let half = Self.halfUnit(of: percent.percent).percent
    let value = bounds.lower.percent
    return shortfall
      ? PercentRange(value - half, value + half, lowerOpen: true)
      : PercentRange.rounding(to: value, halfWidth: half)
  }

  /// The percentage a synthetic sample aims at for this figure, as what it is: an exact figure
  /// itself; an approximate one its value (or the middle of its bound if the value lies
  /// outside it); a bound on one side ``defaultTolerance`` points inside the bound (or the
  /// middle of the range if that is narrower); a bound on both sides the middle. `nil` without
  /// a proportion. "less than half" aims at 45%, "over 80%" at 85%, "all but one" at 95%.
  public var target: Double? {
    guard let bounds else { return nil }
    let range = bounds.percentRange
    if form == .exact { return range.lower }
    if let approximately {
      let value = shortfall ? 100 - approximately.percent : approximately.percent
      return range.contains(value) ? value : range.middle
    }
    var lowerPrinted = above != nil || atLeast != nil
    var upperPrinted = below != nil || atMost != nil
    if shortfall { swap(&lowerPrinted, &upperPrinted) }
    let inside = min(Self.defaultTolerance, (range.upper - range.lower) / 2)
    switch (lowerPrinted, upperPrinted) {
    case (true, false): return range.lower + inside
    case (false, true): return range.upper - inside
    default: return range.middle
    }
  }

  /// Half a unit of the last decimal of a printed percentage, as a share: 0.5 points for 63,
  /// 0.05 for 66.7.
  static func halfUnit(of value: Double) -> PublishedShare {
    var decimals = 0
    var scaled = value
    while decimals < PublishedShare.maximumDecimals, abs(scaled - scaled.rounded()) > 1e-9 {
      decimals += 1
      scaled *= 10
    }
    var denominator = 200
    for _ in 0..<decimals { denominator *= 10 }
    return PublishedShare(numerator: 1, denominator: denominator, isFraction: false) ?? .zero
  }

  /// The figure in a few words, as printed: `69%`, `below 50% ('less than half')`,
  /// `≈ 25% ± 5, a shortfall ('around one-quarter')`, `10/23 ('ten of 23')`.
  public var summary: String {
    var parts: [String] = []
    if let numerator {
      parts.append(denominator.map { "\(numerator)/\($0)" } ?? "\(numerator) cases")
    }
    if let percent { parts.append(percent.description) }
    if let approximately {
      let points = DisplayRounding.plain(tolerance?.percent ?? Self.defaultTolerance)
      parts.append("≈ \(approximately.description) ± \(points)")
    }
    if let above { parts.append("above \(above.description)") }
    if let atLeast { parts.append("at least \(atLeast.description)") }
    if let below { parts.append("below \(below.description)") }
    if let atMost { parts.append("at most \(atMost.description)") }
    var text = parts.isEmpty ? "no figure" : parts.joined(separator: ", ")
    if shortfall { text += ", a shortfall" }
    if let words { text += " ('\(words)')" }
    return text
  }

  // MARK: Decoding

  enum CodingKeys: String, CodingKey, CaseIterable {
    case percent, numerator, denominator, above, atLeast, below, atMost, approximately
    case tolerance, words, shortfall
  }

  /// Decodes and checks the figure fields of a finding or item; every problem is located at
  /// the field.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    func share(_ key: CodingKeys) throws -> PublishedShare? {
      guard let value = try container.decodeIfPresent(JSONValue.self, forKey: key) else {
        return nil
      }
      switch value {
      case .number(let number):
        if let share = PublishedShare(percent: number) { return share }
      case .string(let text):
        if let share = PublishedShare(fraction: text) { return share }
      default: break
      }
      throw DecodingError.dataCorruptedError(
        forKey: key, in: container,
        debugDescription: "'\(key.stringValue)' must be a percentage from 0 to 100 with at most "
          + "\(PublishedShare.maximumDecimals) decimals, or a fraction of the cases written "
          + "\"n/d\" (e.g. \"2/3\"), found \(CanonicalJSON.compact(value))")
    }
    func fail(_ key: CodingKeys, _ message: String) -> DecodingError {
      DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: message)
    }
    percent = try container.decodeIfPresent(Double.self, forKey: .percent).map {
      (value) throws -> PublishedShare in
      guard let share = PublishedShare(percent: value) else {
        throw fail(
          .percent,
          "'percent' must be a percentage from 0 to 100 with at most "
            + "\(PublishedShare.maximumDecimals) decimals, found \(DisplayRounding.plain(value))")
      }
      return share
    }
    numerator = try container.decodeIfPresent(Int.self, forKey: .numerator)
    denominator = try container.decodeIfPresent(Int.self, forKey: .denominator)
    above = try share(.above)
    atLeast = try share(.atLeast)
    below = try share(.below)
    atMost = try share(.atMost)
    approximately = try share(.approximately)
    tolerance = try share(.tolerance)
    words = try container.decodeIfPresent(String.self, forKey: .words)
    shortfall = try container.decodeIfPresent(Bool.self, forKey: .shortfall) ?? false

    if let numerator, numerator < 0 || numerator > 100_000_000 {
      throw fail(.numerator, "'numerator' must be a count of cases from 0 to 100000000")
    }
    if let denominator {
      guard let numerator else {
        throw fail(.denominator, "'denominator' needs the 'numerator' it divides")
      }
      guard denominator >= 1, denominator <= 100_000_000, numerator <= denominator else {
        throw fail(
          .denominator,
          "'denominator' must be a count of cases from 1 to 100000000, at least the "
            + "numerator (\(numerator))")
      }
      if let percent {
        // Printed counts beside a printed percentage must agree, up to its rounding.
        let counted = Double(numerator) * 100 / Double(denominator)
        let half = Self.halfUnit(of: percent.percent).percent
        guard PercentRange.rounding(to: percent.percent, halfWidth: half).contains(counted)
        else {
          throw fail(
            .percent,
            "'percent' \(percent) does not round from the counts \(numerator)/\(denominator) "
              + "(\(PercentRange.text(counted))%); keep the figure the report prints")
        }
      }
    }
    let exact = percent != nil || denominator != nil
    let boundKeys: [CodingKeys] = [.above, .atLeast, .below, .atMost, .approximately]
    if exact, let key = boundKeys.first(where: { container.contains($0) }) {
      throw fail(
        key,
        "a figure is exact (percent or counts), a bound or approximate, not both: remove "
          + "'\(key.stringValue)' or the exact value")
    }
    if above != nil, atLeast != nil {
      throw fail(.atLeast, "give one lower bound: 'above' or 'atLeast', not both")
    }
    if below != nil, atMost != nil {
      throw fail(.atMost, "give one upper bound: 'below' or 'atMost', not both")
    }
    if tolerance != nil {
      guard approximately != nil else {
        throw fail(.tolerance, "'tolerance' belongs to an 'approximately' value")
      }
      guard let tolerance, tolerance > .zero, tolerance.percent <= 50 else {
        throw fail(.tolerance, "'tolerance' must be more than 0 and at most 50 points")
      }
    }
    if let words, words.allSatisfy(\.isWhitespace) {
      throw fail(.words, "'words' must not be empty")
    }
    if form == .bound || form == .approximate, words == nil {
      let key = boundKeys.first { container.contains($0) } ?? .approximately
      throw fail(
        key,
        "a bound or approximate figure keeps the report's words: add 'words' (e.g. "
          + "\"less than half\")")
    }
    if shortfall, form == .words {
      throw fail(.shortfall, "'shortfall' turns a figure round, but there is no figure")
    }
    let lower = above ?? atLeast
    let upper = below ?? atMost
    if let lower, let upper,
      upper < lower || (upper == lower && (above != nil || below != nil))
    {
      throw fail(
        below != nil ? .below : .atMost,
        "the bounds leave no value: \(lower.description) to \(upper.description)")
    }
    if let bounds, bounds.isEmpty {
      throw fail(
        .approximately,
        "the approximate value and its bound leave no value; check the bound's side")
    }
  }
}
