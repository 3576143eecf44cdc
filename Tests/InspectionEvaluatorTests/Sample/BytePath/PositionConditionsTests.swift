import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

@testable import InspectionEvaluator

/// ``PositionConditions`` (masks over value and code positions, in postfix) decides relevance
/// exactly as ``CompiledCondition`` does on strings, for every combination of values, both
/// for conditions checked as a list of literals (q2, q3, q7) and for those run as a program.
@Suite struct PositionConditionsTests {
  static let plan: ScoringPlan = {
    let framework = Framework("POS", version: "1", title: "Conditions") {
      Attribute("kind", "Kind", values: "a", "b", "c")
      Attribute("level", "Level", values: "low", "high")
      Section("1", "S") {
        Criterion("1.1", "C") {
          Question("q1", "Q1")
          Question("q2", "Q2").relevant(when: .attribute("kind", in: ["a", "c"]))
          Question("q3", "Q3").relevant(
            when: .all([.answer("q1", in: ["yes"]), .not(.attribute("level", in: ["high"]))]))
          Question("q4", "Q4").relevant(
            when: .any([.answer("q2", in: ["no", "na"]), .attribute("kind", in: ["b"])]))
          Question("q5", "Q5")
          Question("q6", "Q6").relevant(
            when: .not(.any([.answer("q3", in: ["yes"]), .all([.answer("q1", in: ["no"])])])))
          // Nested conjunctions and a double negation are still literals…
          Question("q7", "Q7").relevant(
            when: .all([
              .all([.attribute("kind", in: ["a", "b"]), .not(.not(.answer("q2", in: ["yes"])))]),
              .not(.attribute("level", in: ["low"])),
            ]))
          // …a negated conjunction is not.
          Question("q8", "Q8").relevant(
            when: .not(.all([.attribute("kind", in: ["c"]), .answer("q1", in: ["yes", "na"])])))
        }
      }
    }
    // The compiler rejects empty `all`/`any` (IK0121), but a plan must not trust its
    // document, so they are patched in after compiling.
    var document = FrameworkCompiler.compile(framework).document
    var questions = document.sections[0].criteria[0].questions
    questions[3].applicability = .any([
      .answer("q2", in: ["no", "na"]), .all([]), .attribute("kind", in: ["b"]),
    ])
    questions[4].applicability = .any([])
    document.sections[0].criteria[0].questions = questions
    return (try? ScoringPlan(document, fingerprint: "sha256:test")) ?? Fixtures.tiny
  }()

  @Test func agreesWithTheStringConditionsOnEveryCase() throws {
    let plan = Self.plan
    try #require(plan.questions.count == 8)
    let conditions = PositionConditions(plan: plan)
    let codes = ["yes", "no", "na", nil]
    var checked = 0
    for kind in 0..<3 {
      for level in 0..<2 {
        for a1 in codes {
          for a2 in codes {
            for a3 in codes {
              let attributes = [plan.attributes[0].values[kind], plan.attributes[1].values[level]]
              let answers: [String?] = [a1, a2, a3, nil, nil, nil, nil, nil]
              let positions = answers.enumerated().map { index, answer -> UInt8 in
                guard let answer else { return 0xFF }
                return UInt8(plan.questions[index].scale.options.firstIndex { $0.code == answer }!)
              }
              // Every answer counts here: the conditions alone are compared.
              let counted = answers.map { $0 == nil ? CaseEffect.unanswered : .sufficient }
              for question in 0..<plan.questions.count {
                let expected = plan.applies(
                  question, attributes: attributes, answers: answers, decided: counted)
                let actual = [UInt8(kind), UInt8(level)].withUnsafeBufferPointer { values in
                  positions.withUnsafeBufferPointer { codes in
                    conditions.holds(question: question, attributes: values, answers: codes)
                  }
                }
                #expect(actual == expected, "q\(question + 1) \(attributes) \(answers)")
                checked += 1
              }
            }
          }
        }
      }
    }
    #expect(checked == 6 * 64 * 8)
  }
}
