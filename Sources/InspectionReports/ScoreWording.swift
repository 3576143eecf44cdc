import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// The words the score reports share: displayed percentages, bands beside judgements, and the
/// small-sample note, so the Markdown and HTML reports say exactly the same thing.
struct ScoreWording {
  let decimals: Int
  let minimumRelevantCases: Int
  let anySmallSample: Bool

  init(_ result: ScoreResult) {
    decimals = result.displayDecimals
    minimumRelevantCases = result.minimumRelevantCases
    anySmallSample =
      result.items.contains(where: \.smallSample) || result.questions.contains(where: \.smallSample)
  }

  /// `65%`, `65%†` on a small sample, or `—` when undefined: the exact score rounded for
  /// display.
  func percent(_ value: Rational?, _ small: Bool = false) -> String {
    guard let value else { return "—" }
    return DisplayRounding.format(value, decimals: decimals) + "%" + (small ? "†" : "")
  }

  /// `5 points`, or `—` when undefined.
  func points(_ value: Rational?) -> String {
    value.map { DisplayRounding.plain($0) + " points" } ?? "—"
  }

  /// A 95% interval as `30–95%`, or `—`.
  func interval(_ interval: (lower: Double, upper: Double)?) -> String {
    guard let interval else { return "—" }
    return DisplayRounding.format(interval.lower, decimals: 0) + "–"
      + DisplayRounding.format(interval.upper, decimals: 0) + "%"
  }

  /// The band and the judgement in words: `Priority for improvement`, `judged: Well met`.
  func note(_ item: ItemScore) -> String {
    var parts: [String] = []
    if let band = item.band { parts.append(band.label) }
    if let judgement = item.judgement {
      parts.append("judged: " + (judgement.labelText ?? "not recorded"))
    }
    return parts.joined(separator: "; ")
  }

  /// The value followed by the note: `66%† Priority for improvement`.
  func valueAndNote(_ item: ItemScore) -> String {
    let value =
      item.kind == .overall
      ? points(item.exact)
      : percent(item.exact, item.smallSample)
    let note = note(item)
    return note.isEmpty ? value : value + " " + note
  }

  /// What `†` means, or empty when no score carries it.
  var smallSampleNote: String {
    anySmallSample
      ? "† rests on fewer than \(minimumRelevantCases) relevant cases; read with care." : ""
  }

  /// A scale's bands from best (highest values) to worst.
  static func bestFirst(_ bands: [FrameworkDocument.Band]) -> [FrameworkDocument.Band] {
    bands.enumerated().sorted { left, right in
      let a = left.element.lower?.value ?? -Double.infinity
      let b = right.element.lower?.value ?? -Double.infinity
      return a != b ? a > b : left.offset < right.offset
    }.map(\.element)
  }
}
