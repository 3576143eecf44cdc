import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// The words the score reports share: displayed percentages, bands beside judgements, the
/// small-sample note and the provenance marks, so the text, Markdown and HTML reports say
/// exactly the same thing.
///
/// Provenance marks follow a historical framework's declaration (``ProvenanceMarks``): a band
/// from a grade scale whose bounds are an inferred rule of ours carries `‡`, an item that is a
/// placeholder of ours carries `§`, and ``provenanceNotes`` explains the marks that appear.
struct ScoreWording {
  let decimals: Int
  let minimumRelevantCases: Int
  let anySmallSample: Bool
  let marks: ProvenanceMarks
  /// The inferred scales whose bands appear in the result, by id, with what they reproduce.
  let inferredBandsShown: [(scale: String, reproduces: String)]
  /// Whether some placeholder item or question appears in the result.
  let anyPlaceholder: Bool

  /// The mark of a band from an inferred rule.
  static let inferredMark = "‡"
  /// The mark of a placeholder item.
  static let placeholderMark = "§"

  init(_ result: ScoreResult) {
    decimals = result.displayDecimals
    minimumRelevantCases = result.minimumRelevantCases
    anySmallSample =
      result.items.contains(where: \.smallSample) || result.questions.contains(where: \.smallSample)
    marks = result.provenanceMarks
    let bands = result.items.flatMap { [$0.band?.scale, $0.judgement?.advisory?.scale] }
    var seen: Set<String> = []
    inferredBandsShown = bands.compactMap { scale in
      guard let scale, let reproduces = result.provenanceMarks.inferredRule(ofScale: scale),
        seen.insert(scale).inserted
      else { return nil }
      return (scale, reproduces)
    }
    anyPlaceholder =
      result.items.contains { result.provenanceMarks.isPlaceholder($0.id) }
      || result.questions.contains { result.provenanceMarks.isPlaceholder($0.id) }
  }

  /// A band's label, marked `‡` when its bounds are an inferred rule.
  func band(_ band: BandOutcome) -> String {
    band.label + (marks.inferredRule(ofScale: band.scale) == nil ? "" : Self.inferredMark)
  }

  /// An item's or question's id, marked `§` when it is a placeholder of ours.
  func id(_ id: String) -> String {
    id + (marks.isPlaceholder(id) ? Self.placeholderMark : "")
  }

  /// What `‡` and `§` mean, one sentence each, for the marks that appear in the result.
  var provenanceNotes: [String] {
    var notes = inferredBandsShown.map {
      "\(Self.inferredMark) band from an inferred rule of ours, not a published one: the bounds "
        + "of grade scale \($0.scale) reproduce \($0.reproduces)."
    }
    if anyPlaceholder {
      notes.append(
        "\(Self.placeholderMark) placeholder: our wording where the published report gives "
          + "nothing; not the inspectorate's question, criterion or item.")
    }
    return notes
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
  /// What a score whose interval crosses a band bound is marked with, in every format.
  static let bandNotSecure = "band not secure"

  /// A bootstrap interval: `61–79%`, or `4–7` points.
  func interval(_ interval: ScoreInterval, points: Bool) -> String {
    let decimals = points ? 1 : 0
    return DisplayRounding.format(interval.lower, decimals: decimals) + "–"
      + DisplayRounding.format(interval.upper, decimals: decimals) + (points ? " points" : "%")
  }

  func interval(_ interval: (lower: Double, upper: Double)?) -> String {
    guard let interval else { return "—" }
    return DisplayRounding.format(interval.lower, decimals: 0) + "–"
      + DisplayRounding.format(interval.upper, decimals: 0) + "%"
  }

  /// The band and the judgement in words: `Priority for improvement`, `judged: Well met`,
  /// or an override beside its computed band: `Requires improvement (override; computed:
  /// Good)`. Empty for a grouping, which has no band. With a bootstrap interval, the interval
  /// and, when it crosses a band bound, `band not secure`.
  func note(_ item: ItemScore) -> String {
    var parts: [String] = []
    if let override = item.override, let overriding = override.band {
      parts.append(
        self.band(overriding) + " (override; computed: "
          + (override.computed.map(band) ?? "none") + ")")
    } else if let band = item.band {
      parts.append(self.band(band))
    }
    if let interval = item.interval {
      parts.append(
        "95% interval " + self.interval(interval, points: item.kind == .overall)
          + (interval.bandNotSecure ? ", " + Self.bandNotSecure : ""))
    }
    if let judgement = item.judgement {
      parts.append("judged: " + (judgement.labelText ?? "not recorded"))
    }
    return parts.joined(separator: "; ")
  }

  /// An override in one line: `computed Good at 72% → overridden to Requires improvement`.
  func override(_ override: OverrideOutcome, of item: ItemScore?) -> String {
    let at = item?.exact.map { " at " + percent($0, item?.smallSample ?? false) } ?? ""
    let computed = override.computed.map { "computed \(band($0))\(at)" } ?? "no computed band"
    return computed + " → overridden to " + (override.band.map(band) ?? "—")
  }

  /// What an override is, for the reports' override sections.
  static let overridesExplanation =
    "Computed bands that inspectors replaced, using the professional discretion the framework "
    + "allows, with their reasons. The override is the rating that counts, for points and "
    + "overall ratings; the computed band and score are kept beside it."

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
