import InspectionSupport

/// Takes a declared subset of another framework's questions: that framework is the question
/// bank, this one asks some of its questions, word for word.
///
/// One case assessment tool can serve several programmes. HMI Probation's youth inspections of
/// 2012–15 used one tool for the Full Joint Inspection and the Short Quality Screening, "with
/// SQS using a subset of the questions". Declare the bank once, as a framework, and the subset
/// as a framework that names what it takes:
///
/// ```swift
/// Framework("SQS", version: "2012.2", title: "Short Quality Screening") {
///   Historical()
///   Source(id: "programme-page", …)
///   Subset(of: FrameworkCatalog.fji2013Revised, "1", "2", "3", "4")
///     .excluding("1.5", "2.6", "3.6", "4.2")
///     .from("programme-page", at: "Inspection of Youth Offending Work", basis: .statedRule,
///           quote: "with SQS using a subset of the questions")
///   Headline("LoR", "Reducing the likelihood of reoffending", theme: "LoR", sections: "1")
/// }
/// ```
///
/// Each id names a section, criterion or question of the bank, taken whole; `excluding` leaves
/// criteria or questions out of what was taken. The compiler copies the bank's sections,
/// criteria and questions in the bank's order, with their rules, weights, applicability and
/// citations, plus the bank's case attributes and the themes and answer scales the questions
/// use; the framework adds its own sources, headlines, scales and notes. Its document records
/// the bank by id, version and fingerprint (`subsetOf`). A framework takes at most one subset,
/// and the bank must be declared directly, not derived. Problems are reported at the `Subset`
/// line: an unknown id (IK0198), an id taken twice or a question that depends on one left out
/// (IK0199), a bank that does not compile (IK0197).
public struct Subset: FrameworkComponent, Sendable {
  /// Held in an array so that a framework can contain a framework.
  private let bankStorage: [Framework]
  /// The ids of the bank's sections, criteria and questions taken whole, as written.
  public let selected: [String]
  /// The ids of criteria and questions left out of what `selected` takes.
  public private(set) var excluded: [String] = []
  /// Where the subset was declared.
  public let location: SourceLocation
  /// Where the subset relation comes from, if cited.
  public private(set) var provenance: Citation?

  /// The framework whose questions this one takes.
  public var bank: Framework {
    // `bankStorage` always holds exactly one framework: the initialiser puts it there.
    bankStorage[0]
  }

  /// Takes the sections, criteria or questions `ids` of `bank`, each whole.
  public init(
    of bank: Framework, _ ids: String..., fileID: String = #fileID, line: Int = #line,
    column: Int = #column
  ) {
    self.bankStorage = [bank]
    self.selected = ids
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.subset(self)] }

  /// The subset, leaving the criteria or questions `ids` out of what it takes.
  ///
  /// ```swift
  /// Subset(of: bank, "1", "2").excluding("1.5", "2.6")
  /// ```
  public func excluding(_ ids: String...) -> Self {
    var copy = self
    copy.excluded += ids
    return copy
  }

  /// The subset, citing `citation`.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The subset, citing where the subset relation comes from in a declared source.
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the relation rests on, e.g. `.statedRule` when the source says so.
  ///   - quote: the source's own words, short.
  ///   - note: anything a reader should know, e.g. what is ours.
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Self {
    var copy = self
    copy.provenance = Citation(
      source, at: at, basis: basis, quote: quote, note: note, fileID: fileID, line: line,
      column: column)
    return copy
  }
}
