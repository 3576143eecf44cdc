/// What score reports mark about a framework's provenance: items that are placeholders of ours,
/// and grade scales whose bands rest on an inferred rule.
///
/// A report beside a historical framework must not let our wording pass for the
/// inspectorate's, nor an inferred band for a published one. The evaluator attaches the marks to
/// every result (``ScoreResult``); reports tag the marked items and bands and explain the tags.
///
/// ```swift
/// let marks = ProvenanceMarks(document)
/// marks.isPlaceholder("1.1.s")          // true for OMI's summary questions
/// marks.inferredRule(ofScale: "conclusion")  // "13 of the 13 conclusions Cheshire prints …"
/// ```
public struct ProvenanceMarks: Hashable, Sendable {
  /// Ids of questions, criteria, sections, headlines and overall ratings whose own provenance
  /// is a placeholder.
  public var placeholders: Set<String>
  /// Grade scale ids whose bands rest on an inferred rule, with what the rule reproduces.
  public var inferredScales: [String: String]

  /// No marks: the framework records no placeholders and no inferred bands.
  public init() {
    placeholders = []
    inferredScales = [:]
  }

  /// The marks of `document`.
  public init(_ document: FrameworkDocument) {
    var placeholders: Set<String> = []
    for item in document.provenanceItems
    where item.aspect == .element && item.provenance?.basis == .placeholder {
      switch item.kind {
      case .question, .criterion, .section, .headline, .overallRating: placeholders.insert(item.id)
      case .answerScale, .gradeScale, .judgementScale, .questionBank: break
      }
    }
    self.placeholders = placeholders
    var inferred: [String: String] = [:]
    for scale in document.gradeScales {
      if let provenance = scale.provenance, provenance.basis == .inferredRule {
        inferred[scale.id] = provenance.reproduces ?? ""
      }
    }
    inferredScales = inferred
  }

  /// Whether there is nothing to mark.
  public var isEmpty: Bool { placeholders.isEmpty && inferredScales.isEmpty }

  /// Whether the item with `id` is a placeholder of ours.
  public func isPlaceholder(_ id: String) -> Bool { placeholders.contains(id) }

  /// What the inferred rule behind grade scale `id` reproduces, or `nil` when its bands are not
  /// inferred.
  public func inferredRule(ofScale id: String) -> String? { inferredScales[id] }
}
