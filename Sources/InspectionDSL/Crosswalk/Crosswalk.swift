import InspectionSupport

/// A crosswalk declared in Swift: what the shared concepts of two frameworks do not say.
///
/// `from` and `to` name frameworks as the CLI does (`OMI2`, `OMI@2008`). When both frameworks
/// tag their items against one concept catalog, the compiler derives the mappings from the
/// concepts they share (`inspect crosswalk show A B`); the entries here add a mapping
/// (``Map``), refine a derived one (a ``Map`` of the same pair), remove one (``Veto``), say why
/// a target question is unmapped (``NoCounterpart``) or set two items on one row (``Align``),
/// each with a reason citing where the two reports say so. Between frameworks without shared
/// concepts the entries are the whole crosswalk. The compiler checks every id against both
/// frameworks and records their fingerprints.
///
/// ```swift
/// let omiToOMI2 = Crosswalk(from: "OMI@2008", to: "OMI2") {
///   Map("1.2.a", to: "1.2.a", .equal,
///       because: "Both print the share of cases with a RoSH screening at the start",
///       cites: .from("westmercia-2008", at: "General criterion 1.2, Strengths (a)"),
///              .to("hertfordshire-2010", at: "General criterion 1.2, Strengths (a)"))
/// }
/// ```
public struct Crosswalk: Sendable {
  /// The source framework, `id` or `id@version`.
  public let from: String
  /// The target framework, `id` or `id@version`.
  public let to: String
  /// What the crosswalk is for.
  public let title: String?
  /// The entries, in declaration order.
  public let entries: [CrosswalkEntry]
  /// Where the crosswalk was declared.
  public let location: SourceLocation

  /// Declares a crosswalk from framework `from` to framework `to`.
  public init(
    from: String, to: String, title: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @CrosswalkBuilder _ content: () -> [CrosswalkEntry]
  ) {
    self.from = from
    self.to = to
    self.title = title
    self.entries = content()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// The mappings, in declaration order.
  public var maps: [Map] {
    entries.compactMap { if case .map(let map) = $0 { map } else { nil } }
  }

  /// The vetoes, in declaration order.
  public var vetoes: [Veto] {
    entries.compactMap { if case .veto(let veto) = $0 { veto } else { nil } }
  }

  /// The reasons given for unmapped target questions, in declaration order.
  public var noCounterparts: [NoCounterpart] {
    entries.compactMap { if case .noCounterpart(let entry) = $0 { entry } else { nil } }
  }

  /// The alignments of items, in declaration order.
  public var alignments: [Align] {
    entries.compactMap { if case .align(let align) = $0 { align } else { nil } }
  }
}
