extension FrameworkDocument {
  /// The condition under which question `question` of criterion `criterion` of section
  /// `section` (indices) is relevant to a case: its own condition combined, all of them, with
  /// its criterion's and its section's; `nil` when none of the three has one (always
  /// relevant) or an index is out of range.
  ///
  /// This is the one statement of inherited applicability: the scoring plan compiles it for
  /// every path that counts cases (the tally, the CSV byte path, comparisons, sample
  /// generation), and booklets print it. Conditions are combined outermost first, so an
  /// inherited answer test reads earlier questions exactly as the question's own would.
  ///
  /// ```swift
  /// // Section 2 relevant when disposal is court, question 2.1.b when risk is high:
  /// document.applicabilityInEffect(section: 1, criterion: 0, question: 1)
  /// // .all([.attribute("disposal", in: ["court"]), .attribute("risk", in: ["high"])])
  /// ```
  public func applicabilityInEffect(section: Int, criterion: Int, question: Int)
    -> Applicability?
  {
    guard sections.indices.contains(section),
      sections[section].criteria.indices.contains(criterion),
      sections[section].criteria[criterion].questions.indices.contains(question)
    else { return nil }
    let owner = sections[section]
    let parent = owner.criteria[criterion]
    return Applicability.allOf(
      [owner.applicability, parent.applicability, parent.questions[question].applicability])
  }

  /// The conditions question `question` of criterion `criterion` of section `section`
  /// inherits from its section and criterion, outermost first, with the kind and id of the
  /// element each comes from (`("section", "2", …)`); empty when it inherits none.
  public func inheritedApplicability(section: Int, criterion: Int)
    -> [(kind: String, id: String, condition: Applicability)]
  {
    guard sections.indices.contains(section),
      sections[section].criteria.indices.contains(criterion)
    else { return [] }
    let owner = sections[section]
    let parent = owner.criteria[criterion]
    var inherited: [(kind: String, id: String, condition: Applicability)] = []
    if let condition = owner.applicability { inherited.append(("section", owner.id, condition)) }
    if let condition = parent.applicability {
      inherited.append(("criterion", parent.id, condition))
    }
    return inherited
  }
}

extension Applicability {
  /// The conjunction of the conditions given (`nil` entries mean "always"): `nil` when there
  /// are none, the condition itself when there is one, `.all` of them otherwise.
  public static func allOf(_ conditions: [Applicability?]) -> Applicability? {
    let present = conditions.compactMap { $0 }
    switch present.count {
    case 0: return nil
    case 1: return present[0]
    default: return .all(present)
    }
  }
}
