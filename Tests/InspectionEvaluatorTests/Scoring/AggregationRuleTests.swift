import FrameworkCatalog
import InspectionDSL
import InspectionEvaluator
import InspectionSchema
import Testing

/// One test per aggregation rule beyond the worked examples, numbers worked by hand.
@Suite struct AggregationRuleTests {
  // MARK: The Demonstration sample, every rule at once

  @Test func demonstrationSampleByHand() throws {
    let evaluation = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
    #expect(!evaluation.failed)
    let result = evaluation.result
    // Section 1 is the tiny framework of docs/scoring.md: 1.1 = 65, 1.2 = 66.67, section 1 = 65.83 (priority), RoH 72.22.
    #expect(approx(result.item("1.1")?.value, 65))
    #expect(approx(result.item("1.2")?.value, 66.67))
    #expect(approx(result.section("1")?.value, 65.83))
    #expect(result.section("1")?.band?.id == "priority")
    #expect(approx(result.item("RoH")?.value, 72.22))
    #expect(result.item("RoH")?.band?.id == "good")
    // 2.2.a (roh high / very high): A yes, C no → 1/2 = 50.
    // 2.2.b (2.2.a = yes and not custody): only A, yes → 1/1 = 100.
    // 2.2.c (roh medium or high): A yes, B no → 1/2 = 50 (not key).
    // 2.2 = min(key 50, 100) = 50 → urgent.
    #expect(approx(result.question("2.2.a")?.percent, 50))
    #expect(approx(result.question("2.2.b")?.percent, 100))
    #expect(approx(result.question("2.2.c")?.percent, 50))
    #expect(approx(result.item("2.2")?.value, 50))
    #expect(result.item("2.2")?.band?.id == "urgent")
    // Section 2 pooled: (3 + 2 + 1 + 1 + 1) ÷ (4 + 3 + 2 + 1 + 2) = 8/12 = 66.67%, displayed
    // as 67 → stars 3 (65 ≤ 67 < 80).
    #expect(approx(result.section("2")?.value, 800.0 / 12))
    #expect(result.section("2")?.band?.id == "3")
    // Section 3 weighted criteria: 3.1 = 3/4 = 75 × 3; 3.2 is judged (undefined) → 75.
    #expect(approx(result.section("3")?.value, 75))
  }

  // MARK: Weighted questions

  @Test func weightedQuestions() {
    let result = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
      .result
    // 2.1.a (quality, weight 2): good, poor, adequate, good → 3/4 = 75%.
    // 2.1.b (weight 1): yes, yes, no, na → 2/3 = 66.67%.
    // 2.1 = (75 × 2 + 66.67 × 1) ÷ 3 = 216.67 / 3 = 72.22% (the plain mean would be 70.83).
    #expect(approx(result.question("2.1.a")?.percent, 75))
    #expect(approx(result.question("2.1.b")?.percent, 200.0 / 3))
    #expect(approx(result.item("2.1")?.value, (150 + 200.0 / 3) / 3))
    #expect(approx(result.item("2.1")?.value, 72.22))
    #expect(result.item("2.1")?.band?.id == "good")
  }

  @Test func weightedQuestionsDropUndefinedQuestions() {
    // 2.1.b na everywhere → undefined; 2.1 = 75 × 2 ÷ 2 = 75 (not 150 ÷ 3 = 50).
    let sample = """
      case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a
      A,licence,high,yes,yes,yes,no,good,na,yes,yes,yes,yes
      B,community,medium,no,,yes,yes,poor,na,,,no,no
      C,licence,very high,yes,no,no,na,adequate,na,no,,,yes
      D,community,low,yes,,yes,yes,good,na,,,,yes

      """
    let result = Fixtures.scoreCSV(sample, plan: Fixtures.demonstration).result
    #expect(result.question("2.1.b")?.percent == nil)
    #expect(approx(result.item("2.1")?.value, 75))
  }

  // MARK: Weighted criteria

