import InspectionEvaluator
import InspectionSchema
import InspectionStatistics
import InspectionSupport

/// Generates synthetic samples that honour a framework's applicability: deterministic for a
/// seed, for trying frameworks out, examples and benchmarks.
///
/// Each case takes its attribute values from ``Profile/composition``: when the number of cases
/// is known, as exact quotas (largest remainder, in a seeded random order), so a sample of 110
/// aimed at 40 licence / 60 community / 10 custody has exactly those; otherwise drawn at random
/// by weight (uniformly where no composition is given). Then it answers each question in order: a question that is not relevant to the case
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
  private var quotas: [[UInt16]?]

  /// Creates a generator for `plan` with a seed; with `cases`, compositions are exact quotas.
  public init(plan: ScoringPlan, profile: Profile, seed: UInt64, cases: Int? = nil) {
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
    sufficientCodes = plan.questions.map {
      $0.scale.options.filter { $0.effect == .sufficient }.map(\.code)
    }
    insufficientCodes = plan.questions.map {
      $0.scale.options.filter { $0.effect == .insufficient }.map(\.code)
    }
    var quotaSource = SeededGenerator(seed: seed, stream: 2)
    let weightsByAttribute = attributeWeights
    quotas = plan.attributes.enumerated().map { index, attribute in
      guard let cases, cases > 0, profile.composition[attribute.id] != nil,
        attribute.values.count <= Int(UInt16.max)
      else { return nil }
      return Self.quota(cases: cases, weights: weightsByAttribute[index], random: &quotaSource)
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
    for (index, weights) in attributeWeights.enumerated() {
      if let quota = quotas[index], number - 1 < quota.count {
        attributes.append(weights[Int(quota[number - 1])].value)
      } else {
        attributes.append(pick(weights))
      }
    }
    var answers = [String?](repeating: nil, count: plan.questions.count)
    // A question that does not apply is left empty, so that every generated case is clean.
    var decided = [CaseEffect](repeating: .notApplicable, count: plan.questions.count)
    for planned in plan.questions {
      let index = planned.position
      guard plan.applies(index, attributes: attributes, answers: answers, decided: decided)
      else { continue }
      let sufficient = random.uniformUnitInterval() < rates[index]
      let codes = sufficient ? sufficientCodes[index] : insufficientCodes[index]
      guard !codes.isEmpty else {
        decided[index] = .unanswered
        continue
      }
      answers[index] = codes[Int(random.uniform(below: UInt64(codes.count)))]
      decided[index] = sufficient ? .sufficient : .insufficient
    }
    let id = "C" + String(repeating: "0", count: max(0, 7 - String(number).count)) + String(number)
    return CSVWriter.line([id] + attributes.map { $0 ?? "" } + answers.map { $0 ?? "" })
  }

  /// Exact counts per value by largest remainder, in a random order.
  private static func quota(
    cases: Int, weights: [(value: String, weight: Double)], random: inout SeededGenerator
  ) -> [UInt16] {
    let total = weights.reduce(0) { $0 + $1.weight }
    guard total > 0 else { return [] }
    let shares = weights.map { $0.weight / total * Double(cases) }
    var counts = shares.map { Int($0.rounded(.down)) }
    let order = shares.indices.sorted {
      (shares[$0] - Double(counts[$0]), -$0) > (shares[$1] - Double(counts[$1]), -$1)
    }
    for index in order.prefix(max(0, cases - counts.reduce(0, +))) { counts[index] += 1 }
    var values: [UInt16] = []
    values.reserveCapacity(cases)
    for (index, count) in counts.enumerated() {
      values += repeatElement(UInt16(index), count: count)
    }
    // Fisher–Yates with our own generator: the standard library's shuffle algorithm is not
    // promised to stay the same, and samples must not change between toolchains.
    var index = values.count - 1
    while index > 0 {
      let other = Int(random.uniform(below: UInt64(index + 1)))
      values.swapAt(index, other)
      index -= 1
    }
    return values
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
