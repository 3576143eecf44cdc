import InspectionSchema

extension ScoringPlan {
  /// What each answer of `item` counts as, by plan position: sufficient, insufficient, not
  /// relevant (by applicability or by the answer), or `nil` when a relevant question has no
  /// valid answer.
  ///
  /// It applies exactly the rules ``SampleTally`` applies, without checking the case; use it
  /// for cases the tally accepted (comparisons keep these per case for resampling and for
  /// carrying evidence across crosswalks).
  ///
  /// ```swift
  /// let effects = plan.effects(of: item)   // [.sufficient, .notRelevant, nil, …]
  /// ```
  public func effects(of item: SampleCase) -> [AnswerEffect?] {
    questions.map { planned in
      let index = planned.position
      let relevant =
        planned.condition?.holds(attributes: item.attributes, answers: item.answers) ?? true
      guard relevant else { return .notRelevant }
      let answer = index < item.answers.count ? item.answers[index] : nil
      return answer.flatMap { planned.effects[$0] }
    }
  }
}
