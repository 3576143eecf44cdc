import InspectionSchema

/// The plain words a framework's parts are described with, shared by `inspect show`'s
/// outline and the framework booklet so the two never describe a rule differently.
///
/// ```swift
/// FrameworkWording.questionDetails(question)  // ["key", "themes RoH"]
/// ```
public enum FrameworkWording {
  /// A question's role, scale, themes and weight, where they differ from the defaults.
  public static func questionDetails(_ question: FrameworkDocument.Question) -> [String] {
    var detail: [String] = []
    if question.role != .individual { detail.append(question.role.rawValue) }
    if question.scale != FrameworkDocument.AnswerScale.yesNo.id {
      detail.append("scale \(question.scale)")
    }
    if !question.themes.isEmpty {
      detail.append("themes \(question.themes.joined(separator: ", "))")
    }
    if let weight = question.weight { detail.append("weight \(DisplayRounding.plain(weight))") }
    return detail
  }

  /// Whether inspectors may override an item's computed band, in words: `overridable to the
  /// band next to the computed one, with a required rationale`.
  /// With `sentence`, it starts with a capital and ends with a full stop.
  public static func override(_ policy: OverridePolicy, sentence: Bool = false) -> String {
    (sentence ? "Inspectors" : "inspectors")
      + " may override the computed band \(policy.reach.explanation), "
      + (policy.requiresRationale ? "with a required rationale" : "with a rationale (optional)")
      + (sentence ? "." : "")
  }

  /// When a question is relevant, with what it inherits: `risk is high, and (from section 2)
  /// disposal is court`, or `always`.
  public static func relevance(
    _ question: FrameworkDocument.Question,
    inherited: [(kind: String, id: String, condition: Applicability)]
  ) -> String {
    let parts =
      inherited.map { "(from \($0.kind) \($0.id)) \($0.condition.explanation)" }
      + (question.applicability.map { [$0.explanation] } ?? [])
    return parts.isEmpty ? "always" : parts.joined(separator: ", and ")
  }

  /// Which questions a headline averages, and how.
  public static func headline(_ headline: FrameworkDocument.Headline) -> String {
    let sections =
      headline.sections.isEmpty
      ? "all sections" : "sections " + headline.sections.joined(separator: ", ")
    return "\(headline.rule.explanation) over questions with theme \(headline.theme) in \(sections)"
  }

  /// What an overall rating sums, and how it is banded.
  public static func overall(_ rating: FrameworkDocument.OverallRating) -> String {
    "points of \(rating.items.joined(separator: ", ")) banded on \(rating.gradeScale)"
  }

  /// Which value a grade scale bands.
  public static func basis(_ scale: FrameworkDocument.GradeScale) -> String {
    scale.basis == .raw ? "bands the raw value" : "bands the displayed value"
  }

  /// A band's points, as `, 2 points`, or empty.
  public static func points(_ points: Double?) -> String {
    points.map { ", \(DisplayRounding.plain($0)) points" } ?? ""
  }

  /// What an answer option does to a case's count, in words.
  public static func effect(_ effect: AnswerEffect) -> String {
    switch effect {
    case .sufficient: "sufficient (above the line)"
    case .insufficient: "insufficient (below the line)"
    case .notRelevant: "not relevant (leaves the denominator)"
    }
  }

  /// Whether the framework records provenance for any of its parts.
  public static func citesSources(_ document: FrameworkDocument) -> Bool {
    document.provenanceItems.contains { $0.provenance != nil }
  }

  /// The marker of an entry's basis, `[F]` … `[X]`, or `[-]` when the part cites nothing.
  public static func marker(_ provenance: FrameworkDocument.Provenance?) -> String {
    "[\(provenance?.basis.marker ?? "-")]"
  }

  /// Where a part comes from, after its marker: `[W] General criterion 1.1, Strengths (a)`, with
  /// the source's id when the framework cites several, and what an inferred rule reproduces.
  public static func citation(
    _ provenance: FrameworkDocument.Provenance?, in document: FrameworkDocument
  ) -> String {
    guard let provenance else { return "[-] not cited" }
    var text = marker(provenance) + " " + provenance.location
    let cited = Set(document.provenanceItems.compactMap { $0.provenance?.source })
    if cited.count > 1 { text += " (\(provenance.source))" }
    if let reproduces = provenance.reproduces { text += "; reproduces \(reproduces)" }
    return text
  }

  /// The legend of the markers, one line per pair of bases.
  public static let markerLegend: [String] = [
    "[F] printed figure   [W] printed in words   [P] from report prose",
    "[S] stated rule   [I] inferred rule (ours; says what it reproduces)",
    "[X] placeholder (our wording where the source gives nothing)   [-] not cited",
  ]

  /// A source in one line: `id: publisher, title (date); reference; url`.
  public static func source(_ source: FrameworkDocument.SourceReference) -> String {
    var parts = [(source.id.map { "\($0): " } ?? "") + source.citation]
    if let reference = source.reference { parts.append(reference) }
    if let url = source.url { parts.append(url) }
    return parts.joined(separator: "; ")
  }
}
