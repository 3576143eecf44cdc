import InspectionSchema

/// Generates synthetic samples that honour a framework's applicability: deterministic for a
/// seed, for trying frameworks out, examples and benchmarks.
///
/// Each case draws its attribute values from ``Profile/composition`` (uniformly where none is
/// given), then answers each question in order: a question that is not relevant to the case
/// (by its applicability, which may read earlier answers) is left empty; a relevant one is
/// answered with a sufficient option with the question's target probability (from
/// ``Profile/targets``, else a per-question rate between 55% and 90% drawn from the seed), and
/// with an insufficient option otherwise.
///
/// ```swift
/// var generator = SampleGenerator(plan: plan, profile: .init(), seed: 42)
/// print(generator.header())
/// for _ in 0..<100 { print(generator.nextRow()) }
/// ```
public struct SampleGenerator {
  /// What to aim the sample at.
  public struct Profile: Sendable {
    /// Relative weights of attribute values, by attribute id then value.
    public var composition: [String: [String: Double]]
    /// Target share of sufficient answers (0–1) among relevant cases, by question id.
    public var targets: [String: Double]

    /// Creates a profile.
    public init(composition: [String: [String: Double]] = [:], targets: [String: Double] = [:]) {
      self.composition = composition
      self.targets = targets
    }
  }

  private let plan: ScoringPlan
  private var random: SeededGenerator
  private let attributeWeights: [[(value: String, weight: Double)]]
  private let rates: [Double]
  private let sufficientCodes: [[String]]
  private let insufficientCodes: [[String]]
  private var number = 0

  /// Creates a generator for `plan` with a seed.
  public init(plan: ScoringPlan, profile: Profile, seed: UInt64) {
    self.plan = plan
    self.random = SeededGenerator(seed: seed)
    attributeWeights = plan.attributes.map { attribute in
      let weights = profile.composition[attribute.id] ?? [:]
      let listed = attribute.values.map { ($0, max(0, weights[$0] ?? (weights.isEmpty ? 1 : 0))) }
      return listed.contains { $0.1 > 0 } ? listed : attribute.values.map { ($0, 1) }
    }
    var rateSource = SeededGenerator(seed: seed, stream: 1)
    rates = plan.questions.map { planned in
      let drawn = 0.55 + 0.35 * rateSource.uniformUnitInterval()
      return min(1, max(0, profile.targets[planned.question.id] ?? drawn))
    }
    sufficientCodes = plan.questions.map { $0.scale.options.filter { $0.effect == .sufficient }.map(\.code) }
    insufficientCodes = plan.questions.map {
      $0.scale.options.filter { $0.effect == .insufficient }.map(\.code)
    }
  }

  /// The CSV header: `case`, the attributes, the questions.
  public func header() -> String {
    CSVWriter.line(["case"] + plan.attributes.map(\.id) + plan.questions.map(\.question.id))
  }

  /// The next case as a CSV line (with its newline).
  public mutating func nextRow() -> String {
    number += 1
    var attributes: [String?] = []
    for weights in attributeWeights { attributes.append(pick(weights)) }
    var answers = [String?](repeating: nil, count: plan.questions.count)
    for planned in plan.questions {
      let index = planned.position
      if let condition = planned.condition, !condition.holds(attributes: attributes, answers: answers) {
        continue
      }
      let sufficient = random.uniformUnitInterval() < rates[index]
      let codes = sufficient ? sufficientCodes[index] : insufficientCodes[index]
      guard !codes.isEmpty else { continue }
      answers[index] = codes[Int(random.uniform(below: UInt64(codes.count)))]
    }
    let id = "C" + String(repeating: "0", count: max(0, 7 - String(number).count)) + String(number)
    return CSVWriter.line([id] + attributes.map { $0 ?? "" } + answers.map { $0 ?? "" })
  }

  private mutating func pick(_ weights: [(value: String, weight: Double)]) -> String? {
    let total = weights.reduce(0) { $0 + $1.weight }
    guard total > 0 else { return weights.first?.value }
    var point = random.uniformUnitInterval() * total
    for entry in weights {
      point -= entry.weight
      if point < 0 { return entry.value }
    }
    return weights.last?.value
  }
}
