import InspectionSupport

/// Where a declared item comes from: a source the framework declares, the place in it, and
/// the basis the item rests on. Attached with `.from(_:at:basis:)` and its siblings.
///
/// ```swift
/// Question("1.1.b", "Was the PSR based on the required assessment of the LoR?")
///   .from("hertfordshire-2010", at: "Chapter 1, criterion 1.1, Strengths (b)",
///         basis: .printedFigure, quote: "PSRs were based on the required assessment of the LoR in 94% of cases")
/// ```
public struct Citation: Sendable {
  /// The id of a `Source(id: …)` declared in the framework.
  public let source: String
  /// Where in the source, as the source numbers or heads it.
  public let at: String
  /// What the item rests on.
  public let basis: Basis
  /// The source's own words, short.
  public let quote: String?
  /// Anything a reader should know, e.g. what is ours in the item.
  public let note: String?
  /// Where the citation was written.
  public let location: SourceLocation

  /// Declares a citation; items take one through their `.from(…)` modifiers.
  public init(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.source = source
    self.at = at
    self.basis = basis
    self.quote = quote
    self.note = note
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// The citation as the document records it.
  public var provenance: FrameworkDocument.Provenance {
    FrameworkDocument.Provenance(
      source: source, location: at, basis: basis.kind, reproduces: basis.reproduces, quote: quote,
      note: note)
  }
}

/// The basis of a ``Citation``: one of the closed set of ``ProvenanceBasis``, with what an
/// inferred rule reproduces.
///
/// ```swift
/// .printedFigure                                                  // "94% of cases"
/// .printedInWords                                                 // "in less than half of cases"
/// .inferredRule(reproduces: "27 of 27 printed conclusions")       // bands of ours
/// .placeholder                                                    // our wording
/// ```
public struct Basis: Sendable, Hashable {
  /// The basis.
  public let kind: ProvenanceBasis
  /// For an inferred rule, the printed results it reproduces.
  public let reproduces: String?

  private init(_ kind: ProvenanceBasis, reproduces: String? = nil) {
    self.kind = kind
    self.reproduces = reproduces
  }

  /// The source prints the item with a figure (a percentage, a count, a score).
  public static let printedFigure = Basis(.printedFigure)
  /// The source prints the item in words only (a finding without a figure, a heading, labels).
  public static let printedInWords = Basis(.printedInWords)
  /// The item is drawn from the source's prose, not from an item it prints.
  public static let reportProse = Basis(.reportProse)
  /// The item follows a rule the source states.
  public static let statedRule = Basis(.statedRule)
  /// Our wording where the source gives nothing.
  public static let placeholder = Basis(.placeholder)

  /// A rule of ours that reproduces printed results; say which, e.g. `27 of 27 printed
  /// conclusions`.
  public static func inferredRule(reproduces: String) -> Basis {
    Basis(.inferredRule, reproduces: reproduces)
  }

  /// An inferred rule must say what it reproduces.
  @available(
    *, unavailable,
    message:
      "say what the rule reproduces: .inferredRule(reproduces: \"27 of 27 printed conclusions\")"
  )
  public static var inferredRule: Basis { Basis(.inferredRule) }
}
