import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// The checks behind ``Reconciliation``, accumulated inspection by inspection.
struct ReconciliationChecker {
  typealias Divergence = Reconciliation.Divergence
  typealias Kind = PublishedFigures.Kind

  /// Rounding of whole-number inputs and output cannot move an aggregate further than this.
  static let roundingTolerance = 1.0

  let document: FrameworkDocument
  var divergences: [Divergence] = []
  var checks: [Reconciliation.Check: Int] = [:]
  var notCheckable: [String] = []
  /// The file's recorded explanations, by inspection, kind and id.
  private var recorded: [String: Reconciliation.Status] = [:]
  private var reproduced: Set<String> = []

  init(document: FrameworkDocument) { self.document = document }

  private var decimals: Int { document.presentation.displayDecimals }

  // MARK: One inspection

  mutating func check(_ inspection: PublishedFigures.Inspection) {
    let name = inspection.name
    for known in inspection.knownDiscrepancies ?? [] {
      recorded[Self.key(name, known.kind, known.id)] = .known
    }
    for override in inspection.overrides ?? [] {
      recorded[Self.key(name, override.kind, override.id)] = .override
    }
    for item in inspection.items {
      guard let target = FrameworkItem(item.kind, item.id, in: document) else {
        count(.unknownItem)
        add(
          name, item, .unknownItem, published: item.percent.map(percent) ?? item.label ?? "",
          expected: "no \(item.kind.rawValue) '\(item.id)' in \(document.label)", size: nil,
          beyond: true,
          detail: "\(document.label) has no \(item.kind.rawValue) '\(item.id)'."
            + Suggestion.didYouMean(item.id, among: FrameworkItem.ids(item.kind, in: document)))
        continue
      }
      if let label = item.label { checkLabel(label, of: item, target, in: name) }
    }
    checkSections(inspection)
    checkCriteria(inspection)
  }

  private mutating func checkLabel(
    _ label: String, of item: PublishedFigures.Item, _ target: FrameworkItem, in name: String
  ) {
    count(.label)
    if let scale = target.gradeScale.flatMap({ id in document.gradeScales.first { $0.id == id } }) {
      let labelled = scale.bands.first { $0.label == label || $0.id == label }
      guard let value = item.percent else {
        if labelled == nil {
          add(
            name, item, .label, published: label,
            expected: "one of " + scale.bands.map { "'\($0.label)'" }.joined(separator: ", "),
            size: nil, beyond: true,
            detail: "'\(label)' is not a band of grade scale '\(scale.id)'.")
        }
        return
      }
      guard let band = scale.band(for: value, displayDecimals: decimals) else { return }
      guard band.label != label, band.id != label else { return }
      let size = labelled.map { Self.distance(value, outside: $0) }
      add(
        name, item, .label, published: "\(label) at \(percent(value))",
        expected: "\(band.label) (\(band.boundsDescription))", size: size, beyond: true,
        detail: "\(percent(value)) falls in band '\(band.label)' of '\(scale.id)'"
          + (labelled.map { ", not in '\($0.label)' (\($0.boundsDescription))" }
            ?? "; '\(label)' is not a band of the scale"))
      return
    }
    if let scale = target.judgementScale.flatMap({ id in
      document.judgementScales.first { $0.id == id }
    }) {
      if scale.label(label) == nil {
        add(
          name, item, .label, published: label,
          expected: "one of " + scale.labels.map { "'\($0.label)'" }.joined(separator: ", "),
          size: nil, beyond: true,
          detail: "'\(label)' is not a label of judgement scale '\(scale.id)'.")
      }
      return
    }
    add(
      name, item, .label, published: label, expected: "no label", size: nil, beyond: true,
      detail: "\(item.kind.rawValue) '\(item.id)' has no grade or judgement scale in "
        + "\(document.label), so it takes no label.")
  }

