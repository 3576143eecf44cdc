import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionStatistics
import InspectionSupport
import Testing

@testable import InspectionComparison
@testable import InspectionEvaluator

/// What a case means for each question is decided in one place, ``ScoringPlan/decide(_:)``.
/// Every path that counts cases must agree with it, case by case, on every shipped framework:
/// the tally (the general path), the CSV byte path, the JSON reader, the evidence kept for the
/// bootstrap and the evidence carried across crosswalks.
@Suite struct CaseDecisionAgreementTests {
  // MARK: The DEMO case that once drifted

  /// `roh=low, case_type=licence, 2.2.a=yes, 2.2.b=no`: 2.2.a does not apply (roh is low), so
  /// its `yes` is dropped; 2.2.b applies only after a `yes` to 2.2.a that counts, so it does
  /// not apply either, and its `no` is dropped too. Every path must score 2.2.b not relevant.
  static let demoCase =
    "case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a\n"
    + "X,licence,low,yes,yes,yes,yes,good,yes,yes,no,,yes\n"

  @Test func theDemoCaseIsScoredTheSameByTheTallyAndTheComparisonEvidence() throws {
    let plan = try Self.plan(FrameworkCatalog.demonstration)
    let position = try #require(plan.questionIndex["2.2.b"])
    let a = try #require(plan.questionIndex["2.2.a"])

    var reader = CSVSampleReader(bytes: Array(Self.demoCase.utf8), plan: plan, displayName: "x")
    let evidence = SampleEvidence.gather(plan: plan, reader: &reader)
    #expect(!evidence.evaluation.failed)
    // The tally: 2.2.a and 2.2.b not relevant, each answer dropped with a warning.
    let tally = evidence.evaluation.summary.questions
    #expect(tally[a] == QuestionTally(sufficient: 0, insufficient: 0, notRelevant: 1))
    #expect(tally[position] == QuestionTally(sufficient: 0, insufficient: 0, notRelevant: 1))
    #expect(
      evidence.evaluation.summary.diagnostics.filter { $0.code == "IK0211" }.count == 2,
      "\(evidence.evaluation.summary.diagnostics.map(\.rendered))")
    // The evidence the bootstrap resamples: the same.
    let kept = try #require(evidence.cases?.first)
    #expect(kept[position] == CaseEffectsCode.notRelevant)
    #expect(kept[a] == CaseEffectsCode.notRelevant)
    // Resampled once with weight 1, it gives the tally's counts for every question.
    #expect(evidence.summary(weights: [1]).questions.map(\.relevant) == tally.map(\.relevant))
    #expect(evidence.summary(weights: [1]).questions.map(\.sufficient) == tally.map(\.sufficient))

