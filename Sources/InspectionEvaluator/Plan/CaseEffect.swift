import InspectionSchema

/// What one case's cell counts as for one question: the decision every path of scoring
/// (the tally, the CSV byte path, the evidence kept for comparisons, crosswalk carrying)
/// makes the same way, because it is made in one place, ``ScoringPlan/decide(_:)``.
///
/// A question applies to a case when its applicability condition holds (or it has none). An
/// answer to a question that does not apply is dropped: it is ignored, with a warning, and it
/// counts for no later question's condition either. The rules are set out, with worked
/// examples, in `docs/scoring.md`.
///
/// ```swift
/// plan.decide(item)   // [.sufficient, .notApplicable, .droppedAnswer, .unanswered, …]
/// ```
public enum CaseEffect: UInt8, Hashable, Sendable, CaseIterable {
  /// The question applies and the answer's code is sufficient: numerator and denominator.
  case sufficient
  /// The question applies and the answer's code is insufficient: denominator only.
  case insufficient
  /// The question applies and was answered with a code meaning not relevant (e.g. `na`): out
  /// of the denominator.
  case answeredNotRelevant
  /// The question does not apply and the cell is empty: out of the denominator.
  case notApplicable
  /// The question does not apply but was answered: the answer is dropped (a warning), the case
  /// is out of the denominator, and the answer satisfies no later question's condition.
  case droppedAnswer
  /// The question applies but the cell is empty: an error, or under `--allow-incomplete` the
  /// case leaves the question's denominator and is listed.
  case unanswered
  /// The answer is not a code of the question's scale: an error, whether or not the question
  /// applies.
  case notOnScale

  /// What the cell adds to the question's counts: sufficient, insufficient, not relevant, or
  /// `nil` when the case cannot be counted for the question (unanswered or not on the scale).
  public var effect: AnswerEffect? {
    switch self {
    case .sufficient: .sufficient
    case .insufficient: .insufficient
    case .answeredNotRelevant, .notApplicable, .droppedAnswer: .notRelevant
    case .unanswered, .notOnScale: nil
    }
  }

  /// Whether the answer counts for later questions' conditions: the question applies and the
  /// answer is on its scale.
  public var answerCounts: Bool {
    switch self {
    case .sufficient, .insufficient, .answeredNotRelevant: true
    case .notApplicable, .droppedAnswer, .unanswered, .notOnScale: false
    }
  }
}

extension ScoringPlan {
  /// What each of `item`'s cells counts as, by plan position: the one decision of what a
  /// case means for each question.
  ///
  /// Questions are decided in plan order, so a condition on an earlier answer sees that
  /// answer's decision: an earlier question that did not apply, was left empty, or was
  /// answered off its scale satisfies no answer test (`.answer("2.2.a", is: "yes")` is false,
  /// and its negation true). The case's attribute values are not checked here; the tally
  /// reports undeclared or missing values, which satisfy no attribute test.
  ///
  /// ```swift
  /// // DEMO: roh=low, case_type=licence, 2.2.a=yes, 2.2.b=no
  /// plan.decide(item)[plan.questionIndex["2.2.b"]!]   // .droppedAnswer (2.2.a did not apply)
  /// ```
  public func decide(_ item: SampleCase) -> [CaseEffect] {
    var effects = [CaseEffect](repeating: .notApplicable, count: questions.count)
    decide(attributes: item.attributes, answers: item.answers, into: &effects)
    return effects
  }

  /// ``decide(_:)`` into `effects`, which must hold one entry per question (reused by the
  /// tally so that a case allocates nothing).
  func decide(attributes: [String?], answers: [String?], into effects: inout [CaseEffect]) {
    for index in 0..<min(questions.count, effects.count) {
      let answer = index < answers.count ? answers[index] : nil
      var onScale: AnswerEffect?
      if let answer {
        guard let found = effect(of: answer, question: index) else {
          effects[index] = .notOnScale
          continue
        }
        onScale = found
      }
      let applies =
        conditions[index]?.holds(attributes: attributes, answers: answers, effects: effects)
        ?? true
      guard applies else {
        effects[index] = answer == nil ? .notApplicable : .droppedAnswer
        continue
      }
      switch onScale {
      case .sufficient?: effects[index] = .sufficient
      case .insufficient?: effects[index] = .insufficient
      case .notRelevant?: effects[index] = .answeredNotRelevant
      case nil: effects[index] = .unanswered
      }
    }
  }

  /// Whether question `position` applies to a case with these attribute values and answers,
  /// given the decisions for the earlier questions (``decide(_:)`` makes them; a generator of
  /// cases that answers only questions that apply can make them itself).
  package func applies(
    _ position: Int, attributes: [String?], answers: [String?], decided: [CaseEffect]
  ) -> Bool {
    guard position < conditions.count, let condition = conditions[position] else { return true }
    return condition.holds(attributes: attributes, answers: answers, effects: decided)
  }

  /// What each answer of `item` counts as, by plan position: sufficient, insufficient, not
  /// relevant (by applicability, by the answer, or a dropped answer), or `nil` when a
  /// relevant question has no valid answer. ``decide(_:)``, reduced to counts.
  ///
  /// Comparisons keep these per case for resampling and for carrying evidence across
  /// crosswalks; use it for cases the tally accepted.
  ///
  /// ```swift
  /// let effects = plan.effects(of: item)   // [.sufficient, .notRelevant, nil, …]
  /// ```
  public func effects(of item: SampleCase) -> [AnswerEffect?] {
    decide(item).map(\.effect)
  }
}
