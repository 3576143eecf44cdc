/// A framework's provenance in numbers: how many items rest on each basis, and which are
/// placeholders or inferred rules. What `inspect provenance` prints.
///
/// Counts are kept per kind of item, so the question counts add up to the number of
/// questions (items without provenance are counted as not cited).
///
/// ```swift
/// let summary = ProvenanceSummary(document)
/// summary.questions[.printedFigure]   // 151 for OMI2
/// summary.questionTotal               // 204: every basis plus `questionsNotCited`
/// ```
public struct ProvenanceSummary: Hashable, Sendable {
  /// Counts per basis for one kind of item (and aspect), with the items that cite nothing.
  public struct Counts: Hashable, Sendable {
    /// What is counted, e.g. `questions`, `criterion rules`.
    public var label: String
    /// Items per basis; every basis is present, zero or not.
    public var byBasis: [ProvenanceBasis: Int]
    /// Items without provenance.
    public var notCited: Int

    /// Items of this kind in all.
    public var total: Int { byBasis.values.reduce(0, +) + notCited }

    /// The count for `basis`.
    public subscript(_ basis: ProvenanceBasis) -> Int { byBasis[basis] ?? 0 }
  }

  /// The framework's `id@version`.
  public var framework: String
  /// Whether the framework declares itself historical.
  public var historical: Bool
  /// Counts for each kind of item and aspect present in the document, questions first.
  public var counts: [Counts]
  /// Every item whose basis is ``ProvenanceBasis/placeholder``, in document order.
  public var placeholders: [ProvenanceItem]
  /// Every item whose basis is ``ProvenanceBasis/inferredRule``, in document order.
  public var inferredRules: [ProvenanceItem]
  /// Every item without provenance, in document order.
  public var notCited: [ProvenanceItem]

  /// Summarises `document`'s provenance.
  public init(_ document: FrameworkDocument) {
    framework = document.label
    historical = document.requiresProvenance
    let items = document.provenanceItems
    var groups: [(key: String, items: [ProvenanceItem])] = []
    for item in items {
      let key = Self.label(item.kind, item.aspect)
      if let index = groups.firstIndex(where: { $0.key == key }) {
        groups[index].items.append(item)
      } else {
        groups.append((key, [item]))
      }
    }
    let order = ProvenanceItem.Kind.allCases.flatMap { kind in
      ProvenanceItem.Aspect.allCases.map { Self.label(kind, $0) }
    }
    groups.sort {
      (order.firstIndex(of: $0.key) ?? order.count) < (order.firstIndex(of: $1.key) ?? order.count)
    }
    counts = groups.map { group in
      var byBasis = Dictionary(uniqueKeysWithValues: ProvenanceBasis.allCases.map { ($0, 0) })
      var missing = 0
      for item in group.items {
        if let basis = item.provenance?.basis {
          byBasis[basis, default: 0] += 1
        } else {
          missing += 1
        }
      }
      return Counts(label: group.key, byBasis: byBasis, notCited: missing)
    }
    placeholders = items.filter { $0.provenance?.basis == .placeholder }
    inferredRules = items.filter { $0.provenance?.basis == .inferredRule }
    notCited = items.filter { $0.provenance == nil }
  }

  /// The question counts (every framework with questions has them).
  public var questions: Counts {
    counts.first { $0.label == Self.label(.question, .element) }
      ?? Counts(
        label: Self.label(.question, .element),
        byBasis: Dictionary(uniqueKeysWithValues: ProvenanceBasis.allCases.map { ($0, 0) }),
        notCited: 0)
  }

  /// The number of questions, cited or not.
  public var questionTotal: Int { questions.total }

  /// `questions`, `criterion rules`, `headline memberships`: the plural label of a group.
  static func label(_ kind: ProvenanceItem.Kind, _ aspect: ProvenanceItem.Aspect) -> String {
    switch aspect {
    case .element:
      switch kind {
      case .overallRating: "overall ratings"
      case .criterion: "criteria"
      default: "\(kind.rawValue)s"
      }
    case .rule: "\(kind.rawValue) rules"
    case .membership: "\(kind.rawValue) memberships"
    }
  }
}