  /// Sections whose rule is a (weighted) mean of criteria, from the printed criterion figures.
  private mutating func checkSections(_ inspection: PublishedFigures.Inspection) {
    let printed = Self.percents(inspection.items, .criterion)
    for item in inspection.items where item.kind == .section {
      guard let published = item.percent,
        let section = document.sections.first(where: { $0.id == item.id })
      else { continue }
      let scored = section.criteria.filter { !$0.questions.isEmpty }
      let what = "section \(section.id) of \(inspection.name)"
      switch section.rule {
      case .meanOfCriteria, .weightedCriteria:
        let missing = scored.filter { printed[$0.id] == nil }.map(\.id)
        guard !missing.isEmpty || scored.isEmpty == false else { continue }
        guard missing.isEmpty else {
          notCheckable.append(
            "\(what): criteria \(missing.joined(separator: ", ")) are not printed")
          continue
        }
        let weights = scored.map { section.rule == .weightedCriteria ? ($0.weight ?? 1) : 1 }
        let total = weights.reduce(0, +)
        guard total > 0 else { continue }
        let expected =
          zip(scored, weights).reduce(0.0) { $0 + (printed[$1.0.id] ?? 0) * $1.1 } / total
        count(.aggregation)
        let terms = scored.map { "\($0.id) \(percent(printed[$0.id] ?? 0))" }
          .joined(separator: ", ")
        compare(
          inspection.name, item, .aggregation, published: published, expected: expected,
          detail: "the \(section.rule == .weightedCriteria ? "weighted " : "")mean of its "
            + "criteria (\(terms)) is \(DisplayRounding.format(expected, decimals: 2))")
      default:
        let note =
          "section \(section.id): its rule (\(section.rule.explanation)) needs case counts, "
          + "not printed percentages"
        if !notCheckable.contains(note) { notCheckable.append(note) }
      }
    }
  }

  /// Criteria whose every question has a printed whole-sample finding.
  private mutating func checkCriteria(_ inspection: PublishedFigures.Inspection) {
    let findings = Dictionary(
      (inspection.questions ?? []).filter { $0.stratum == nil && $0.percent != nil }
        .map { ($0.id, $0.percent ?? 0) }, uniquingKeysWith: { first, _ in first })
    guard !findings.isEmpty else { return }
    for item in inspection.items where item.kind == .criterion {
      guard let published = item.percent,
        let criterion = document.allCriteria.first(where: { $0.id == item.id }),
        !criterion.questions.isEmpty
      else { continue }
      let printed = criterion.questions.filter { findings[$0.id] != nil }
      guard printed.count == criterion.questions.count else {
        notCheckable.append(
          "criterion \(criterion.id) of \(inspection.name): \(printed.count) of "
            + "\(criterion.questions.count) question findings printed")
        continue
      }
      guard criterion.rule != .pooledQuestions else { continue }
      // Score the printed percentages by the criterion's own rule: each becomes a tally of
      // 10,000 cases, which no rule but pooling can tell from the percentage.
      let expected = Self.score(criterion, findings)
      guard let expected else { continue }
      count(.aggregation)
      compare(
        inspection.name, item, .aggregation, published: published, expected: expected,
        detail: "its rule (\(criterion.rule.explanation)) over the printed question findings gives "
          + DisplayRounding.format(expected, decimals: 2))
    }
  }

  // MARK: Programme aggregates

  mutating func checkProgramme(_ figures: PublishedFigures) {
    for known in figures.knownDiscrepancies ?? [] {
      recorded[Self.key(known.set ?? "programme", known.kind, known.id)] = .known
    }
    for aggregate in figures.aggregates ?? [] {
      let name = aggregate.set ?? "programme"
      guard let published = aggregate.percent else {
        notCheckable.append(
          "\(name) aggregate \(aggregate.kind.rawValue) \(aggregate.id): no printed percentage")
        continue
      }
      let members = figures.inspections.filter { inspection in
        aggregate.areas?.contains(inspection.area) ?? true
      }
      let values = members.compactMap { inspection in
        inspection.items.first { $0.kind == aggregate.kind && $0.id == aggregate.id }?.percent
      }
      guard !values.isEmpty, values.count == members.count else {
        notCheckable.append(
          "\(name) aggregate \(aggregate.kind.rawValue) \(aggregate.id): \(values.count) of "
            + "\(members.count) inspections print it")
        continue
      }
      let mean = values.reduce(0, +) / Double(values.count)
      count(.programme)
      compare(
        name, aggregate, .programme, published: published, expected: mean,
        detail: "the mean of its \(values.count) inspections' figures ("
          + values.map(percent).joined(separator: ", ") + ") is "
          + DisplayRounding.format(mean, decimals: 2)
          + "; a figure pooled over cases need not equal it")
    }
  }

