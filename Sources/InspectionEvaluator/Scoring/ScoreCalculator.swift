import InspectionSchema
import InspectionSupport

/// Computes every score above the questions from tallied counts, by the framework's rules,
/// exactly.
///
/// The rules are set out with worked examples in `docs/scoring.md`: undefined questions
/// (nothing relevant) are left out of every mean above them; the individual/summary rule falls
/// back to the mean of individual questions when the summary is undefined, and to the summary
/// when every individual question is; an item with nothing defined below it is undefined,
/// never 0. Every value is a ``Rational`` computed from the counts, so a score exactly on a
/// band's bound is banded by the declared rule, and merged partial tallies give exactly the
/// scores of the combined sample. Each item carries its ``ScoreDerivation`` as data;
/// `InspectionReports` words it.
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
    var scoreByQuestion: [String: QuestionScore] = [:]
    scoreByQuestion.reserveCapacity(questions.count)
    for score in questions where scoreByQuestion[score.id] == nil {
      scoreByQuestion[score.id] = score
    }
    /// Whether any of the questions `ids` is defined on a small sample.
    func small(_ ids: [String]) -> Bool {
      ids.contains { id in scoreByQuestion[id].map { $0.smallSample && $0.percent != nil } ?? false
      }
    }

    var criteria: [ItemScore] = []
    criteria.reserveCapacity(document.sections.reduce(0) { $0 + $1.criteria.count })
    var sections: [ItemScore] = []
    sections.reserveCapacity(document.sections.count)
    for section in document.sections {
      var criterionScores: [(criterion: FrameworkDocument.Criterion, score: ItemScore)] = []
      criterionScores.reserveCapacity(section.criteria.count)
      for criterion in section.criteria {
        let members = criterion.questions.compactMap { scoreByQuestion[$0.id] }
        let derivation = criterionDerivation(criterion, members)
        var score = item(
          id: criterion.id, title: criterion.title, kind: .criterion, derivation: derivation,
          grade: criterion.gradeScale, judgement: criterion.judgementScale,
          small: small(derivation.usedIDs), judgements: judgements,
          override: criterion.override)
        score.parent = section.id
        criteria.append(score)
        criterionScores.append((criterion, score))
      }
      if section.isGrouping {
        sections.append(grouping(section))
        continue
      }
      let derivation = sectionDerivation(section, criterionScores) {
        section.criteria.flatMap { $0.questions.compactMap { scoreByQuestion[$0.id] } }
      }
      let usedCriteria = Set(derivation.usedIDs)
      let sectionSmall =
        section.rule == .pooledQuestions
        ? small(derivation.usedIDs)
        : criterionScores.contains { usedCriteria.contains($0.score.id) && $0.score.smallSample }
      sections.append(
        item(
          id: section.id, title: section.title, kind: .section, derivation: derivation,
          grade: section.gradeScale, judgement: section.judgementScale, small: sectionSmall,
          judgements: judgements, override: section.override))
    }

    let headlines = document.headlines.map { headline in
      // The questions carrying the theme in the sections it covers (every section when it
      // names none), in document order.
      var members: [QuestionScore] = []
      for section in document.sections
      where headline.sections.isEmpty || headline.sections.contains(section.id) {
        for criterion in section.criteria {
          for question in criterion.questions where question.themes.contains(headline.theme) {
            if let score = scoreByQuestion[question.id] { members.append(score) }
          }
        }
      }
      let scope = ScoreDerivation.Scope.questionsWithTheme(headline.theme)
      let derivation: ScoreDerivation =
        headline.rule == .pooledQuestions
        ? .pooled(pooled(members, scope: scope)) : .mean(mean(members, scope: scope))
      return item(
        id: headline.id, title: headline.title, kind: .headline, derivation: derivation,
        grade: headline.gradeScale, judgement: headline.judgementScale,
        small: small(derivation.usedIDs), judgements: judgements)
    }

    let scored = [criteria, sections.filter { !$0.isGrouping }, headlines]
    // The first item with `id`, criteria before sections before headlines.
    func scoredItem(_ id: String) -> ItemScore? {
      for items in scored {
        if let found = items.first(where: { $0.id == id }) { return found }
      }
      return nil
    }
    let overall = document.overall.map { rating in
      let terms = rating.items.map { id in pointsTerm(id, scoredItem(id)) }
      var total: Rational? = .zero
      for term in terms { total = total.flatMap { sum in term.points.map { sum + $0 } } }
      let derivation = ScoreDerivation.sumOfPoints(
        .init(rating: rating.id, terms: terms, value: total))
      return item(
        id: rating.id, title: rating.title, kind: .overall, derivation: derivation,
        grade: rating.gradeScale, judgement: nil,
        small: rating.items.contains { scoredItem($0)?.smallSample ?? false },
        judgements: judgements, isPoints: true)
    }

    return ScoreResult(
      framework: FrameworkIdentity(
        id: document.id, version: document.version, title: document.title,
        fingerprint: plan.fingerprint),
      sample: SampleSummary(
        fingerprint: summary.fingerprint, cases: summary.cases, scored: summary.scored,
        excluded: summary.excluded, incomplete: summary.incomplete, metadata: summary.metadata),
      questions: questions, criteria: criteria, sections: sections, headlines: headlines,
      overall: overall, warnings: [], displayDecimals: decimals,
      minimumRelevantCases: minimum)
  }

  // MARK: Rules

  private func criterionDerivation(
    _ criterion: FrameworkDocument.Criterion, _ members: [QuestionScore]
  ) -> ScoreDerivation {
    // What a dictionary of the criterion's questions by id, keeping the first, would give.
    func question(_ id: String) -> FrameworkDocument.Question? {
      criterion.questions.first { $0.id == id }
    }
    switch criterion.rule {
    case .individualSummary(let individualShare, let summaryShare):
      let individual = mean(
        members.filter { question($0.id)?.role != .summary }, scope: .individualQuestions)
      let summary = members.first { question($0.id)?.role == .summary }
      let summaryTerm = summary.map { ScoreDerivation.Term(id: $0.id, value: $0.exactPercent) }
      let shares = (Self.exact(individualShare), Self.exact(summaryShare))
      let value: Rational? =
        switch (individual.value, summaryTerm?.value) {
        case (let i?, let s?): shares.0 * i + shares.1 * s
        case (let i?, nil): i
        case (nil, let s?): s
        case (nil, nil): nil
        }
      return .individualSummary(
        .init(
          criterion: criterion.id, individual: individual, summary: summaryTerm,
          individualShare: shares.0, summaryShare: shares.1, value: value))
    case .weightedQuestions:
      return .weightedMean(
        weighted(
          members.map {
            .init(
              id: $0.id, value: $0.exactPercent, weight: Self.exact(question($0.id)?.weight ?? 1))
          }, scope: .questionsOfCriterion(criterion.id)))
    case .minimumOfKeyQuestions:
      let keys = members.filter { member in
        criterion.questions.contains { $0.role == .key && $0.id == member.id }
      }.map { ScoreDerivation.Term(id: $0.id, value: $0.exactPercent) }
      var lowest: ScoreDerivation.Term?
      for key in keys {
        guard let value = key.value else { continue }
        if let current = lowest?.value, !(value < current) { continue }
        lowest = key
      }
      return .lowestKeyQuestion(
        .init(criterion: criterion.id, keys: keys, lowest: lowest?.id, value: lowest?.value))
    case .pooledQuestions:
      return .pooled(pooled(members, scope: .questionsOfCriterion(criterion.id)))
    default:
      return .mean(mean(members, scope: .questionsOfCriterion(criterion.id)))
    }
  }

  /// `questions` gives the section's question scores; only the pooled rule needs them.
  private func sectionDerivation(
    _ section: FrameworkDocument.Section,
    _ criteria: [(criterion: FrameworkDocument.Criterion, score: ItemScore)],
    questions: () -> [QuestionScore]
  ) -> ScoreDerivation {
    switch section.rule {
    case .pooledQuestions:
      return .pooled(pooled(questions(), scope: .questionsOfSection(section.id)))
    case .weightedCriteria:
      return .weightedMean(
        weighted(
          criteria.map {
            .init(
              id: $0.score.id, value: $0.score.exact, weight: Self.exact($0.criterion.weight ?? 1))
          }, scope: .criteriaOfSection(section.id)))
    default:
      return .mean(
        meanOf(
          criteria.map { .init(id: $0.score.id, value: $0.score.exact) },
          scope: .criteriaOfSection(section.id)))
    }
  }

  private func mean(_ questions: [QuestionScore], scope: ScoreDerivation.Scope)
    -> ScoreDerivation.Mean
  {
    meanOf(questions.map { .init(id: $0.id, value: $0.exactPercent) }, scope: scope)
  }

  private func meanOf(_ terms: [ScoreDerivation.Term], scope: ScoreDerivation.Scope)
    -> ScoreDerivation.Mean
  {
    var total = Rational.zero
    var count = 0
    for value in terms.lazy.compactMap(\.value) {
      total = total + value
      count += 1
    }
    let value = count > 0 ? total.dividing(by: Rational(count)) : nil
    return .init(scope: scope, terms: terms, value: value)
  }

  private func weighted(_ terms: [ScoreDerivation.Term], scope: ScoreDerivation.Scope)
    -> ScoreDerivation.WeightedMean
  {
    var totalWeight = Rational.zero
    var weightedTotal = Rational.zero
    for term in terms {
      guard let value = term.value, let weight = term.weight else { continue }
      totalWeight = totalWeight + weight
      weightedTotal = weightedTotal + value * weight
    }
    // No defined score carrying weight (Σ weight ≤ 0, which a valid framework only reaches
    // with zero weights): undefined.
    let value = Rational.zero < totalWeight ? weightedTotal.dividing(by: totalWeight) : nil
    return .init(scope: scope, terms: terms, totalWeight: totalWeight, value: value)
  }

  private func pooled(_ questions: [QuestionScore], scope: ScoreDerivation.Scope)
    -> ScoreDerivation.Pooled
  {
    var sufficient = 0
    var relevant = 0
    var overflow = false
    for question in questions {
      let (s, o1) = sufficient.addingReportingOverflow(question.tally.sufficient)
      let (r, o2) = relevant.addingReportingOverflow(question.tally.relevant)
      (sufficient, relevant) = (s, r)
      overflow = overflow || o1 || o2
    }
    let value =
      overflow || relevant <= 0 ? nil : Rational(sufficient, relevant).map { $0 * .hundred }
    return .init(
      scope: scope,
      terms: questions.map {
        .init(id: $0.id, sufficient: $0.tally.sufficient, relevant: $0.tally.relevant)
      }, sufficient: sufficient, relevant: relevant, value: value)
  }

  /// Where overall-rating item `id` takes its points from: a recorded judgement when the item
  /// has a judgement scale (and nothing else: without one the rating is undefined, for an
  /// advisory or computed band does not stand in for a judgement), a recorded override when
  /// the item is overridable and overridden, its computed band otherwise.
  private func pointsTerm(_ id: String, _ member: ItemScore?) -> ScoreDerivation.PointsTerm {
    if let judgement = member?.judgement {
      guard let label = judgement.labelText, judgement.label != nil else {
        let band = member?.band?.label ?? judgement.advisory?.label
        return .init(id: id, source: .judgementMissing(band: band), points: nil)
      }
      return .init(id: id, source: .judgement(label), points: judgement.exactPoints)
    }
    if let override = member?.override, let band = override.band {
      return .init(
        id: id, source: .override(band.label, computed: override.computed?.label),
        points: band.exactPoints)
    }
    if let band = member?.band {
      return .init(id: id, source: .band(band.label), points: band.exactPoints)
    }
    return .init(id: id, source: .none, points: nil)
  }

  /// A declared weight, share or number of points as the exact decimal it was written as
  /// (a non-finite one, which validation refuses, counts as 0).
  static func exact(_ value: Double) -> Rational { Rational(decimal: value) ?? .zero }

  // MARK: Bands and judgements

  /// A section declared as a grouping only: its title, and no score, band or judgement.
  private func grouping(_ section: FrameworkDocument.Section) -> ItemScore {
    var score = ItemScore(
      id: section.id, title: section.title, kind: .section, parent: nil, exact: nil, band: nil,
      judgement: nil, smallSample: false,
      derivation: .mean(.init(scope: .criteriaOfSection(section.id), terms: [], value: nil)),
      banding: nil)
    score.isGrouping = true
    return score
  }

  private func item(
    id: String, title: String, kind: ItemKind, derivation: ScoreDerivation,
    grade: String?, judgement: String?, small: Bool, judgements: [String: RecordedJudgement],
    override: OverridePolicy? = nil, isPoints: Bool = false
  ) -> ItemScore {
    let value = derivation.value
    let assigned = grade.flatMap { self.band(for: value, scale: $0) }
    var banding: BandDerivation?
    if let assigned, let value,
      let scale = document.gradeScales.first(where: { $0.id == assigned.scale })
    {
      banding = BandDerivation(
        basis: scale.basis, banded: scale.bandedValue(value, displayDecimals: decimals),
        isPoints: isPoints, label: assigned.label, scale: assigned.scale)
    }
    var score = ItemScore(
      id: id, title: title, kind: kind, parent: nil, exact: value, band: assigned,
      judgement: judgement.map {
        outcome(item: id, scale: $0, value: value, judgements: judgements)
      },
      smallSample: small, derivation: derivation, banding: banding)
    // An override needs a computed band to stand beside: a grade scale, no judgement scale
    // (the compiler checks; an unchecked document is not overridden).
    if let override, let grade, judgement == nil {
      let recorded = judgements[id]
      let scale = document.gradeScales.first { $0.id == grade }
      let band = recorded.flatMap { scale?.band(named: $0.label) }.map {
        BandOutcome(scale: grade, id: $0.id, label: $0.label, points: $0.points)
      }
      score.override = OverrideOutcome(
        item: id, policy: override, computed: assigned, band: band,
        rationale: band == nil ? nil : recorded?.rationale,
        location: band == nil ? nil : recorded?.location)
    }
    return score
  }

  private func band(for value: Rational?, scale id: String) -> BandOutcome? {
    guard let value, let scale = document.gradeScales.first(where: { $0.id == id }),
      let band = scale.band(for: value, displayDecimals: decimals)
    else { return nil }
    return BandOutcome(scale: id, id: band.id, label: band.label, points: band.points)
  }

  private func outcome(
    item: String, scale id: String, value: Rational?, judgements: [String: RecordedJudgement]
  ) -> JudgementOutcome {
    let scale = document.judgementScales.first { $0.id == id }
    let recorded = judgements[item]
    let label = recorded.flatMap { scale?.label($0.label) }
    return JudgementOutcome(
      item: item, scale: id, label: label?.id, labelText: label?.label,
      rationale: recorded?.rationale, points: label?.points,
      advisory: scale?.advisory.flatMap { band(for: value, scale: $0) })
  }
}
