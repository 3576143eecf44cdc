import InspectionSupport

/// One option of an ``AnswerScale``.
public struct Option: Sendable {
  /// The code recorded in samples.
  public let code: String
  /// The option as inspectors read it.
  public let label: String
  /// Whether the option is sufficient, insufficient or not relevant.
  public let effect: AnswerEffect
  /// Where the option was declared.
  public let location: SourceLocation

  /// Declares an option.
  public init(
    _ code: String, _ label: String, _ effect: AnswerEffect,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) {
    self.code = code
    self.label = label
    self.effect = effect
    self.location = SourceLocation(file: fileID, line: line, column: column)
  }
}

extension Option {
  /// Provenance is cited for the whole scale, not for one of its entries.
  @available(
    *, unavailable,
    message: "cite the whole scale instead: AnswerScale(…) { … }.from(\"id\", at: …, basis: …)"
  )
  public func from(
    _ source: String, at: String, basis: Basis, quote: String? = nil, note: String? = nil
  ) -> Self { self }
}
