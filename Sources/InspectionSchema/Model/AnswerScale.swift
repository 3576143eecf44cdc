extension FrameworkDocument {
  /// The options a question can be answered with, each above or below "the line".
  ///
  /// Every scale needs at least one sufficient and one insufficient option. Options marked
  /// ``AnswerEffect/notRelevant`` take a case out of the question's denominator.
  ///
  /// ```swift
  /// AnswerScale.yesNo   // yes = sufficient, no = insufficient, na = not relevant
  /// ```
  public struct AnswerScale: Hashable, Sendable, Codable {
    /// The scale id questions refer to.
    public var id: String
    /// What the scale is, in words.
    public var title: String
    /// The options, in display order.
    public var options: [AnswerOption]
    /// Where the scale (its options and which are above the line) comes from, if recorded.
    public var provenance: Provenance?

    /// Creates an answer scale.
    public init(
      id: String, title: String, options: [AnswerOption], provenance: Provenance? = nil
    ) {
      self.id = id
      self.title = title
      self.options = options
      self.provenance = provenance
    }

    /// The default scale, id `yes-no`: `yes` sufficient, `no` insufficient, `na` not relevant.
    public static let yesNo = AnswerScale(
      id: "yes-no", title: "Yes / No / Not applicable",
      options: [
        AnswerOption(code: "yes", label: "Yes", effect: .sufficient),
        AnswerOption(code: "no", label: "No", effect: .insufficient),
        AnswerOption(code: "na", label: "Not applicable", effect: .notRelevant),
      ])

    /// The option with `code`, if the scale has one.
    public func option(_ code: String) -> AnswerOption? {
      options.first { $0.code == code }
    }
  }

  /// One option of an answer scale.
  public struct AnswerOption: Hashable, Sendable, Codable {
    /// The code recorded in samples, e.g. `yes`.
    public var code: String
    /// The option as inspectors read it.
    public var label: String
    /// Whether the option is above the line, below it, or takes the case out.
    public var effect: AnswerEffect

    /// Creates an answer option.
    public init(code: String, label: String, effect: AnswerEffect) {
      self.code = code
      self.label = label
      self.effect = effect
    }
  }
}
