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
  ///
  /// Long derivation lines are appended to buffers reserved up front (`String.reserving`), and
  /// members are gathered without intermediate arrays: interpolation, `+`, `joined` and
  /// chained `map`s allocated some 200 times to score even the small Demonstration framework,
  /// most of the cost of a fuzzed input under AddressSanitizer. The text is the same.
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

    var criteria: [ItemScore] = []
    criteria.reserveCapacity(document.sections.reduce(0) { $0 + $1.criteria.count })
    var sections: [ItemScore] = []
    sections.reserveCapacity(document.sections.count)
    for section in document.sections {
      var criterionScores: [(criterion: FrameworkDocument.Criterion, score: ItemScore)] = []
      criterionScores.reserveCapacity(section.criteria.count)
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
      let (value, derivation) = sectionValue(section, criterionScores) {
        section.criteria.flatMap { $0.questions.compactMap { scoreByQuestion[$0.id] } }
      }
      sections.append(
        item(
          id: section.id, title: section.title, kind: .section, value: value,
          derivation: derivation, grade: section.gradeScale, judgement: section.judgementScale,
          small: criterionScores.contains { $0.score.smallSample }, judgements: judgements))
    }

    let headlines = document.headlines.map { headline in
      // The questions carrying the theme in the sections it covers, in document order.
      var members: [QuestionScore] = []
      for section in document.sections
      where headline.sections.isEmpty || headline.sections.contains(section.id) {
        for criterion in section.criteria {
          for question in criterion.questions where question.themes.contains(headline.theme) {
            if let score = scoreByQuestion[question.id] { members.append(score) }
          }
        }
      }
      let (value, derivation) =
        headline.rule == .pooledQuestions
        ? pooled(members, what: "questions carrying theme '\(headline.theme)'")
        : mean(members, what: "questions carrying theme '\(headline.theme)'")
      return item(
        id: headline.id, title: headline.title, kind: .headline, value: value,
        derivation: derivation, grade: headline.gradeScale, judgement: headline.judgementScale,
        small: members.contains { $0.smallSample && $0.percent != nil }, judgements: judgements)
    }

    let scored = [criteria, sections, headlines]
    // The first item with `id`, criteria before sections before headlines.
    func scoredItem(_ id: String) -> ItemScore? {
      for items in scored {
        if let found = items.first(where: { $0.id == id }) { return found }
      }
      return nil
    }
    let overall = document.overall.map { rating in
      var derivation = [
        "\(rating.id) = sum of the points of \(rating.items.joined(separator: ", "))"
      ]
      var total = 0.0
      var complete = true
      for id in rating.items {
        let member = scoredItem(id)
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
        small: rating.items.contains { scoredItem($0)?.smallSample ?? false },
        judgements: judgements,
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
    // What a dictionary of the criterion's questions by id, keeping the first, would give.
    func question(_ id: String) -> FrameworkDocument.Question? {
      criterion.questions.first { $0.id == id }
    }
    switch criterion.rule {
    case .individualSummary(let individualShare, let summaryShare):
      let individual = members.lazy.filter { question($0.id)?.role != .summary }
      let summary = members.first { question($0.id)?.role == .summary }
      let (individualMean, individualTerms) = mean(individual, what: "individual questions")
      var derivation = individualTerms
      var line = String.reserving(40)
      line += "summary question: "
      if let summary {
        line += summary.id
        line += " "
        line += format(summary.percent)
      } else {
        line += "none"
      }
      derivation.append(line)
      switch (individualMean, summary?.percent) {
      case (let i?, let s?):
        let value = individualShare * i + summaryShare * s
        var line = String.reserving(80)
        line += criterion.id
        line += " = "
        line += DisplayRounding.plain(individualShare)
        line += " × "
        line += format(i)
        line += " + "
        line += DisplayRounding.plain(summaryShare)
        line += " × "
        line += format(s)
        line += " = "
        line += format(value)
        derivation.append(line)
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
      return weighted(
        members.lazy.map { ($0.id, $0.percent, question($0.id)?.weight ?? 1) },
        what: "questions of criterion \(criterion.id)")
    case .minimumOfKeyQuestions:
      let keys = members.lazy.filter { member in
        criterion.questions.contains { $0.role == .key && $0.id == member.id }
      }
      var line = String.reserving(16 + keys.count * 16)
      line += "key questions: "
      appendList(keys, to: &line) { line, key in
        line += key.id
        line += " "
        line += format(key.percent)
      }
      var derivation = [String]()
      derivation.reserveCapacity(3)
      derivation.append(line)
      guard
        let lowest = keys.filter({ $0.percent != nil })
          .min(by: { ($0.percent ?? 0) < ($1.percent ?? 0) }),
        let value = lowest.percent
      else {
        derivation.append("\(criterion.id) is undefined: no key question has a relevant case")
        return (nil, derivation)
      }
      derivation.append("\(criterion.id) = lowest key question (\(lowest.id)) = \(format(value))")
      return (value, derivation)
    case .pooledQuestions:
      return pooled(members, what: "questions of criterion \(criterion.id)")
    default:
      return mean(members, what: "questions of criterion \(criterion.id)")
    }
  }

  /// `questions` gives the section's question scores; only the pooled rule needs them.
  private func sectionValue(
    _ section: FrameworkDocument.Section,
    _ criteria: [(criterion: FrameworkDocument.Criterion, score: ItemScore)],
    questions: () -> [QuestionScore]
  ) -> (Double?, [String]) {
    switch section.rule {
    case .pooledQuestions:
      return pooled(questions(), what: "questions of section \(section.id)")
    case .weightedCriteria:
      return weighted(
        criteria.lazy.map { ($0.score.id, $0.score.value, $0.criterion.weight ?? 1) },
        what: "criteria of section \(section.id)")
    default:
      return meanOf(
        criteria.lazy.map { ($0.score.id, $0.score.value) },
        what: "criteria of section \(section.id)")
    }
  }

  private func mean(
    _ questions: some Collection<QuestionScore>, what: String
  ) -> (Double?, [String]) {
    meanOf(questions.lazy.map { ($0.id, $0.percent) }, what: what)
  }

  private func meanOf(
    _ terms: some Collection<(String, Double?)>, what: String
  ) -> (Double?, [String]) {
    var line = String.reserving(12 + what.utf8.count + terms.count * 20)
    line += "mean of "
    line += what
    line += ": "
    appendList(terms, to: &line) { line, term in
      line += term.0
      line += " "
      line += format(term.1)
    }
    var total = 0.0
    var count = 0
    for value in terms.lazy.compactMap(\.1) {
      total += value
      count += 1
    }
    var derivation = [String]()
    derivation.reserveCapacity(5)  // room for a criterion's and a band's lines
    derivation.append(line)
    guard count > 0 else {
      derivation.append("undefined: nothing below it is defined")
      return (nil, derivation)
    }
    let value = total / Double(count)
    var sum = String.reserving(24 + count * 12)
    sum += "= ("
    appendList(terms.lazy.compactMap(\.1), separator: " + ", to: &sum) { sum, value in
      sum += format(value)
    }
    sum += ") ÷ "
    sum += String(count)
    sum += " = "
    sum += format(value)
    derivation.append(sum)
    return (value, derivation)
  }

  private func weighted(
    _ terms: some Collection<(String, Double?, Double)>, what: String
  ) -> (Double?, [String]) {
    var line = String.reserving(24 + what.utf8.count + terms.count * 24)
    line += "weighted mean of "
    line += what
    line += ": "
    appendList(terms, to: &line) { line, term in
      line += term.0
      line += " "
      line += format(term.1)
      line += " × "
      line += DisplayRounding.plain(term.2)
    }
    let defined = terms.lazy.compactMap { term in term.1.map { (score: $0, weight: term.2) } }
    var totalWeight = 0.0
    var weightedTotal = 0.0
    for term in defined {
      totalWeight += term.weight
      weightedTotal += term.score * term.weight
    }
    var derivation = [String]()
    derivation.reserveCapacity(3)
    derivation.append(line)
    guard totalWeight > 0 else {
      derivation.append("undefined: no defined score carries weight")
      return (nil, derivation)
    }
    let value = weightedTotal / totalWeight
    var sum = String.reserving(40 + terms.count * 20)
    sum += "= ("
    appendList(defined, separator: " + ", to: &sum) { sum, term in
      sum += format(term.score)
      sum += " × "
      sum += DisplayRounding.plain(term.weight)
    }
    sum += ") ÷ "
    sum += DisplayRounding.plain(totalWeight)
    sum += " = "
    sum += format(value)
    derivation.append(sum)
    return (value, derivation)
  }

  private func pooled(_ questions: [QuestionScore], what: String) -> (Double?, [String]) {
    var line = String.reserving(16 + what.utf8.count + questions.count * 16)
    line += "pooled over "
    line += what
    line += ": "
    appendList(questions, to: &line) { line, question in
      line += question.id
      line += " "
      line += String(question.tally.sufficient)
      line += "/"
      line += String(question.tally.relevant)
    }
    var sufficient = 0
    var relevant = 0
    for question in questions {
      sufficient += question.tally.sufficient
      relevant += question.tally.relevant
    }
    var derivation = [String]()
    derivation.reserveCapacity(3)
    derivation.append(line)
    guard relevant > 0 else {
      derivation.append("undefined: no relevant case")
      return (nil, derivation)
    }
    let value = Double(sufficient) / Double(relevant) * 100
    derivation.append("= \(sufficient) ÷ \(relevant) = \(format(value))")
    return (value, derivation)
  }

  /// Appends each of `items`, written by `write`, with `separator` between them: the shape of
  /// every derivation line that lists its terms ("mean of …: 1.1 50%, 1.2 –", "= (50 + 75)").
  private func appendList<Items: Sequence>(
    _ items: Items, separator: String = ", ", to line: inout String,
    _ write: (inout String, Items.Element) -> Void
  ) {
    var first = true
    for item in items {
      if !first { line += separator }
      first = false
      write(&line, item)
    }
  }

  // MARK: Bands and judgements

  private func item(
    id: String, title: String, kind: ItemKind, value: Double?, derivation: consuming [String],
    grade: String?, judgement: String?, small: Bool, judgements: [String: RecordedJudgement],
    isPoints: Bool = false
  ) -> ItemScore {
    let assigned = grade.flatMap { self.band(for: value, scale: $0) }
    if let assigned, let value {
      let displayed = document.gradeScales.first { $0.id == assigned.scale }?.basis == .displayed
      let shown =
        displayed
        ? DisplayRounding.format(value, decimals: decimals) : format(value, points: isPoints)
      var line = String.reserving(
        32 + shown.utf8.count + assigned.label.utf8.count + assigned.scale.utf8.count)
      line += displayed ? "band on displayed value " : "band on raw value "
      line += shown
      line += " → '"
      line += assigned.label
      line += "' ("
      line += assigned.scale
      line += ")"
      derivation.append(line)
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

extension String {
  /// An empty string with room for `capacity` UTF-8 bytes, for a line built by appending.
  fileprivate static func reserving(_ capacity: Int) -> String {
    var text = ""
    text.reserveCapacity(capacity)
    return text
  }
}
