import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// The checks behind ``Reconciliation``, accumulated inspection by inspection: every printed
/// figure ends as an entry — reproduced, divergent, or not checkable with the reason.
struct ReconciliationChecker {
  typealias Entry = Reconciliation.Entry
  typealias Kind = PublishedFigures.Kind
  typealias Inputs = [String: (bounds: PublishedBounds, unrounded: PublishedBounds)]

  let document: FrameworkDocument
  /// The framework scored from printed question findings, or why it cannot be.
  let plan: Result<ScoringPlan, EvaluationError>
  /// The framework's section rules over printed criterion figures.
  let criterionPlan: Result<ScoringPlan, EvaluationError>
  var entries: [Entry] = []
  /// The file's recorded explanations, by inspection, kind and id.
  var recorded: [String: Reconciliation.Status] = [:]
  /// Printed question findings and why each could not be an input, to account for at the end.
  var pendingFindings:
    [(inspection: String, finding: PublishedFigures.QuestionFinding, unusable: String?)] = []

  init(document: FrameworkDocument, fingerprint: String) {
    self.document = document
    plan = Result { () throws(EvaluationError) in
      try ScoringPlan(document, fingerprint: fingerprint)
    }
    criterionPlan = Result { () throws(EvaluationError) in
      try ScoringPlan(PrintedScores.criterionFigureDocument(document), fingerprint: fingerprint)
    }
  }

  var decimals: Int { document.presentation.displayDecimals }

  // MARK: One inspection

  mutating func check(_ inspection: PublishedFigures.Inspection) {
    let name = inspection.name
    for known in inspection.knownDiscrepancies ?? [] {
      recorded[Self.key(name, known.kind, known.id)] = .known
    }
    for override in inspection.overrides ?? [] {
      recorded[Self.key(name, override.kind, override.id)] = .override
    }
    let (inputs, missing) = questionInputs(inspection)
    let scores = try? plan.get()
    let printed = scores.map { PrintedScores(plan: $0, inputs: inputs) }
    for item in inspection.items {
      guard FrameworkItem(item.kind, item.id, in: document) != nil else {
        unknown(item.id, item.kind, published: Self.text(item), in: name)
        continue
      }
      if let label = item.label { checkLabel(label, of: item, in: name) }
      guard item.figure.form != .words || item.label == nil else { continue }
      switch item.kind {
      case .criterion:
        checkCriterion(item, in: name, printed: printed, inputs: inputs, missing: missing)
      case .section:
        checkSection(item, in: inspection)
      case .headline:
        checkHeadline(item, in: name, printed: printed, inputs: inputs, missing: missing)
      case .overall:
        notCheckable(
          item, in: name,
          "an overall rating sums the points of its items' bands; it is checked against a "
            + "sample's scores (--sample)")
      case .question:
        notCheckable(
          item, in: name,
          "a question's figure is an input to its criterion; as an item it is checked against a "
            + "sample's scores (--sample)")
      }
    }
  }

  /// The whole-sample findings usable as inputs, by question id, and why each other question
  /// of the framework has none.
  private mutating func questionInputs(_ inspection: PublishedFigures.Inspection)
    -> (Inputs, [String: String])
  {
    let name = inspection.name
    let questions = Set(document.allQuestions.map(\.id))
    var inputs: Inputs = [:]
    var missing: [String: String] = [:]
    for finding in inspection.questions ?? [] {
      var unusable: String?
      if !questions.contains(finding.id) {
        unknown(finding.id, .question, published: finding.figure.summary, in: name)
        unusable = "\(document.label) has no question '\(finding.id)'"
      } else if let stratum = finding.stratum {
        unusable =
          "measured on a sub-sample (\(Self.stratumText(stratum))), not on the question's own "
          + "cases"
        if inputs[finding.id] == nil, missing[finding.id] == nil {
          missing[finding.id] = "printed only for a sub-sample (\(Self.stratumText(stratum)))"
        }
      } else if inputs[finding.id] != nil {
        unusable = "a second whole-sample finding for the question; the first one is used"
      } else if let bounds = finding.figure.bounds, let unrounded = finding.figure.unroundedBounds {
        inputs[finding.id] = (bounds, unrounded)
        missing[finding.id] = nil
      } else {
        let why =
          finding.figure.form == .count
          ? "printed as a count of cases without a denominator"
          : "printed in words without a proportion"
            + (finding.figure.words.map { " ('\($0)')" } ?? "")
        unusable = why
        if missing[finding.id] == nil { missing[finding.id] = why }
      }
      pendingFindings.append((name, finding, unusable))
    }
    return (inputs, missing)
  }

