import Foundation
import Testing

/// `inspect cases`: the cases listed behind a score are exactly those its counts count.
@Suite("inspect cases")
struct CasesCLITests {
  static func json(_ arguments: [String]) throws -> [String: Any] {
    let output = try InspectProcess.run(arguments)
    #expect(output.status == 0, "\(arguments): \(output.stderr)")
    return try #require(
      try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
  }

  @Test func casesOfAQuestionMatchItsCounts() throws {
    let report = try Self.json(
      ["score", "OMI@2008", "Examples/OMI-2008/sample.csv", "--format", "json"])
    let questions = report["questions"] as? [[String: Any]] ?? []
    for id in ["1.2.a", "2.5.c", "3.1.p"] {
      let question = try #require(questions.first { $0["id"] as? String == id })
      for (effect, key) in [
        ("sufficient", "sufficient"), ("insufficient", "insufficient"),
        ("not-relevant", "notRelevant"),
      ] {
        let listed = try Self.json(
          [
            "cases", "OMI@2008", "Examples/OMI-2008/sample.csv", "--item", id, "--effect", effect,
            "--format", "json",
          ])
        let cases = listed["cases"] as? [[String: Any]] ?? []
        #expect(cases.count == question[key] as? Int, "\(id) \(effect)")
        #expect(cases.allSatisfy { $0["effect"] as? String == effect && $0["question"] == nil })
      }
    }
  }

  @Test func casesOfACriterionNameTheirQuestions() throws {
    let listed = try Self.json(
      [
        "cases", "DEMO", "Examples/Demonstration/sample.csv", "--item", "1.1", "--effect",
        "insufficient", "--format", "json",
      ])
    let cases = (listed["cases"] as? [[String: Any]] ?? []).map {
      "\($0["case"] as? String ?? "") \($0["question"] as? String ?? "")"
    }
    #expect(cases == ["B 1.1.a", "C 1.1.b", "C 1.1.s"])
    let text = try InspectProcess.run(
      ["cases", "DEMO", "Examples/Demonstration/sample.csv", "--item", "1.1"])
    #expect(text.stdout.hasPrefix("12 case-question entries behind '1.1' of DEMO@1\n"))
    #expect(text.stdout.contains("  B     1.1.b     not-relevant\n"))
  }

  @Test func explainPointsToIt() throws {
    let output = try InspectProcess.run(
      ["score", "DEMO", "Examples/Demonstration/sample.csv", "--explain", "1.1"])
    #expect(
      output.stdout.contains(
        "inspect cases DEMO Examples/Demonstration/sample.csv --item 1.1"))
  }

  @Test(arguments: [
    (["--item", "9.9"], "is not a question"), ([], "--item ID"),
    (["--item", "1.1", "--effect", "good"], "effect"),
  ])
  func badArgumentsAreUsageErrors(extra: [String], message: String) throws {
    let output = try InspectProcess.run(
      ["cases", "DEMO", "Examples/Demonstration/sample.csv"] + extra)
    #expect(output.status == 64, "\(output.stderr)")
    #expect(output.stderr.contains(message), "\(output.stderr)")
  }
}
