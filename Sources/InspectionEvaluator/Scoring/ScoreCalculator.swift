import InspectionSchema

/// Computes every score above the questions from tallied counts, by the framework's rules.
///
/// The rules are those of `SCORING.md`: undefined questions (nothing relevant) are left out
/// of every mean above them; the individual/summary rule falls back to the mean of individual
/// questions when the summary is undefined, and to the summary when every individual question
/// is; an item with nothing defined below it is undefined, never 0. Because it works from
/// counts, merged partial tallies give exactly the scores of the combined sample.
///
/// ```swift
/// let result = ScoreCalculator(plan: plan).result(from: tally.finish(), judgements: [:])
/// ```
public struct ScoreCalculator: Sendable {
  /// The plan scored against.
  public let plan: ScoringPlan

  /// Creates a calculator.
  public init(plan: ScoringPlan) { self.plan = plan }

  private var document: FrameworkDocument { plan.document }
  private var decimals: Int { document.presentation.displayDecimals }
  private var minimum: Int { document.presentation.minimumRelevantCases }

  /// Scores everything from `summary`, with `judgements` recorded by item id.
  public func result(
    from summary: TallySummary, judgements: [String: RecordedJudgement] = [:]
  ) -> ScoreResult {
    let questions = plan.questions.map { planned in
      let tally =
        planned.position < summary.questions.count
        ? summary.questions[planned.position] : QuestionTally()
      let criterion = document.sections[planned.section].criteria[planned.criterion]
      return QuestionScore(
        id: planned.question.id, text: planned.question.text, criterion: criterion.id,
        tally: tally, smallSample: tally.relevant > 0 && tally.relevant < minimum)
    }
    let scoreByQuestion = Dictionary(
      questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

    var criteria: [ItemScore] = []
    var sections: [ItemScore] = []
    for section in document.sections {
      var criterionScores: [(criterion: FrameworkDocument.Criterion, score: ItemScore)] = []
      for criterion in section.criteria {
        let members = criterion.questions.compactMap { scoreByQuestion[$0.id] }
        let (value, derivation) = criterionValue(criterion, members)
        var score = item(
          id: criterion.id, title: criterion.title, kind: .criterion, value: value,
          derivation: derivation, grade: criterion.gradeScale, judgement: criterion.judgementScale,
          small: members.contains { $0.smallSample && $0.percent != nil }, judgements: judgements)
        score.parent = section.id
        criteria.append(score)
        criterionScores.append((criterion, score))
      }
      let members = section.criteria.flatMap { $0.questions.compactMap { scoreByQuestion[$0.id] } }
      let (value, derivation) = sectionValue(section, criterionScores, members)
      sections.append(
        item(
          id: section.id, title: section.title, kind: .section, value: value,
          derivation: derivation, grade: section.gradeScale, judgement: section.judgementScale,
          small: criterionScores.contains { $0.score.smallSample }, judgements: judgements))
    }

    let headlines = document.headlines.map { headline in
      let members = document.sections
        .filter { headline.sections.isEmpty || headline.sections.contains($0.id) }
        .flatMap { $0.criteria.flatMap(\.questions) }
        .filter { $0.themes.contains(headline.theme) }
        .compactMap { scoreByQuestion[$0.id] }
      let (value, derivation) =
        headline.rule == .pooledQuestions
        ? pooled(members, what: "questions carrying theme '\(headline.theme)'")
        : mean(members, what: "questions carrying theme '\(headline.theme)'")
      return item(
        id: headline.id, title: headline.title, kind: .headline, value: value,
        derivation: derivation, grade: headline.gradeScale, judgement: headline.judgementScale,
        small: members.contains { $0.smallSample && $0.percent != nil }, judgements: judgements)
    }

    let scored = criteria + sections + headlines
    let byID = Dictionary(scored.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let overall = document.overall.map { rating in
      var derivation = [
        "\(rating.id) = sum of the points of \(rating.items.joined(separator: ", "))"
      ]
      var total = 0.0
      var complete = true
      for id in rating.items {
        let member = byID[id]
        // A recorded judgement counts; otherwise the computed band.
        if let points = member?.judgement?.label != nil
          ? member?.judgement?.points : member?.band?.points
        {
          total += points
          let source =
            member?.judgement?.label != nil
            ? "judgement '\(member?.judgement?.labelText ?? "")'"
            : "band '\(member?.band?.label ?? "")'"
          let unit = points == 1 ? "point" : "points"
          derivation.append("  \(id): \(source) → \(DisplayRounding.plain(points)) \(unit)")
        } else {
          complete = false
          derivation.append("  \(id): no band or judgement with points → the rating is undefined")
        }
      }
      let value: Double? = complete ? total : nil
      derivation.append("  = \(value.map(DisplayRounding.plain) ?? "undefined")")
      return item(
        id: rating.id, title: rating.title, kind: .overall, value: value, derivation: derivation,
        grade: rating.gradeScale, judgement: nil,
        small: rating.items.contains { byID[$0]?.smallSample ?? false }, judgements: judgements,
        isPoints: true)
    }

    return ScoreResult(
      framework: FrameworkIdentity(
        id: document.id, version: document.version, title: document.title,
        fingerprint: plan.fingerprint),
      sample: SampleSummary(
        fingerprint: summary.fingerprint, cases: summary.cases, scored: summary.scored,
        excluded: summary.excluded, incomplete: summary.incomplete),
      questions: questions, criteria: criteria, sections: sections, headlines: headlines,
      overall: overall, warnings: [], displayDecimals: decimals,
      minimumRelevantCases: minimum)
  }

  // MARK: Rules

  private func criterionValue(
    _ criterion: FrameworkDocument.Criterion, _ members: [QuestionScore]
  ) -> (Double?, [String]) {
    let what = "questions of criterion \(criterion.id)"
    switch criterion.rule {
    case .individualSummary(let individualShare, let summaryShare):
      let roles = Dictionary(
        criterion.questions.map { ($0.id, $0.role) }, uniquingKeysWith: { first, _ in first })
      let individual = members.filter { roles[$0.id] != .summary }
      let summary = members.first { roles[$0.id] == .summary }
      let (individualMean, individualTerms) = mean(individual, what: "individual questions")
      var derivation = individualTerms
      let summaryText = summary.map { "\($0.id) \(format($0.percent))" } ?? "none"
      derivation.append("summary question: \(summaryText)")
      switch (individualMean, summary?.percent) {
      case (let i?, let s?):
        let value = individualShare * i + summaryShare * s
        derivation.append(
          "\(criterion.id) = \(DisplayRounding.plain(individualShare)) × \(format(i)) + "
            + "\(DisplayRounding.plain(summaryShare)) × \(format(s)) = \(format(value))")
        return (value, derivation)
      case (let i?, nil):
        derivation.append(
          "\(criterion.id) = mean of individual questions = \(format(i)) (summary undefined)")
        return (i, derivation)
      case (nil, let s?):
        derivation.append(
          "\(criterion.id) = summary = \(format(s)) (every individual question undefined)")
        return (s, derivation)
      case (nil, nil):
        derivation.append("\(criterion.id) is undefined: no question has a relevant case")
        return (nil, derivation)
      }
    case .weightedQuestions:
      let weights = Dictionary(
        criterion.questions.map { ($0.id, $0.weight ?? 1) }, uniquingKeysWith: { first, _ in first }
      )
      return weighted(members.map { ($0.id, $0.percent, weights[$0.id] ?? 1) }, what: what)
    case .minimumOfKeyQuestions:
      let keys = Set(criterion.questions.filter { $0.role == .key }.map(\.id))
      let defined = members.filter { keys.contains($0.id) && $0.percent != nil }
      var derivation = [
        "key questions: "
          + members.filter { keys.contains($0.id) }
          .map { "\($0.id) \(format($0.percent))" }.joined(separator: ", ")
      ]
      guard let lowest = defined.min(by: { ($0.percent ?? 0) < ($1.percent ?? 0) }),
        let value = lowest.percent
      else {
        derivation.append("\(criterion.id) is undefined: no key question has a relevant case")
        return (nil, derivation)
      }
      derivation.append("\(criterion.id) = lowest key question (\(lowest.id)) = \(format(value))")
      return (value, derivation)
    case .pooledQuestions:
      return pooled(members, what: what)
    default:
      return mean(members, what: what)
    }
  }

  private func sectionValue(
    _ section: FrameworkDocument.Section,
    _ criteria: [(criterion: FrameworkDocument.Criterion, score: ItemScore)],
    _ questions: [QuestionScore]
  ) -> (Double?, [String]) {
    switch section.rule {
    case .pooledQuestions:
      return pooled(questions, what: "questions of section \(section.id)")
    case .weightedCriteria:
      return weighted(
        criteria.map { ($0.score.id, $0.score.value, $0.criterion.weight ?? 1) },
        what: "criteria of section \(section.id)")
    default:
      let terms = criteria.map { ($0.score.id, $0.score.value) }
      return meanOf(terms, what: "criteria of section \(section.id)")
    }
  }

  private func mean(_ questions: [QuestionScore], what: String) -> (Double?, [String]) {
    meanOf(questions.map { ($0.id, $0.percent) }, what: what)
  }

  private func meanOf(_ terms: [(String, Double?)], what: String) -> (Double?, [String]) {
    let defined = terms.compactMap { $0.1 }
    var derivation = [
      "mean of \(what): " + terms.map { "\($0.0) \(format($0.1))" }.joined(separator: ", ")
    ]
    guard !defined.isEmpty else {
      derivation.append("undefined: nothing below it is defined")
      return (nil, derivation)
    }
    let value = defined.reduce(0, +) / Double(defined.count)
    derivation.append(
      "= (\(defined.map(format).joined(separator: " + ")))"
        + " ÷ \(defined.count) = \(format(value))")
    return (value, derivation)
  }

  private func weighted(_ terms: [(String, Double?, Double)], what: String) -> (Double?, [String]) {
    let defined = terms.compactMap { term in term.1.map { (term.0, $0, term.2) } }
    let totalWeight = defined.reduce(0) { $0 + $1.2 }
    var derivation = [
      "weighted mean of \(what): "
        + terms.map { "\($0.0) \(format($0.1)) × \(DisplayRounding.plain($0.2))" }
        .joined(separator: ", ")
    ]
    guard totalWeight > 0 else {
      derivation.append("undefined: no defined score carries weight")
      return (nil, derivation)
    }
    let value = defined.reduce(0) { $0 + $1.1 * $1.2 } / totalWeight
    derivation.append(
      "= ("
        + defined.map { "\(format($0.1)) × \(DisplayRounding.plain($0.2))" }
        .joined(separator: " + ") + ") ÷ \(DisplayRounding.plain(totalWeight)) = \(format(value))")
    return (value, derivation)
  }

  private func pooled(_ questions: [QuestionScore], what: String) -> (Double?, [String]) {
    let sufficient = questions.reduce(0) { $0 + $1.tally.sufficient }
    let relevant = questions.reduce(0) { $0 + $1.tally.relevant }
    var derivation = [
      "pooled over \(what): "
        + questions.map {
          "\($0.id) \($0.tally.sufficient)/\($0.tally.relevant)"
        }.joined(separator: ", ")
    ]
    guard relevant > 0 else {
      derivation.append("undefined: no relevant case")
      return (nil, derivation)
    }
    let value = Double(sufficient) / Double(relevant) * 100
    derivation.append("= \(sufficient) ÷ \(relevant) = \(format(value))")
    return (value, derivation)
  }

  // MARK: Bands and judgements

  private func item(
    id: String, title: String, kind: ItemKind, value: Double?, derivation: [String],
    grade: String?, judgement: String?, small: Bool, judgements: [String: RecordedJudgement],
    isPoints: Bool = false
  ) -> ItemScore {
    var derivation = derivation
    let assigned = grade.flatMap { self.band(for: value, scale: $0) }
    if let assigned, let value {
      let scale = document.gradeScales.first { $0.id == assigned.scale }
      let basis =
        scale?.basis == .displayed
        ? "displayed value \(DisplayRounding.format(value, decimals: decimals))"
        : "raw value \(format(value, points: isPoints))"
      derivation.append("band on \(basis) → '\(assigned.label)' (\(assigned.scale))")
    }
    return ItemScore(
      id: id, title: title, kind: kind, parent: nil, value: value, band: assigned,
      judgement: judgement.map {
        outcome(item: id, scale: $0, value: value, judgements: judgements)
      },
      smallSample: small, derivation: derivation)
  }

  private func band(for value: Double?, scale id: String) -> BandOutcome? {
    guard let value, let scale = document.gradeScales.first(where: { $0.id == id }),
      let band = scale.band(for: value, displayDecimals: decimals)
    else { return nil }
    return BandOutcome(scale: id, id: band.id, label: band.label, points: band.points)
  }

  private func outcome(
    item: String, scale id: String, value: Double?, judgements: [String: RecordedJudgement]
  ) -> JudgementOutcome {
    let scale = document.judgementScales.first { $0.id == id }
    let recorded = judgements[item]
    let label = recorded.flatMap { scale?.label($0.label) }
    return JudgementOutcome(
      item: item, scale: id, label: label?.id, labelText: label?.label,
      rationale: recorded?.rationale, points: label?.points,
      advisory: scale?.advisory.flatMap { band(for: value, scale: $0) })
  }

  private func format(_ value: Double?) -> String {
    value.map { format($0) } ?? "undefined"
  }

  private func format(_ value: Double, points: Bool = false) -> String {
    points ? DisplayRounding.plain(value) : DisplayRounding.format(value, decimals: 2) + "%"
  }
}

/// A judgement as recorded by inspectors: the item, the label and why.
public struct RecordedJudgement: Hashable, Sendable, Codable {
  /// The judged item's id.
  public var item: String
  /// The label's id (or its published text).
  public var label: String
  /// Why the inspectors judged so.
  public var rationale: String

  /// Creates a recorded judgement.
  public init(item: String, label: String, rationale: String) {
    self.item = item
    self.label = label
    self.rationale = rationale
  }
}