  // MARK: Criteria, sections, headlines

  private mutating func checkCriterion(
    _ item: PublishedFigures.Item, in name: String, printed: PrintedScores?, inputs: Inputs,
    missing: [String: String]
  ) {
    guard let criterion = document.allCriteria.first(where: { $0.id == item.id }) else { return }
    guard let allowed = item.figure.allowedRange else {
      notCheckable(item, in: name, Self.noProportion(item))
      return
    }
    switch criterion.rule {
    case .pooledQuestions:
      notCheckable(
        item, in: name,
        "its rule (\(criterion.rule.explanation)) needs counts of cases; the report prints "
          + "percentages")
      return
    case .meanOfCriteria, .weightedCriteria, .sumOfBandPoints:
      notCheckable(
        item, in: name, "its rule (\(criterion.rule.explanation)) does not read questions")
      return
    default: break
    }
    let required =
      criterion.rule == .minimumOfKeyQuestions
      ? criterion.questions.filter { $0.role == .key } : criterion.questions
    guard !required.isEmpty else {
      notCheckable(item, in: name, "it has no questions for its rule to read")
      return
    }
    let absent = required.filter { inputs[$0.id] == nil }
    guard absent.isEmpty else {
      notCheckable(
        item, in: name,
        Self.absence(
          absent.map(\.id), of: "its \(required.count) questions", reasons: missing,
          all: absent.count == required.count))
      return
    }
    let members = required.map(\.id)
    compareRule(
      item, in: name, allowed: allowed, printed: printed, kind: .criterion, members: members,
      inputs: inputs,
      rule: "its rule (\(criterion.rule.explanation)) over the printed findings of "
        + "\(members.count == 1 ? "its question" : "its \(members.count) questions")")
  }

  private mutating func checkHeadline(
    _ item: PublishedFigures.Item, in name: String, printed: PrintedScores?, inputs: Inputs,
    missing: [String: String]
  ) {
    guard let headline = document.headlines.first(where: { $0.id == item.id }) else { return }
    guard let allowed = item.figure.allowedRange else {
      notCheckable(item, in: name, Self.noProportion(item))
      return
    }
    guard headline.rule != .pooledQuestions else {
      notCheckable(
        item, in: name,
        "its rule (\(headline.rule.explanation)) needs counts of cases; the report prints "
          + "percentages")
      return
    }
    var members: [String] = []
    for section in document.sections
    where headline.sections.isEmpty || headline.sections.contains(section.id) {
      for criterion in section.criteria {
        for question in criterion.questions where question.themes.contains(headline.theme) {
          members.append(question.id)
        }
      }
    }
    guard !members.isEmpty else {
      notCheckable(item, in: name, "no question carries its theme '\(headline.theme)'")
      return
    }
    let absent = members.filter { inputs[$0] == nil }
    guard absent.isEmpty else {
      notCheckable(
        item, in: name,
        Self.absence(
          absent, of: "the \(members.count) questions carrying its theme '\(headline.theme)'",
          reasons: missing, all: absent.count == members.count))
      return
    }
    compareRule(
      item, in: name, allowed: allowed, printed: printed, kind: .headline, members: members,
      inputs: inputs,
      rule: "the mean of the printed findings of the \(members.count) questions carrying its "
        + "theme '\(headline.theme)'")
  }