    // The one decision says why.
    var again = CSVSampleReader(bytes: Array(Self.demoCase.utf8), plan: plan, displayName: "x")
    guard case .case(let item)? = again.next() else {
      Issue.record("the row is not a case")
      return
    }
    let decided = plan.decide(item)
    #expect(decided[a] == .droppedAnswer)
    #expect(decided[position] == .droppedAnswer)
    #expect(plan.effects(of: item)[position] == .notRelevant)
  }

  // MARK: Random cases on every shipped framework

  /// Random cases for every shipped framework; each seed gives other cases.
  @Test func everyPathAgreesWithTheOneDecisionOnEveryShippedFramework() throws {
    let plans = try FrameworkCatalog.all.map(Self.plan)
    let crosswalks = try Self.crosswalks(plans)
    for seed: UInt64 in [1, 2] {
      for (offset, plan) in plans.enumerated() {
        var generator = SeededGenerator(seed: seed, stream: UInt64(offset))
        let cases = (0..<120).map { Self.randomCase(plan: plan, number: $0, using: &generator) }
        try checkPaths(plan: plan, cases: cases, plans: plans, crosswalks: crosswalks)
      }
    }
  }

  // MARK: Conditions inherited from sections and criteria

  /// Conditions at every level: a section relevant to court cases only, a criterion relevant
  /// when a review was due (and an earlier answer), questions with their own conditions, one
  /// reading an answer in the section before.
  static let inherited = Framework("INHERIT", version: "1", title: "Inherited conditions") {
    Attribute("disposal", "Disposal", values: "court", "out-of-court")
    Attribute("review_due", "Review due", values: "yes", "no")
    Attribute("risk", "Risk", values: "low", "high")
    Section("1", "Every case") {
      Criterion("1.1", "Screening") {
        Question("1.1.a", "Screened?")
        Question("1.1.b", "High risk followed up?").relevant(when: .attribute("risk", is: "high"))
      }
    }
    Section("2", "Court work", scored: false) {
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions) {
        Question("2.1.a", "Assessed?", role: .key)
        Question("2.1.b", "Risk assessed?", role: .key)
          .relevant(when: .attribute("risk", is: "high") || .answer("1.1.a", is: "no"))
      }
      Criterion("2.2", "Reviewing") {
        Question("2.2.a", "Reviewed?")
        Question("2.2.b", "Review acted on?").relevant(when: .answer("2.2.a", is: "yes"))
      }
      .relevant(when: .attribute("review_due", is: "yes") && !.answer("1.1.b", is: "no"))
    }
    .relevant(when: .attribute("disposal", is: "court"))
    Section("3", "Out-of-court work") {
      Criterion("3.1", "Planning") {
        Question("3.1.a", "Planned?")
      }
      .relevant(when: .attribute("risk", is: "low"))
    }
    .relevant(when: !.attribute("disposal", is: "court"))
  }

  /// Inherited conditions are part of the one decision: every path agrees with it, and it
  /// agrees with the rule stated independently here (a question applies when its section's,
  /// its criterion's and its own conditions all hold, an answer test reading an earlier
  /// answer only when that answer counts).
  @Test func inheritedConditionsAreDecidedOnceAndEveryPathAgrees() throws {
    let plan = try Self.plan(Self.inherited)
    let document = plan.document
    for seed: UInt64 in [1, 2, 3] {
      var generator = SeededGenerator(seed: seed, stream: 99)
      let cases = (0..<150).map { Self.randomCase(plan: plan, number: $0, using: &generator) }
      try checkPaths(plan: plan, cases: cases, plans: [plan], crosswalks: [])
      for item in cases {
        let decided = plan.decide(item)
        var position = 0
        for (s, section) in document.sections.enumerated() {
          for (c, criterion) in section.criteria.enumerated() {
            for (q, question) in criterion.questions.enumerated() {
              let conditions = [
                section.applicability, criterion.applicability, question.applicability,
              ]
              let applies = conditions.allSatisfy { condition in
                condition.map { Self.holds($0, item, decided, plan) } ?? true
              }
              let effect = decided[position]
              if effect != .notOnScale {
                let notApplied = effect == .notApplicable || effect == .droppedAnswer
                #expect(
                  notApplied == !applies,
                  "\(item.id) \(question.id): \(effect) with section \(s) criterion \(c) q \(q)")
              }
              position += 1
            }
          }
        }
      }
    }
  }

  /// The reference reading of a condition, from the strings: an attribute test holds for one
  /// of its values; an answer test when the earlier answer counts and is one of its codes.
  private static func holds(
    _ condition: Applicability, _ item: SampleCase, _ decided: [CaseEffect], _ plan: ScoringPlan
  ) -> Bool {
    switch condition {
    case .attribute(let id, let values):
      guard let index = plan.attributeIndex[id], let value = item.attributes[index] else {
        return false
      }
      return values.contains(value)
    case .answer(let id, let codes):
      guard let index = plan.questionIndex[id], decided[index].answerCounts,
        let answer = item.answers[index]
      else { return false }
      return codes.contains(answer)
    case .all(let terms): return terms.allSatisfy { holds($0, item, decided, plan) }
    case .any(let terms): return terms.contains { holds($0, item, decided, plan) }
    case .not(let term): return !holds(term, item, decided, plan)
    }
  }

  /// Checks every path against ``ScoringPlan/decide(_:)`` on `cases`.
  private func checkPaths(
    plan: ScoringPlan, cases: [SampleCase], plans: [ScoringPlan], crosswalks: [CrosswalkDocument]
  ) throws {
    let label = plan.document.label
    let decided = cases.map(plan.decide)
    // A case is valid when every attribute has a value and every answer is on its scale;
    // then (under --allow-incomplete) it is counted by its decisions.
    let valid = zip(cases, decided).map { item, effects in
      !item.attributes.contains(nil) && !effects.contains(.notOnScale)
    }
    var expected = TallySummary(questionCount: plan.questions.count)
    for (effects, isValid) in zip(decided, valid) where isValid {
      for (index, effect) in effects.enumerated() {
        switch effect.effect {
        case .sufficient?: expected.questions[index].sufficient += 1
        case .insufficient?: expected.questions[index].insufficient += 1
        case .notRelevant?: expected.questions[index].notRelevant += 1
        case nil: expected.questions[index].unanswered += 1
        }
      }
    }
    let options = SampleTally.Options(allowIncomplete: true, excludeInvalid: true)
    let csv = Self.csv(cases, plan: plan)
    let json = Self.json(cases, plan: plan)

    // The tally through the general path, the byte path (where rows are clean), and JSON.
    var general = GeneralPath(
      base: CSVSampleReader(bytes: Array(csv.utf8), plan: plan, displayName: "s.csv"))
    var bytes = CSVSampleReader(bytes: Array(csv.utf8), plan: plan, displayName: "s.csv")
    var fromJSON = JSONSampleReader(bytes: Array(json.utf8), plan: plan, file: "s.json")
    for (path, summary) in [
      ("general", Evaluator.evaluate(plan: plan, reader: &general, options: options).summary),
      ("bytes", Evaluator.evaluate(plan: plan, reader: &bytes, options: options).summary),
      ("json", Evaluator.evaluate(plan: plan, reader: &fromJSON, options: options).summary),
    ] {
      #expect(summary.questions == expected.questions, "\(label): \(path)")
      #expect(summary.scored == valid.filter { $0 }.count, "\(label): \(path)")
    }

    // The byte path case by case: it takes every clean case, and counts it as decided.
    try checkBytePath(plan: plan, csv: csv, decided: decided, valid: valid)

    // The evidence kept for the bootstrap, and the effects handed on to be carried.
    var handedOn: [[AnswerEffect?]] = []
    var reader = CSVSampleReader(bytes: Array(csv.utf8), plan: plan, displayName: "s.csv")
    let evidence = SampleEvidence.gather(plan: plan, reader: &reader, options: options) {
      handedOn.append($0)
    }
    let expectedEffects = zip(decided, valid).filter(\.1).map { $0.0.map(\.effect) }
    #expect(handedOn == expectedEffects, "\(label): evidence handed on")
    #expect(
      evidence.cases == expectedEffects.map(CaseEffectsCode.pack), "\(label): evidence kept")

    // Carrying across every crosswalk out of this framework, either way round.
    for crosswalk in crosswalks where crosswalk.from.fingerprint == plan.fingerprint {
      let target = try #require(plans.first { $0.fingerprint == crosswalk.to.fingerprint })
      let carrier = try CrosswalkCarrier(crosswalk, from: plan, to: target)
      var comparison = FrameworkComparison(source: plan, targets: [(target, [carrier])])
      for effects in handedOn { comparison.add(effects) }
      let carried = comparison.finish(sample: evidence)[1].result.questions.map(\.tally)
      var carriedExpected = [QuestionTally](repeating: .init(), count: target.questions.count)
      for effects in expectedEffects {
        for (index, source) in carrier.sourceOf.enumerated() {
          switch source.flatMap({ effects[$0] }) {
          case .sufficient?: carriedExpected[index].sufficient += 1
          case .insufficient?: carriedExpected[index].insufficient += 1
          case .notRelevant?: carriedExpected[index].notRelevant += 1
          case nil: carriedExpected[index].unanswered += 1
          }
        }
      }
      #expect(
        carried == carriedExpected,
        "\(label) → \(target.document.label): carried evidence")
    }
  }

  /// Scores each row of `csv` alone through the ``CSVRowScorer``: a row is taken exactly when
  /// its case is clean (valid, no dropped answer, nothing unanswered), and then counted as
  /// decided.
  private func checkBytePath(
    plan: ScoringPlan, csv: String, decided: [[CaseEffect]], valid: [Bool]
  ) throws {
    var reader = CSVReader(string: csv)
    let header = try #require(try reader.nextRecord())
    let (columns, problems) = CSVColumnMap.make(header: header, plan: plan, file: "s.csv")
    #expect(problems.isEmpty)
    guard var scorer = CSVRowScorer(plan: plan, columns: columns) else {
      Issue.record("\(plan.document.label): no byte path")
      return
    }
    var taken = 0
    for (row, effects) in decided.enumerated() {
      #expect(try reader.nextRawRecord())
      var tally = SampleTally(plan: plan)
      let scored = reader.withRawFields { scorer.score($0, row: row + 1, into: &tally) }
      reader.skipRawRecord()
      scorer.flush(into: &tally)
      let clean =
        valid[row]
        && !effects.contains { $0 == .droppedAnswer || $0 == .unanswered }
      #expect(scored == clean, "\(plan.document.label) row \(row + 1): taken \(scored)")
      guard scored else { continue }
      taken += 1
      let counted = tally.summary.questions
      for (index, effect) in effects.enumerated() {
        let one: QuestionTally =
          switch effect.effect {
          case .sufficient?: QuestionTally(sufficient: 1, insufficient: 0)
          case .insufficient?: QuestionTally(sufficient: 0, insufficient: 1)
          case .notRelevant?: QuestionTally(sufficient: 0, insufficient: 0, notRelevant: 1)
          case nil: QuestionTally(sufficient: 0, insufficient: 0, unanswered: 1)
          }
        #expect(counted[index] == one, "\(plan.document.label) row \(row + 1) q\(index)")
      }
    }
    // Most random cases are made clean, so the byte path is really exercised.
    #expect(taken > decided.count / 2, "\(plan.document.label): \(taken) rows taken")
  }

  // MARK: Random cases

  /// A random case. Most are made clean by the one decision (every attribute valued, every
  /// question that applies answered on its scale, the others empty); the rest keep dropped
  /// answers, blanks where a question applies, a missing attribute value now and then, and
  /// rarely a code off the scale.
  static func randomCase(
    plan: ScoringPlan, number: Int, using generator: inout SeededGenerator
  ) -> SampleCase {
    func chance(_ percent: UInt64) -> Bool { generator.uniform(below: 100) < percent }
    func pick(_ options: [String]) -> String? {
      options.isEmpty ? nil : options[Int(generator.uniform(below: UInt64(options.count)))]
    }
    let clean = chance(70)
    func code(_ question: Int) -> String? {
      if !clean && chance(1) { return "zz" }
      return pick(plan.questions[question].scale.options.map(\.code))
    }
    let attributes = plan.attributes.map { !clean && chance(3) ? nil : pick($0.values) }
    var answers = plan.questions.indices.map { index in chance(35) ? nil : code(index) }
    var item = SampleCase(
      id: "c\(number)", attributes: attributes, answers: answers,
      origin: CaseOrigin(file: "", row: number + 1, start: .init(line: 1, column: 1)))
    guard clean else { return item }
    // Answer what applies, leave the rest empty, until the decisions settle (conditions look
    // only back, so each round settles at least one more question).
    for _ in 0...plan.questions.count {
      let effects = plan.decide(item)
      let settled = !effects.contains { $0 == CaseEffect.droppedAnswer || $0 == .unanswered }
      if settled { break }
      for (index, effect) in effects.enumerated() {
        if effect == .droppedAnswer { answers[index] = nil }
        if effect == .unanswered { answers[index] = code(index) }
      }
      item.answers = answers
    }
    return item
  }

  /// The cases as CSV, columns in plan order.
  static func csv(_ cases: [SampleCase], plan: ScoringPlan) -> String {
    var text = CSVWriter.line(
      ["case"] + plan.attributes.map(\.id) + plan.questions.map(\.question.id))
    for item in cases {
      text += CSVWriter.line(
        [item.id] + item.attributes.map { $0 ?? "" } + item.answers.map { $0 ?? "" })
    }
    return text
  }

  /// The cases as a JSON sample; empty cells are omitted.
  static func json(_ cases: [SampleCase], plan: ScoringPlan) -> String {
    func object(_ ids: [String], _ values: [String?]) -> JSONValue {
      var members: [String: JSONValue] = [:]
      for (id, value) in zip(ids, values) { if let value { members[id] = .string(value) } }
      return .object(members)
    }
    let cases = cases.map { item -> JSONValue in
      .object([
        "case": .string(item.id),
        "attributes": object(plan.attributes.map(\.id), item.attributes),
        "answers": object(plan.questions.map(\.question.id), item.answers),
      ])
    }
    return CanonicalJSON.compact(.object(["cases": .array(cases)]))
  }

  // MARK: Fixtures

  static func plan(_ framework: Framework) throws -> ScoringPlan {
    let document = FrameworkCompiler.compile(framework).document
    return try ScoringPlan(document, fingerprint: try document.fingerprint())
  }

  /// The shipped crosswalks compiled against their frameworks, each also read backwards.
  static func crosswalks(_ plans: [ScoringPlan]) throws -> [CrosswalkDocument] {
    func resolve(_ name: String) throws -> (FrameworkDocument, String) {
      let parts = name.split(separator: "@").map(String.init)
      let matches = plans.filter { $0.document.id == parts[0] }
      let plan = try #require(
        parts.count == 2 ? matches.first { $0.document.version == parts[1] } : matches.last)
      return (plan.document, plan.fingerprint)
    }
    var documents: [CrosswalkDocument] = []
    for crosswalk in FrameworkCatalog.crosswalks {
      let compiled = CrosswalkCompiler.compile(
        crosswalk, from: try resolve(crosswalk.from), to: try resolve(crosswalk.to)
      ).document
      documents += [compiled, compiled.inverted]
    }
    return documents
  }
}

/// Reads through ``SampleReader/next()`` only, so the default `read(into:)` applies: the
/// general path.
private struct GeneralPath<Base: SampleReader>: SampleReader {
  var base: Base
  mutating func next() -> SampleRecord? { base.next() }
}