  // MARK: Computed against published

  mutating func compare(_ result: ScoreResult, with inspection: PublishedFigures.Inspection) {
    let byID = Dictionary(
      result.items.map { ("\($0.kind.rawValue) \($0.id)", $0) },
      uniquingKeysWith: { first, _ in first })
    for item in inspection.items {
      guard let score = byID["\(item.kind.rawValue) \(item.id)"] else { continue }
      if let published = item.percent {
        count(.computed)
        guard let value = score.value else {
          add(
            inspection.name, item, .computed, published: percent(published),
            expected: "undefined", size: nil, beyond: true,
            detail: "the sample gives no score: nothing below it has a relevant case")
          continue
        }
        compare(
          inspection.name, item, .computed, published: published, expected: value,
          detail: "the sample scores it \(DisplayRounding.format(value, decimals: 2))",
          tolerance: 0.5)
      }
      if let label = item.label, let band = score.band, band.label != label, band.id != label {
        count(.computed)
        add(
          inspection.name, item, .computed, published: label, expected: band.label, size: nil,
          beyond: true, detail: "the sample's score falls in band '\(band.label)'")
      }
    }
    let questions = Dictionary(
      result.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for finding in inspection.questions ?? [] where finding.stratum == nil {
      guard let published = finding.percent, let question = questions[finding.id],
        let value = question.percent
      else { continue }
      count(.computed)
      let item = PublishedFigures.Item(id: finding.id, kind: .question, percent: published)
      compare(
        inspection.name, item, .computed, published: published, expected: value,
        detail: "the sample has \(question.tally.sufficient) of \(question.tally.relevant) "
          + "relevant cases sufficient", tolerance: 0.5)
    }
  }

  // MARK: Recording

  func unreproduced(_ figures: PublishedFigures) -> [Divergence] {
    var result: [Divergence] = []
    func note(
      _ name: String, _ kind: Kind, _ id: String, _ published: JSONValue?,
      _ expected: JSONValue?, _ text: String?, _ status: String
    ) {
      guard !reproduced.contains(Self.key(name, kind, id)) else { return }
      let p = published?.doubleValue
      let e = expected?.doubleValue
      result.append(
        Divergence(
          inspection: name, id: id, kind: kind, check: .aggregation,
          published: Self.text(published), expected: Self.text(expected),
          size: p.flatMap { p in e.map { p - $0 } }, beyondRounding: false, status: .recorded,
          detail: "recorded in the file's \(status) but not reproduced by a check here"
            + (text.map { ": \($0)" } ?? "")))
    }
    for inspection in figures.inspections {
      for known in inspection.knownDiscrepancies ?? [] {
        note(
          inspection.name, known.kind, known.id, known.published, known.expected, known.note,
          "knownDiscrepancies")
      }
      for override in inspection.overrides ?? [] {
        note(
          inspection.name, override.kind, override.id, override.published,
          override.expected, override.rationale, "overrides")
      }
    }
    for known in figures.knownDiscrepancies ?? [] {
      note(
        known.set ?? "programme", known.kind, known.id, known.published, known.expected,
        known.note, "knownDiscrepancies")
    }
    return result
  }

  private mutating func count(_ check: Reconciliation.Check) { checks[check, default: 0] += 1 }

  private mutating func compare(
    _ name: String, _ item: PublishedFigures.Item, _ check: Reconciliation.Check,
    published: Double, expected: Double, detail: String,
    tolerance: Double = ReconciliationChecker.roundingTolerance
  ) {
    let shown = DisplayRounding.round(expected, decimals: 0)
    guard shown != DisplayRounding.round(published, decimals: 0) else { return }
    add(
      name, item, check, published: percent(published),
      expected: DisplayRounding.format(expected, decimals: 2) + "%",
      size: published - expected, beyond: abs(published - expected) > tolerance,
      detail: detail)
  }

  private mutating func add(
    _ name: String, _ item: PublishedFigures.Item, _ check: Reconciliation.Check,
    published: String, expected: String, size: Double?, beyond: Bool, detail: String
  ) {
    let key = Self.key(name, item.kind, item.id)
    let status = check == .computed ? .new : (recorded[key] ?? .new)
    if status != .new { reproduced.insert(key) }
    divergences.append(
      Divergence(
        inspection: name, id: item.id, kind: item.kind, check: check, published: published,
        expected: expected, size: size, beyondRounding: beyond, status: status, detail: detail))
  }

  // MARK: Helpers

  private func percent(_ value: Double) -> String {
    DisplayRounding.format(value, decimals: value == value.rounded() ? 0 : 2) + "%"
  }

  static func key(_ inspection: String, _ kind: Kind, _ id: String) -> String {
    "\(inspection)\u{1F}\(kind.rawValue)\u{1F}\(id)"
  }

  static func percents(_ items: [PublishedFigures.Item], _ kind: Kind) -> [String: Double] {
    Dictionary(
      items.filter { $0.kind == kind }.compactMap { item in item.percent.map { (item.id, $0) } },
      uniquingKeysWith: { first, _ in first })
  }

  static func text(_ value: JSONValue?) -> String {
    switch value {
    case .string(let text)?: text
    case .number(let number)?: DisplayRounding.plain(number)
    case nil: ""
    case let other?: CanonicalJSON.compact(other)
    }
  }

  /// How far `value` lies outside `band`: 0 inside, else the distance to its nearest bound.
  static func distance(_ value: Double, outside band: FrameworkDocument.Band) -> Double {
    if let lower = band.lower, value < lower.value || (!lower.inclusive && value == lower.value) {
      return lower.value - value
    }
    if let upper = band.upper, value > upper.value || (!upper.inclusive && value == upper.value) {
      return value - upper.value
    }
    return 0
  }

  /// A criterion's score from printed question percentages, by its own rule.
  static func score(_ criterion: FrameworkDocument.Criterion, _ percents: [String: Double])
    -> Double?
  {
    let section = FrameworkDocument.Section(id: "s", title: "", criteria: [criterion])
    let document = FrameworkDocument(
      id: "check", version: "1", title: "", scales: [.yesNo], sections: [section])
    guard let plan = try? ScoringPlan(document, fingerprint: "") else { return nil }
    var summary = TallySummary(questionCount: plan.questions.count)
    for (index, planned) in plan.questions.enumerated() {
      // Read percentages are 0–100 (``PublishedFigures/limitProblems()``); one made in code
      // is clamped, so the conversion cannot trap.
      let printed = percents[planned.question.id] ?? 0
      let share = printed.isFinite ? min(max(printed, 0), 100) : 0
      let sufficient = Int((share * 100).rounded())
      summary.questions[index] = QuestionTally(
        sufficient: sufficient, insufficient: 10_000 - sufficient)
    }
    return ScoreCalculator(plan: plan).result(from: summary).criteria.first?.value
  }
}

/// A criterion, section, headline or overall rating of a framework, as reconciliation needs it.
struct FrameworkItem {
  var gradeScale: String?
  var judgementScale: String?

  init?(_ kind: PublishedFigures.Kind, _ id: String, in document: FrameworkDocument) {
    switch kind {
    case .criterion:
      guard let item = document.allCriteria.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, item.judgementScale)
    case .section:
      guard let item = document.sections.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, item.judgementScale)
    case .headline:
      guard let item = document.headlines.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, item.judgementScale)
    case .overall:
      guard let item = document.overall.first(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (item.gradeScale, nil)
    case .question:
      guard document.allQuestions.contains(where: { $0.id == id }) else { return nil }
      (gradeScale, judgementScale) = (nil, nil)
    }
  }

  static func ids(_ kind: PublishedFigures.Kind, in document: FrameworkDocument) -> [String] {
    switch kind {
    case .criterion: document.allCriteria.map(\.id)
    case .section: document.sections.map(\.id)
    case .headline: document.headlines.map(\.id)
    case .overall: document.overall.map(\.id)
    case .question: document.allQuestions.map(\.id)
    }
  }
}