  private mutating func checkSection(
    _ item: PublishedFigures.Item, in inspection: PublishedFigures.Inspection
  ) {
    let name = inspection.name
    guard let section = document.sections.first(where: { $0.id == item.id }) else { return }
    guard let allowed = item.figure.allowedRange else {
      notCheckable(item, in: name, Self.noProportion(item))
      return
    }
    switch section.rule {
    case .meanOfCriteria, .weightedCriteria: break
    default:
      notCheckable(
        item, in: name,
        "its rule (\(section.rule.explanation)) needs counts of cases or bands, not printed "
          + "percentages")
      return
    }
    let scored = section.criteria.filter { !$0.questions.isEmpty }.map(\.id)
    guard !scored.isEmpty else {
      notCheckable(item, in: name, "it has no scored criteria")
      return
    }
    var inputs: Inputs = [:]
    for printed in inspection.items where printed.kind == .criterion {
      if inputs[printed.id] == nil, let bounds = printed.figure.bounds,
        let unrounded = printed.figure.unroundedBounds
      {
        inputs[printed.id] = (bounds, unrounded)
      }
    }
    let absent = scored.filter { inputs[$0] == nil }
    guard absent.isEmpty else {
      notCheckable(
        item, in: name,
        "criteria \(absent.joined(separator: ", ")) have no printed figure"
          + (absent.count == 1 ? "" : "s"))
      return
    }
    let printed = (try? criterionPlan.get()).map { PrintedScores(plan: $0, inputs: inputs) }
    let terms = scored.compactMap { id in
      inspection.items.first { $0.kind == .criterion && $0.id == id }.map {
        "\(id) \(Self.text($0))"
      }
    }
    compareRule(
      item, in: name, allowed: allowed, printed: printed, kind: .section, members: scored,
      inputs: inputs,
      rule: "its rule (\(section.rule.explanation)) over the printed criterion figures ("
        + terms.joined(separator: ", ") + ")", recordInputs: false)
  }

  /// Compares a printed item with what `printed` gives for it from `members`.
  private mutating func compareRule(
    _ item: PublishedFigures.Item, in name: String, allowed: PercentRange,
    printed: PrintedScores?, kind: ItemKind, members: [String], inputs: Inputs, rule: String,
    recordInputs: Bool = true
  ) {
    guard let printed else {
      let why: String
      switch kind == .section ? criterionPlan : plan {
      case .failure(let error): why = error.message
      case .success: why = "it cannot be scored"
      }
      notCheckable(item, in: name, "the framework cannot be scored from figures: \(why)")
      return
    }
    guard let (expected, unrounded) = printed.range(kind, item.id, members: members) else {
      notCheckable(item, in: name, "its rule leaves it undefined from the printed figures")
      return
    }
    let exact =
      item.figure.form == .exact && members.allSatisfy { inputs[$0]?.bounds.isPoint ?? false }
    compare(
      name, item, .aggregation, allowed: allowed, expected: expected, unrounded: unrounded,
      comparison: exact ? .exact : .bounds,
      detail: rule + " gives " + Self.rangeText(expected),
      inputs: recordInputs ? members : [])
  }

  // MARK: Labels

  private mutating func checkLabel(
    _ label: String, of item: PublishedFigures.Item, in name: String
  ) {
    guard let target = FrameworkItem(item.kind, item.id, in: document) else { return }
    if let scale = target.gradeScale.flatMap({ id in document.gradeScales.first { $0.id == id } }) {
      let labelled = scale.bands.first { $0.label == label || $0.id == label }
      guard let value = item.percent else {
        if let labelled {
          add(
            name, item, .label, outcome: .reproduced, published: label,
            expected: "'\(labelled.label)' of '\(scale.id)'",
            detail: "'\(label)' is a band of grade scale '\(scale.id)' (no exact printed "
              + "percentage to place it)")
        } else {
          add(
            name, item, .label, outcome: .divergent, published: label,
            expected: "one of " + scale.bands.map { "'\($0.label)'" }.joined(separator: ", "),
            beyond: true, detail: "'\(label)' is not a band of grade scale '\(scale.id)'.")
        }
        return
      }
      guard let band = scale.band(for: value, displayDecimals: decimals) else {
        add(
          name, item, .label, outcome: .divergent, published: "\(label) at \(Self.percent(value))",
          expected: "no band", beyond: true,
          detail: "\(Self.percent(value)) falls in no band of '\(scale.id)'")
        return
      }
      if band.label == label || band.id == label {
        add(
          name, item, .label, outcome: .reproduced, published: "\(label) at \(Self.percent(value))",
          expected: "\(band.label) (\(band.boundsDescription))",
          detail: "\(Self.percent(value)) falls in band '\(band.label)' of '\(scale.id)'")
        return
      }
      add(
        name, item, .label, outcome: .divergent, published: "\(label) at \(Self.percent(value))",
        expected: "\(band.label) (\(band.boundsDescription))",
        size: labelled.map { Self.distance(value, outside: $0) }, beyond: true,
        detail: "\(Self.percent(value)) falls in band '\(band.label)' of '\(scale.id)'"
          + (labelled.map { ", not in '\($0.label)' (\($0.boundsDescription))" }
            ?? "; '\(label)' is not a band of the scale"))
      return
    }
    if let scale = target.judgementScale.flatMap({ id in
      document.judgementScales.first { $0.id == id }
    }) {
      if scale.label(label) != nil {
        add(
          name, item, .label, outcome: .reproduced, published: label,
          expected: "a label of '\(scale.id)'",
          detail: "'\(label)' is a label of judgement scale '\(scale.id)' (a judgement: no "
            + "rule places it)")
      } else {
        add(
          name, item, .label, outcome: .divergent, published: label,
          expected: "one of " + scale.labels.map { "'\($0.label)'" }.joined(separator: ", "),
          beyond: true, detail: "'\(label)' is not a label of judgement scale '\(scale.id)'.")
      }
      return
    }
    add(
      name, item, .label, outcome: .divergent, published: label, expected: "no label",
      beyond: true,
      detail: "\(item.kind.rawValue) '\(item.id)' has no grade or judgement scale in "
        + "\(document.label), so it takes no label.")
  }

