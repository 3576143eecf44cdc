import InspectionSupport

/// An answer scale: the options a question takes, each above or below the line.
///
/// Questions use the built-in ``yesNo`` scale (id `yes-no`) unless they name another; the
/// compiler adds it to the document when it is used and not declared.
///
/// ```swift
/// AnswerScale("quality", "Quality of work") {
///   Option("good", "Good", .sufficient)
///   Option("adequate", "Adequate", .sufficient)
///   Option("poor", "Poor", .insufficient)
///   Option("na", "Not applicable", .notRelevant)
/// }
/// ```
public struct AnswerScale: FrameworkComponent, Sendable {
  /// The scale id.
  public let id: String
  /// What the scale is.
  public let title: String
  /// The options, in display order.
  public let options: [Option]
  /// Where the scale was declared.
  public let location: SourceLocation
  /// Where the answer scale comes from, if cited.
  public private(set) var provenance: Citation?

  /// Declares an answer scale.
  public init(
    _ id: String, _ title: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column,
    @AnswerScaleBuilder options: () -> [Option]
  ) {
    self.id = id
    self.title = title
    self.options = options()
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }

  public var frameworkElements: [FrameworkElement] { [.answerScale(self)] }

  /// The answer scale, citing `citation`: for one citation shared by several items, or an item rebuilt
  /// from another that keeps its citation.
  public func from(_ citation: Citation) -> Self {
    var copy = self
    copy.provenance = citation
    return copy
  }

  /// The answer scale, citing where it comes from in a declared source.
  ///
  /// ```swift
  /// AnswerScale("quality", "Quality of work") { … }.from("report-2013", at: "Table 2", basis: .printedInWords)
  /// ```
  ///
  /// - Parameters:
  ///   - source: the id of a `Source(id: …)` the framework declares.
  ///   - at: where in the source, as it numbers or heads it.
  ///   - basis: what the answer scale rests on, e.g. `.printedFigure` or `.placeholder`.
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

extension AnswerScale {
  /// The standard scale, id `yes-no` (yes sufficient, no insufficient, na not relevant),
  /// declared explicitly so that it can cite where it comes from.
  ///
  /// The compiler adds the standard scale by itself when a question uses it; a historical
  /// framework declares it, with its provenance, like any other scale.
  ///
  /// ```swift
  /// AnswerScale.yesNo()
  ///   .from("hertfordshire-2010", at: "Appendix 6, Scoring approach", basis: .placeholder,
  ///         note: "The report prints the share of cases judged sufficient; the options are ours.")
  /// ```
  public static func yesNo(
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> AnswerScale {
    let standard = FrameworkDocument.AnswerScale.yesNo
    return AnswerScale(
      standard.id, standard.title, fileID: fileID, line: line, column: column
    ) {
      for option in standard.options {
        Option(
          option.code, option.label, option.effect, fileID: fileID, line: line, column: column)
      }
    }
  }
}
