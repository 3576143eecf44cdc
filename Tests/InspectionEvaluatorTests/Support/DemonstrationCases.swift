import InspectionEvaluator
import InspectionSchema
import InspectionStatistics

/// Random valid cases over the Demonstration framework, honouring its applicability, with the
/// counts each case should add worked out independently of the evaluator.
struct DemonstrationCase: Sendable {
  /// What a case's answer to a question should count as.
  enum Effect: Sendable { case sufficient, insufficient, notRelevant, unanswered }

  static let attributes = ["case_type", "roh"]
  static let questions = [
    "1.1.a", "1.1.b", "1.1.s", "1.2.a", "2.1.a", "2.1.b", "2.2.a", "2.2.b", "2.2.c", "3.1.a",
  ]

  var id: String
  var caseType: String
  var roh: String
  /// Answers by `questions` position; "" is an empty cell.
  var answers: [String]
  /// The expected effect of each answer.
  var effects: [Effect]
  /// The sample's reason to leave the case out, if any.
  var excluded: String?

  /// A random case. With `blanks`, a relevant question is sometimes left empty (to be scored
  /// with `allowIncomplete`); with `exclusions`, the case is sometimes excluded by the sample.
  static func random(
    id: String, using generator: inout SeededGenerator, blanks: Bool = false,
    exclusions: Bool = false
  ) -> DemonstrationCase {
    func pick(_ options: [String]) -> String {
      options[Int(generator.uniform(below: UInt64(options.count)))]
    }
    let caseType = pick(["community", "licence", "custody"])
    let roh = pick(["low", "medium", "high", "very high"])
    var answers: [String] = []
    var effects: [Effect] = []
    func answer(relevant: Bool, scale: [String] = ["yes", "no", "na"]) {
      guard relevant else {
        answers.append("")
        effects.append(.notRelevant)
        return
      }
      if blanks && generator.uniform(below: 8) == 0 {
        answers.append("")
        effects.append(.unanswered)
        return
      }
      let code = pick(scale)
      answers.append(code)
      switch code {
      case "yes", "good", "adequate": effects.append(.sufficient)
      case "no", "poor", "none": effects.append(.insufficient)
      default: effects.append(.notRelevant)
      }
    }
    answer(relevant: true)  // 1.1.a
    answer(relevant: caseType == "licence")  // 1.1.b
    answer(relevant: true)  // 1.1.s
    answer(relevant: true)  // 1.2.a
    answer(relevant: true, scale: ["good", "adequate", "poor", "none", "na"])  // 2.1.a
    answer(relevant: true)  // 2.1.b
    answer(relevant: roh == "high" || roh == "very high")  // 2.2.a
    answer(relevant: answers[6] == "yes" && caseType != "custody")  // 2.2.b
    answer(relevant: roh == "medium" || roh == "high")  // 2.2.c
    answer(relevant: true)  // 3.1.a
    let excluded = exclusions && generator.uniform(below: 10) == 0 ? "transferred out" : nil
    return DemonstrationCase(
      id: id, caseType: caseType, roh: roh, answers: answers, effects: effects,
      excluded: excluded)
  }

  /// `count` random cases with ids `c0`, `c1`, ….
  static func sample(
    count: Int, seed: UInt64, blanks: Bool = false, exclusions: Bool = false
  ) -> [DemonstrationCase] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map {
      random(id: "c\($0)", using: &generator, blanks: blanks, exclusions: exclusions)
    }
  }
}

extension Array where Element == DemonstrationCase {
  /// The cases as CSV, columns in `order` (a permutation of the header; default order).
  func csv(columnOrder: [Int]? = nil) -> String {
    let header =
      ["case"] + DemonstrationCase.attributes + DemonstrationCase.questions
      + ["excluded"]
    let order = columnOrder ?? [Int](header.indices)
    func line(_ fields: [String]) -> String {
      order.map { fields[$0].contains(",") ? "\"\(fields[$0])\"" : fields[$0] }
        .joined(separator: ",")
    }
    var text = line(header) + "\n"
    for item in self {
      text += line([item.id, item.caseType, item.roh] + item.answers + [item.excluded ?? ""])
      text += "\n"
    }
    return text
  }

  /// The cases as a JSON sample; empty answers are omitted or, every other case, `null`.
  func json() -> String {
    var lines: [String] = []
    for (index, item) in enumerated() {
      var answers: [String] = []
      for (question, code) in zip(DemonstrationCase.questions, item.answers).reversed() {
        if !code.isEmpty {
          answers.append("\"\(question)\": \"\(code)\"")
        } else if index % 2 == 1 {
          answers.append("\"\(question)\": null")
        }
      }
      let excluded = item.excluded.map { ", \"excluded\": \"\($0)\"" } ?? ""
      lines.append(
        "  {\"answers\": {\(answers.joined(separator: ", "))},\n"
          + "   \"attributes\": {\"roh\": \"\(item.roh)\", \"case_type\": \"\(item.caseType)\"},"
          + " \"case\": \"\(item.id)\"\(excluded)}")
    }
    return "{\"cases\": [\n" + lines.joined(separator: ",\n") + "\n]}\n"
  }
}