  static let weightedCriteria = Framework("WC", version: "1", title: "Weighted criteria") {
    Attribute("kind", "Kind", values: "x", "y")
    Section("1", "Weighted", rule: .weightedCriteria) {
      Criterion("c1", "Heavy", weight: 3) { Question("c1.a", "One?") }
      Criterion("c2", "Light", weight: 1) { Question("c2.a", "Two?") }
      Criterion("c3", "Never relevant here", weight: 2) {
        Question("c3.a", "Three?").relevant(when: .attribute("kind", is: "y"))
      }
    }
  }

  @Test func weightedCriteriaDropUndefinedCriteria() throws {
    let plan = try Fixtures.plan(Self.weightedCriteria)
    let sample = """
      case,kind,c1.a,c2.a,c3.a
      A,x,yes,yes,
      B,x,no,yes,

      """
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    // c1 = 1/2 = 50 (× 3), c2 = 2/2 = 100 (× 1), c3 undefined (no kind y) and dropped:
    // (150 + 100) ÷ 4 = 62.5%. Counting c3 as 0 would give 250 ÷ 6 = 41.67%.
    #expect(result.item("c3")?.value == nil)
    #expect(approx(result.section("1")?.value, 62.5))
  }

  @Test func weightedCriteriaWithEveryCriterionDefined() throws {
    let plan = try Fixtures.plan(Self.weightedCriteria)
    let sample = """
      case,kind,c1.a,c2.a,c3.a
      A,y,yes,no,no
      B,y,yes,no,no

      """
    // c1 = 100 × 3, c2 = 0 × 1, c3 = 0 × 2 → 300 ÷ 6 = 50%.
    let result = Fixtures.scoreCSV(sample, plan: plan).result
    #expect(approx(result.section("1")?.value, 50))
  }

  // MARK: Pooled headline

  @Test func pooledHeadline() {
    let result = Fixtures.scoreCSV(Fixtures.demonstrationSample, plan: Fixtures.demonstration)
      .result
    // LoR (pooled, every section): 2.1.a 3/4, 2.1.b 2/3, 3.1.a 3/4 → 8/11 = 72.73%;
    // the mean of the three would be 72.22%. Displayed 73 → stars 3.
    let lor = result.item("LoR")
    #expect(approx(lor?.value, 800.0 / 11))
    #expect(lor?.band?.id == "3")
    #expect(result.derivationLines("LoR")?.contains("= 8 ÷ 11 = 72.73%") == true)
  }

  // MARK: Applicability

  static let applicability = Framework("APP", version: "1", title: "Applicability") {
    Attribute("type", "Type", values: "a", "b", "c")
    Attribute("level", "Level", values: "low", "high")
    Section("1", "Applicability") {
      Criterion("1.1", "Conditions") {
        Question("q1", "Always?")
        Question("q2", "After a yes to q1?").relevant(when: .answer("q1", is: "yes"))
        Question("q3", "Type a and high?")
          .relevant(when: .attribute("type", is: "a") && .attribute("level", is: "high"))
        Question("q4", "Type b or high?")
          .relevant(when: .attribute("type", is: "b") || .attribute("level", is: "high"))
        Question("q5", "Not type c?").relevant(when: !.attribute("type", is: "c"))
      }
    }
  }

