import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

/// The accumulator writes each case's canonical JSON itself (a fast path for values that need
/// no escaping, `CanonicalJSON` for the rest); both must hash exactly the documented bytes.
@Suite struct SampleFingerprintBytesTests {
  let plan = Fixtures.demonstration

  /// The digest of one case as the documentation defines it, computed independently.
  func documentedDigest(_ item: SampleCase) -> String {
    var answers: [String: JSONValue] = [:]
    for (index, answer) in item.answers.enumerated() {
      if let answer { answers[plan.questions[index].question.id] = .string(answer) }
    }
    var attributes: [String: JSONValue] = [:]
    for (index, value) in item.attributes.enumerated() {
      if let value { attributes[plan.attributes[index].id] = .string(value) }
    }
    var object: [String: JSONValue] = [
      "answers": .object(answers), "attributes": .object(attributes), "case": .string(item.id),
    ]
    if let exclusion = item.exclusion { object["excluded"] = .string(exclusion) }
    return SHA256.hash(CanonicalJSON.compactBytes(.object(object))).hexString
  }

  func item(
    id: String, caseType: String = "licence", answer: String = "yes", excluded: String? = nil
  ) -> SampleCase {
    var answers = [String?](repeating: nil, count: plan.questions.count)
    answers[0] = answer
    answers[2] = "no"
    return SampleCase(
      id: id, attributes: [caseType, nil], answers: answers, exclusion: excluded,
      origin: CaseOrigin(file: "t.csv", row: 1, start: SourcePosition(line: 2, column: 1)))
  }

  /// A 10,000-character id, passed to the test below by its name so that the log stays short.
  static let longID = (name: "10,000 x", id: String(repeating: "x", count: 10_000))

  @Test(arguments: [
    "A", "", "C-0001", "quote\"d", "back\\slash", "tab\there", "new\nline", "caf\u{e9}",
    "\u{1F600}", "del\u{7F}", longID.name,
  ])
  func oneCaseHashesItsCanonicalJSON(id argument: String) {
    let id = argument == Self.longID.name ? Self.longID.id : argument
    for sample in [
      item(id: id), item(id: id, caseType: id), item(id: id, answer: id),
      item(id: id, excluded: id.isEmpty ? "left" : id),
    ] {
      var accumulator = SampleFingerprint.Accumulator()
      accumulator.add(sample, plan: plan)
      #expect(accumulator.state.sum == documentedDigest(sample))
      #expect(accumulator.state.cases == 1)
    }
  }

  /// A long case grows the reused buffer; the cases after it still hash their own bytes.
  @Test func aLongCaseDoesNotDisturbTheNext() {
    var accumulator = SampleFingerprint.Accumulator()
    accumulator.add(item(id: String(repeating: "y", count: 20_000)), plan: plan)
    var single = SampleFingerprint.Accumulator()
    single.add(item(id: "B"), plan: plan)
    var both = SampleFingerprint.Accumulator()
    both.add(item(id: String(repeating: "y", count: 20_000)), plan: plan)
    both.add(item(id: "B"), plan: plan)
    #expect(both.state == accumulator.state + single.state)
  }
}
