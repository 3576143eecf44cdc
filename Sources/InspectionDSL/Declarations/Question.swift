import InspectionSupport

/// One judgement made per case.
///
/// Answered from the `yes-no` scale unless another is named. A question is relevant to every
/// case unless ``relevant(when:)`` narrows it.
///
/// ```swift
/// Question("2.2.c", "Were MAPPA arrangements used effectively?", themes: "RoH")
///   .relevant(when: .attribute("roh", is: "high", "very high"))
/// Question("2.2.s", "Overall, was enough done to protect the public?", role: .summary)
/// ```
public struct Question: Sendable {
  /// The question id, e.g. `1.2.a`; also the sample column.
  public private(set) var id: String
  /// The question as inspectors read it.
  public let text: String
  /// The answer scale id.
  public let scale: String
  /// The themes the question carries.
  public let themes: [String]
  /// The question's part in its criterion's aggregation.
  public let role: QuestionRole
  /// The question's weight under weighted rules.
  public private(set) var weight: Double?
  /// When the question is relevant; `nil` means always.
  public private(set) var applicability: Applicability?
  /// Guidance for inspectors.
  public let guidance: String?
  /// Where the question was declared.
  public let location: SourceLocation
  /// Where the question comes from, if cited.
  public private(set) var provenance: Citation?
  /// The concepts the question measures, with `.measures(_:_:)`.
  public internal(set) var concepts: [ConceptTag] = []

  /// Declares a question.
  public init(
    _ id: String, _ text: String, scale: String = "yes-no", themes: String...,
    role: QuestionRole = .individual, weight: Double? = nil, guidance: String? = nil,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.id = id
    self.text = text
    self.scale = scale
    self.themes = themes
    self.role = role
    self.weight = weight
    self.guidance = guidance
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  /// The question, relevant only to cases for which `condition` holds.
  ///
  /// Calling it twice requires both conditions.
  public func relevant(when condition: Applicability) -> Question {
    var copy = self
    copy.applicability = applicability.map { $0 && condition } ?? condition
    return copy
  }

  /// The question with a weight, for criteria that weight their questions.
  public func weighted(_ weight: Double) -> Question {
    var copy = self
    copy.weight = weight
    return copy
  }

  /// The question, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// Question("1.1.b", "Was the PSR based on an assessment of the LoR?").from("hertfordshire-2010", at: "Chapter 1, criterion 1.1, Strengths (b)", basis: .printedFigure)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the question rests on, e.g. `.printedFigure` or `.placeholder`.
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

  /// The question, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The question under a new id, its answer conditions following the questions renamed with it.
  ///
  /// For a framework that lists questions declared elsewhere under other ids, such as a second
  /// listing of one report. `newIDs` maps old question ids to new ones: the question takes its
  /// new id, and a condition on the answer to a question named there refers to that question's
  /// new id. Ids not named keep their id; text, scale, themes, role, weight, guidance and location
  /// are kept.
  ///
  /// ```swift
  /// Question("2.5.e", "Was there an acceptable explanation?")
  ///   .relevant(when: .answer("2.5.d", is: "no"))
  ///   .renamed(["2.5.d": "2.4.r", "2.5.e": "2.4.t"])
  /// // 2.4.t, relevant when the answer to 2.4.r is no
  /// ```
  public func renamed(_ newIDs: [String: String]) -> Question {
    var copy = self
    copy.id = newIDs[id] ?? id
    copy.applicability = applicability?.renamingAnswers(newIDs)
    return copy
  }
}

extension Applicability {
  /// The expression with answer conditions on the questions `newIDs` names pointing at their new
  /// ids.
  fileprivate func renamingAnswers(_ newIDs: [String: String]) -> Applicability {
    switch self {
    case .attribute: self
    case .answer(let id, let codes): .answer(newIDs[id] ?? id, in: codes)
    case .all(let terms): .all(terms.map { $0.renamingAnswers(newIDs) })
    case .any(let terms): .any(terms.map { $0.renamingAnswers(newIDs) })
    case .not(let term): .not(term.renamingAnswers(newIDs))
    }
  }
}