  @Test func applicabilityOverAttributesAndEarlierAnswers() throws {
    let plan = try Fixtures.plan(Self.applicability)
    // Empty cells are where the question does not apply; every relevant cell is answered.
    //        q1  q2 (q1=yes)  q3 (a∧high)  q4 (b∨high)  q5 (¬c)
    // A a,high   yes  yes       yes          yes          yes
    // B a,low    no   —         —            —            no
    // C b,low    yes  no        —            yes          yes
    // D c,high   no   —         —            no           —
    // E c,low    yes  yes       —            —            —
    let sample = """
      case,type,level,q1,q2,q3,q4,q5
      A,a,high,yes,yes,yes,yes,yes
      B,a,low,no,,,,no
      C,b,low,yes,no,,yes,yes
      D,c,high,no,,,no,
      E,c,low,yes,yes,,,

      """
    let evaluation = Fixtures.scoreCSV(sample, plan: plan)
    #expect(!evaluation.failed, "\(evaluation.errors.map { $0.rendered })")
    let result = evaluation.result
    // q1: 3/5. q2: relevant A C E (q1 yes) → 2/3. q3: only A → 1/1.
    // q4: A (high), C (b), D (high) → 2/3. q5: A B C → 2/3.
    #expect(result.question("q1")?.tally == QuestionTally(sufficient: 3, insufficient: 2))
    #expect(
      result.question("q2")?.tally == QuestionTally(sufficient: 2, insufficient: 1, notRelevant: 2))
    #expect(
      result.question("q3")?.tally == QuestionTally(sufficient: 1, insufficient: 0, notRelevant: 4))
    #expect(
      result.question("q4")?.tally == QuestionTally(sufficient: 2, insufficient: 1, notRelevant: 2))
    #expect(
      result.question("q5")?.tally == QuestionTally(sufficient: 2, insufficient: 1, notRelevant: 2))
  }

  @Test func applicabilityDecidesWhatIsUnanswered() throws {
    let plan = try Fixtures.plan(Self.applicability)
    // B answered q1 yes, so q2 is relevant to B and its empty cell is an error.
    let sample = """
      case,type,level,q1,q2,q3,q4,q5
      B,a,low,yes,,,,no

      """
    let evaluation = Fixtures.scoreCSV(sample, plan: plan)
    #expect(evaluation.failed)
    #expect(evaluation.errors.map { $0.code } == ["IK0210"])
    #expect(evaluation.errors.first?.message.contains("'q2'") == true)
  }

  @Test func anIgnoredAnswerDoesNotMakeLaterQuestionsRelevant() throws {
    // D's roh is low, so 2.2.a does not apply and D's "yes" to it is ignored (IK0211). 2.2.b
    // applies when 2.2.a is yes: the ignored answer must not make it relevant to D, so D's
    // empty 2.2.b is not unanswered and D's answer does not count.
    let sample = """
      case,case_type,roh,1.1.a,1.1.b,1.1.s,1.2.a,2.1.a,2.1.b,2.2.a,2.2.b,2.2.c,3.1.a
      D,community,low,yes,,yes,yes,good,na,yes,,,yes
      E,community,low,yes,,yes,yes,good,na,yes,no,,yes

      """
    let evaluation = Fixtures.scoreCSV(sample, plan: Fixtures.demonstration)
    #expect(evaluation.errors.isEmpty, "\(evaluation.errors.map { $0.rendered })")
    #expect(!evaluation.failed)
    let b = try #require(evaluation.result.question("2.2.b"))
    #expect(b.tally == QuestionTally(sufficient: 0, insufficient: 0, notRelevant: 2))
    let ignored = evaluation.result.warnings.filter { $0.code == "IK0211" }
    #expect(ignored.count == 3)  // D 2.2.a; E 2.2.a and 2.2.b
  }

  // MARK: Not relevant: `na` and applicability alike

  @Test func naAnswerAndApplicabilityBothCountAsNotRelevant() throws {
    let result = Fixtures.scoreCSV(Fixtures.scoringSample, plan: Fixtures.tiny).result
    // 1.1.b: B and D are not licence cases (applicability false) → not relevant 2.
    // 1.2.a: C answered na → not relevant 1. Neither is in the denominator nor unanswered.
    let b = try #require(result.question("1.1.b"))
    let a = try #require(result.question("1.2.a"))
    #expect(b.tally.notRelevant == 2 && b.tally.relevant == 2 && b.tally.unanswered == 0)
    #expect(a.tally.notRelevant == 1 && a.tally.relevant == 3 && a.tally.unanswered == 0)
    // Answering na where the question does not apply changes nothing, apart from a warning.
    let withNA = """
      case,case_type,1.1.a,1.1.b,1.1.s,1.2.a
      A,licence,yes,yes,yes,no
      B,community,no,na,yes,yes
      C,licence,yes,no,no,na
      D,community,yes,,yes,yes

      """
    let evaluation = Fixtures.scoreCSV(withNA, plan: Fixtures.tiny)
    #expect(evaluation.result.question("1.1.b")?.tally == b.tally)
    #expect(evaluation.errors.isEmpty)
    #expect(evaluation.result.warnings.contains { $0.code == "IK0211" })
  }
}
