import InspectionSchema
import InspectionSupport

/// Whether two questions of different frameworks are asked of the same cases: the
/// "compatible applicability" a derived `.equal` mapping needs.
///
/// Two questions are **compatible** when one of these holds (docs/comparing.md, "Compatible
/// applicability"):
///
/// 1. neither has a condition: both are asked of every case;
/// 2. both conditions have the same normal form, where
///    - an attribute test matches a test of the same attribute, declared by both frameworks,
///      with the same set of values (order ignored);
///    - an answer test matches a test of the same answer codes (as a set) on a question its
///      earlier question is `.equal` to in the same crosswalk (`earlier`);
///    - `all`, `any` and `not` match like with like, their terms as unordered sets, after
///      nested `all`s (and `any`s) are flattened and tests of one attribute joined: values
///      united under `any`, intersected under `all`.
///
/// Anything else is incompatible, even when the two conditions might select the same cases in
/// practice: the mapping is then `.broader`, `.narrower` or `.overlapping`, and says which
/// case groups differ.
///
/// ```swift
/// let match = ApplicabilityMatch(source: omi2008, target: omi2, earlier: ["2.2.a": "2.2.b"])
/// match.compatible(question.applicability, other.applicability)   // true or false
/// ```
struct ApplicabilityMatch {
  /// Attribute ids declared by both frameworks.
  let sharedAttributes: Set<String>
  /// Source question id → target question id of the `.equal` mappings decided so far.
  var earlier: [String: String]

  init(source: FrameworkDocument, target: FrameworkDocument, earlier: [String: String] = [:]) {
    sharedAttributes = Set(source.attributes.map(\.id)).intersection(target.attributes.map(\.id))
    self.earlier = earlier
  }

  /// Whether `source` (a source question's condition) and `target` select the same cases.
  func compatible(_ source: Applicability?, _ target: Applicability?) -> Bool {
    switch (source, target) {
    case (nil, nil): return true
    case (let a?, let b?): return matches(Self.normal(a), Self.normal(b))
    default: return false
    }
  }

  /// Whether `source` and `target` can never hold for one case: tests of one shared attribute
  /// with no value in common, or a test and its negation (the questions are asked of disjoint
  /// case groups, such as custody and community cases).
  func disjoint(_ source: Applicability?, _ target: Applicability?) -> Bool {
    guard let source, let target else { return false }
    switch (Self.normal(source), Self.normal(target)) {
    case (.attribute(let x, let xs), .attribute(let y, let ys)):
      return x == y && sharedAttributes.contains(x) && Set(xs).isDisjoint(with: ys)
    case (.attribute(let x, let xs), .not(.attribute(let y, let ys))),
      (.not(.attribute(let y, let ys)), .attribute(let x, let xs)):
      return x == y && sharedAttributes.contains(x) && Set(xs).isSubset(of: ys)
    default:
      return false
    }
  }

  private func matches(_ a: Applicability, _ b: Applicability) -> Bool {
    switch (a, b) {
    case (.attribute(let x, let xs), .attribute(let y, let ys)):
      return x == y && sharedAttributes.contains(x) && Set(xs) == Set(ys)
    case (.answer(let x, let xs), .answer(let y, let ys)):
      return earlier[x] == y && Set(xs) == Set(ys)
    case (.not(let x), .not(let y)):
      return matches(x, y)
    case (.all(let xs), .all(let ys)), (.any(let xs), .any(let ys)):
      return sameTerms(xs, ys)
    default:
      return false
    }
  }

  /// Whether every term of `xs` matches a distinct term of `ys`, and the counts agree.
  private func sameTerms(_ xs: [Applicability], _ ys: [Applicability]) -> Bool {
    guard xs.count == ys.count else { return false }
    var unused = ys
    for x in xs {
      guard let index = unused.firstIndex(where: { matches(x, $0) }) else { return false }
      unused.remove(at: index)
    }
    return true
  }

  /// The normal form: nested `all`s and `any`s flattened, tests of one attribute joined, a
  /// one-term `all` or `any` replaced by its term.
  static func normal(_ condition: Applicability) -> Applicability {
    switch condition {
    case .attribute(let id, let values): return .attribute(id, in: Array(Set(values)).sorted())
    case .answer(let id, let codes): return .answer(id, in: Array(Set(codes)).sorted())
    case .not(let term): return .not(normal(term))
    case .all(let terms): return joined(terms.map(normal), all: true)
    case .any(let terms): return joined(terms.map(normal), all: false)
    }
  }

  private static func joined(_ terms: [Applicability], all: Bool) -> Applicability {
    var flat: [Applicability] = []
    for term in terms {
      switch (term, all) {
      case (.all(let inner), true), (.any(let inner), false): flat += inner
      default: flat.append(term)
      }
    }
    var values: [String: Set<String>] = [:]
    var order: [String] = []
    var others: [Applicability] = []
    for term in flat {
      guard case .attribute(let id, let tested) = term else {
        others.append(term)
        continue
      }
      if let existing = values[id] {
        values[id] = all ? existing.intersection(tested) : existing.union(tested)
      } else {
        values[id] = Set(tested)
        order.append(id)
      }
    }
    let merged =
      order.map { Applicability.attribute($0, in: (values[$0] ?? []).sorted()) } + others
    if merged.count == 1, let only = merged.first { return only }
    return all ? .all(merged) : .any(merged)
  }

  /// A question's case group in words: "every case", or "cases where …".
  static func words(_ condition: Applicability?) -> String {
    condition.map { "cases where \($0.explanation)" } ?? "every case"
  }
}
