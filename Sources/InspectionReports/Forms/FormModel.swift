import InspectionEvaluator
import InspectionSchema
import InspectionSupport

/// What the case entry page knows of a framework, as the JSON its script reads: attributes,
/// scales, questions and, for each question, its applicability as the evaluator compiled it.
///
/// Conditions come from the scoring plan's ``CompiledCondition``s, so the page decides
/// relevance on the same terms as `inspect score`: attributes and earlier questions by
/// position, an earlier answer counting only where its own question applies. In JSON a
/// condition is `["a", attribute, [values]]`, `["q", question, [codes]]`, `["all", [...]]`,
/// `["any", [...]]` or `["not", condition]`, with positions from 0.
///
/// ```swift
/// let model = FormModel(plan: plan, metadata: ["inspector"])
/// CanonicalJSON.compact(model.json)   // {"attributes":[…],"questions":[…],…}
/// ```
public struct FormModel: Sendable {
  /// The plan the page is made for.
  public let plan: ScoringPlan
  /// Case metadata columns the page records (``SampleReadOptions/metadata``).
  public let metadata: [String]

  /// The model of `plan`, with text inputs for `metadata`.
  public init(plan: ScoringPlan, metadata: [String] = []) {
    self.plan = plan
    self.metadata = metadata
  }

  /// The scales the questions use, in order of first use, and each question's scale index.
  var scales: (scales: [FrameworkDocument.AnswerScale], byQuestion: [Int]) {
    var index: [String: Int] = [:]
    var scales: [FrameworkDocument.AnswerScale] = []
    var byQuestion: [Int] = []
    for planned in plan.questions {
      if let existing = index[planned.scale.id] {
        byQuestion.append(existing)
      } else {
        index[planned.scale.id] = scales.count
        byQuestion.append(scales.count)
        scales.append(planned.scale)
      }
    }
    return (scales, byQuestion)
  }

  /// The model as JSON.
  public var json: JSONValue {
    let document = plan.document
    let (scales, byQuestion) = self.scales
    return .object([
      "framework": .object([
        "id": .string(document.id), "version": .string(document.version),
        "title": .string(document.title), "fingerprint": .string(plan.fingerprint),
      ]),
      "attributes": .array(
        plan.attributes.map { attribute in
          .object([
            "id": .string(attribute.id), "title": .string(attribute.title),
            "values": .array(attribute.values.map(JSONValue.string)),
          ])
        }),
      "metadata": .array(metadata.map(JSONValue.string)),
      "scales": .array(
        scales.map { scale in
          .object([
            "id": .string(scale.id),
            "options": .array(
              scale.options.map { option in
                .object([
                  "code": .string(option.code), "label": .string(option.label),
                  "effect": .string(option.effect.rawValue),
                ])
              }),
          ])
        }),
      "questions": .array(
        plan.questions.enumerated().map { index, planned in
          .object([
            "id": .string(planned.question.id),
            "scale": .number(Double(byQuestion[index])),
            "when": planned.condition.map(Self.condition) ?? .null,
          ])
        }),
    ])
  }

  /// A compiled condition in the page's JSON form.
  static func condition(_ condition: CompiledCondition) -> JSONValue {
    switch condition {
    case .attribute(let index, let values):
      .array(["a", .number(Double(index)), .array(values.map(JSONValue.string))])
    case .answer(let index, let codes):
      .array(["q", .number(Double(index)), .array(codes.map(JSONValue.string))])
    case .all(let terms): .array(["all", .array(terms.map { Self.condition($0) })])
    case .any(let terms): .array(["any", .array(terms.map { Self.condition($0) })])
    case .not(let term): .array(["not", Self.condition(term)])
    }
  }
}