  // MARK: Programme aggregates and ranges

  mutating func checkProgramme(_ figures: PublishedFigures) {
    for known in figures.knownDiscrepancies ?? [] {
      recorded[Self.key(known.set ?? "programme", known.kind, known.id)] = .known
    }
    for aggregate in figures.aggregates ?? [] {
      let name = aggregate.set ?? "programme"
      guard let allowed = aggregate.figure.allowedRange else {
        notCheckable(aggregate, in: name, Self.noProportion(aggregate), check: .programme)
        continue
      }
      let members = figures.inspections.filter { inspection in
        aggregate.areas?.contains(inspection.area) ?? true
      }
      let printed = members.compactMap { inspection in
        inspection.items.first { $0.kind == aggregate.kind && $0.id == aggregate.id }
          .flatMap { item in item.figure.bounds.map { (item, $0, item.figure.unroundedBounds) } }
      }
      guard !members.isEmpty, printed.count == members.count else {
        notCheckable(
          aggregate, in: name,
          "\(printed.count) of the \(members.count) inspections it covers print a figure for "
            + "it", check: .programme)
        continue
      }
      func mean(_ values: [Double]) -> Double { values.reduce(0, +) / Double(values.count) }
      let expected = PercentRange(
        mean(printed.map(\.1.lower.percent)), mean(printed.map(\.1.upper.percent)),
        lowerOpen: printed.contains { $0.1.lowerOpen },
        upperOpen: printed.contains { $0.1.upperOpen })
      let unrounded = PercentRange(
        mean(printed.map { ($0.2 ?? $0.1).lower.percent }),
        mean(printed.map { ($0.2 ?? $0.1).upper.percent }))
      let exact = aggregate.figure.form == .exact && printed.allSatisfy { $0.1.isPoint }
      compare(
        name, aggregate, .programme, allowed: allowed, expected: expected, unrounded: unrounded,
        comparison: exact ? .exact : .bounds,
        detail: "the mean of its \(printed.count) inspections' figures ("
          + printed.map { Self.text($0.0) }.joined(separator: ", ") + ") is "
          + Self.rangeText(expected) + "; a figure pooled over cases need not equal it")
    }
    for spread in figures.ranges ?? [] {
      entries.append(
        Entry(
          inspection: "programme", id: spread.id, kind: spread.kind, check: .programme,
          outcome: .notCheckable,
          published: "best \(Self.percent(spread.best)), poorest \(Self.percent(spread.poorest))",
          detail: "printed as the best and the poorest of several inspections, not for each: no "
            + "inspection's own figure to check it against"))
    }
  }

  // MARK: Recording

  private mutating func unknown(
    _ id: String, _ kind: Kind, published: String, in name: String
  ) {
    let ids = FrameworkItem.ids(kind, in: document)
    let key = Self.key(name, kind, id)
    entries.append(
      Entry(
        inspection: name, id: id, kind: kind, check: .unknownItem, outcome: .divergent,
        published: published, expected: "no \(kind.rawValue) '\(id)' in \(document.label)",
        beyondRounding: true, status: recorded[key] ?? .new,
        detail: "\(document.label) has no \(kind.rawValue) '\(id)'."
          + Suggestion.didYouMean(id, among: ids)))
  }

  mutating func notCheckable(
    _ item: PublishedFigures.Item, in name: String, _ reason: String,
    check: Reconciliation.Check = .aggregation
  ) {
    entries.append(
      Entry(
        inspection: name, id: item.id, kind: item.kind, check: check, outcome: .notCheckable,
        published: Self.text(item), detail: reason))
  }

