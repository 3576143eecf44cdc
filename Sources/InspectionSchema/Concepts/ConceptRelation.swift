/// How an item (a question, criterion, section or headline) measures a concept.
///
/// Read from the item's side:
///
/// - `exact`: the item checks the concept, no more and no less;
/// - `broader`: the item asks about more than the concept: the concept is one of the things it
///   checks, it adds a condition ("within five working days" where the concept says
///   "promptly"), or it asks of more cases than the concept describes;
/// - `narrower`: the item checks the concept for fewer cases only (a licence case, a high risk
///   of harm case);
/// - `partOf`: the item checks one aspect of the concept, which needs other items to be
///   covered whole ("the risk of harm to children was identified", of "everyone at risk was
///   identified").
///
/// A relation is a value, not a closed enum, so that a framework document naming another
/// relation still loads and is then reported where it is written (IK0126) rather than
/// refused as a malformed file.
///
/// ```swift
/// Question("1.2.a", "Was a RoSH screening completed at the start?")
///   .measures("roh-screening-at-start", .exact)
/// ```
public struct ConceptRelation: RawRepresentable, Hashable, Sendable, Codable, Comparable,
  CustomStringConvertible
{
  /// The relation as written in JSON: `exact`, `broader`, `narrower` or `partOf`.
  public let rawValue: String

  /// A relation named `rawValue`; ``isKnown`` says whether it is one of the four.
  public init(rawValue: String) { self.rawValue = rawValue }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// The item checks the concept, no more and no less.
  public static let exact = ConceptRelation(rawValue: "exact")
  /// The item checks more than the concept.
  public static let broader = ConceptRelation(rawValue: "broader")
  /// The item checks the concept for fewer cases or under a stricter test.
  public static let narrower = ConceptRelation(rawValue: "narrower")
  /// The item checks one aspect of the concept.
  public static let partOf = ConceptRelation(rawValue: "partOf")

  /// The four relations, in this order.
  public static let all: [ConceptRelation] = [.exact, .broader, .narrower, .partOf]

  /// Whether the relation is one of ``all``.
  public var isKnown: Bool { Self.all.contains(self) }

  /// The relation in words: `exact`, `broader`, `narrower` or `part of`.
  public var description: String { self == .partOf ? "part of" : rawValue }

  public static func < (lhs: ConceptRelation, rhs: ConceptRelation) -> Bool {
    let order = { (relation: ConceptRelation) in all.firstIndex(of: relation) ?? all.count }
    return (order(lhs), lhs.rawValue) < (order(rhs), rhs.rawValue)
  }
}