  mutating func add(
    _ name: String, _ item: PublishedFigures.Item, _ check: Reconciliation.Check,
    outcome: Reconciliation.Outcome, published: String, expected: String, size: Double? = nil,
    beyond: Bool = false, detail: String
  ) {
    let key = Self.key(name, item.kind, item.id)
    let status: Reconciliation.Status? =
      outcome == .divergent ? (check == .computed ? .new : (recorded[key] ?? .new)) : nil
    entries.append(
      Entry(
        inspection: name, id: item.id, kind: item.kind, check: check, outcome: outcome,
        comparison: check == .label ? nil : .exact, published: published, expected: expected,
        size: size, beyondRounding: beyond, status: status, detail: detail))
  }

  /// Records a check of a printed figure (`allowed`: the values it stands for) against what
  /// the framework gives (`expected`), and whether unrounded inputs could give it.
  mutating func compare(
    _ name: String, _ item: PublishedFigures.Item, _ check: Reconciliation.Check,
    allowed: PercentRange, expected: PercentRange, unrounded: PercentRange,
    comparison: Reconciliation.Comparison, detail: String, inputs: [String] = []
  ) {
    let key = Self.key(name, item.kind, item.id)
    let reproduced = allowed.overlaps(expected)
    var size: Double?
    if !reproduced {
      if item.figure.form == .exact, let value = item.figure.bounds?.lower.percent {
        size = value - min(max(value, expected.lower), expected.upper)
      } else {
        size = allowed.distance(from: expected)
      }
    }
    entries.append(
      Entry(
        inspection: name, id: item.id, kind: item.kind, check: check,
        outcome: reproduced ? .reproduced : .divergent, comparison: comparison,
        published: Self.text(item), expected: Self.rangeText(expected), size: size,
        beyondRounding: !reproduced && !allowed.overlaps(unrounded),
        status: reproduced ? nil : (check == .computed ? .new : (recorded[key] ?? .new)),
        detail: detail, inputs: inputs))
  }

  // MARK: Helpers

  static func key(_ inspection: String, _ kind: Kind, _ id: String) -> String {
    "\(inspection)\u{1F}\(kind.rawValue)\u{1F}\(id)"
  }

  static func percent(_ value: Double) -> String {
    DisplayRounding.format(value, decimals: value == value.rounded() ? 0 : 2) + "%"
  }

  /// A printed item's figure in a few words: `69%`, `10/23`, `below 50% ('less than half')`.
  static func text(_ item: PublishedFigures.Item) -> String {
    let figure = item.figure
    if figure.form == .exact, !figure.shortfall, figure.denominator == nil,
      figure.words == nil, let percent = figure.percent
    {
      return PublishedShare.percentText(percent.percent)
    }
    if figure.form == .words { return item.label ?? figure.words.map { "'\($0)'" } ?? "no figure" }
    return figure.summary
  }

  static func rangeText(_ range: PercentRange) -> String {
    range.isPoint ? DisplayRounding.format(range.lower, decimals: 2) + "%" : range.description
  }

  static func noProportion(_ item: PublishedFigures.Item) -> String {
    switch item.figure.form {
    case .count: return "printed as a count of cases without a denominator"
    case .words:
      return item.figure.words.map { "printed in words without a proportion ('\($0)')" }
        ?? "printed without a figure or a label"
    default: return "printed without a proportion"
    }
  }

  static func stratumText(_ stratum: [String: [String]]) -> String {
    stratum.keys.sorted().map { "\($0): \((stratum[$0] ?? []).joined(separator: ", "))" }
      .joined(separator: "; ")
  }

  /// Why `absent` inputs stop a check: `2 of its 17 questions have no usable figure: 1.1.a
  /// (not printed), 1.1.m (printed as a count …)`, or, when `all` are absent and none is
  /// printed, `none of its 9 questions has a printed finding`. At most eight are named.
  static func absence(
    _ absent: [String], of what: String, reasons: [String: String], all: Bool
  ) -> String {
    if all, absent.allSatisfy({ reasons[$0] == nil }) {
      return "none of \(what) has a printed finding"
    }
    let shown = absent.prefix(8).map { "\($0) (\(reasons[$0] ?? "not printed"))" }
    return "\(absent.count) of \(what) \(absent.count == 1 ? "has" : "have") no usable "
      + "figure: " + shown.joined(separator: ", ")
      + (absent.count > 8 ? " and \(absent.count - 8) more" : "")
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
}
