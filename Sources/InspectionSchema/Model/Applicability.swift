/// When a question is relevant to a case: an expression over case attributes and earlier
/// answers.
///
/// A case for which a question is not relevant leaves that question's denominator; not
/// relevant is not the same as not answered.
///
/// ```swift
/// .attribute("roh", in: ["high", "very high"])
/// .all([.attribute("case_type", in: ["licence"]), .answer("2.2.a", in: ["yes"])])
/// ```
///
/// In JSON: `{"attribute": "roh", "in": ["high"]}`, `{"answer": "2.2.a", "in": ["yes"]}`,
/// `{"all": [...]}`, `{"any": [...]}`, `{"not": {...}}`.
public indirect enum Applicability: Hashable, Sendable {
  /// The case's value of attribute `id` is one of `values`.
  case attribute(String, in: [String])
  /// The case's answer to question `id` (declared earlier) is one of `codes`.
  case answer(String, in: [String])
  /// Every expression holds.
  case all([Applicability])
  /// At least one expression holds.
  case any([Applicability])
  /// The expression does not hold.
  case not(Applicability)

  /// The expression in plain words, e.g. `roh is high or very high`.
  public var explanation: String {
    switch self {
    case .attribute(let id, let values): "\(id) is \(Self.alternatives(values))"
    case .answer(let id, let codes): "the answer to \(id) is \(Self.alternatives(codes))"
    case .all(let terms): terms.map { $0.nestedExplanation }.joined(separator: " and ")
    case .any(let terms): terms.map { $0.nestedExplanation }.joined(separator: " or ")
    case .not(let term): "not \(term.nestedExplanation)"
    }
  }

  private var nestedExplanation: String {
    switch self {
    case .all, .any: "(\(explanation))"
    default: explanation
    }
  }

  private static func alternatives(_ values: [String]) -> String {
    switch values.count {
    case 0: "(nothing)"
    case 1: values[0]
    default: values.dropLast().joined(separator: ", ") + " or " + (values.last ?? "")
    }
  }

  /// Every attribute id the expression reads, in order of appearance.
  public var attributeReferences: [(id: String, values: [String])] {
    switch self {
    case .attribute(let id, let values): [(id, values)]
    case .answer: []
    case .all(let terms), .any(let terms): terms.flatMap(\.attributeReferences)
    case .not(let term): term.attributeReferences
    }
  }

  /// Every question id the expression reads, in order of appearance.
  public var answerReferences: [(id: String, codes: [String])] {
    switch self {
    case .attribute: []
    case .answer(let id, let codes): [(id, codes)]
    case .all(let terms), .any(let terms): terms.flatMap(\.answerReferences)
    case .not(let term): term.answerReferences
    }
  }
}

extension Applicability: Codable {
  private enum CodingKeys: String, CodingKey {
    case attribute, answer, `in`, all, any, not
  }

  /// Decodes exactly one of the forms listed on ``Applicability``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let forms: [CodingKeys] = [.attribute, .answer, .all, .any, .not].filter(container.contains)
    guard forms.count == 1, let form = forms.first else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: forms.isEmpty
            ? "an applicability expression needs one of 'attribute', 'answer', 'all', 'any' or 'not'"
            : "an applicability expression takes exactly one of "
              + forms.map { "'\($0.rawValue)'" }.joined(separator: ", ")))
    }
    switch form {
    case .attribute:
      self = .attribute(
        try container.decode(String.self, forKey: .attribute),
        in: try container.decode([String].self, forKey: .in))
    case .answer:
      self = .answer(
        try container.decode(String.self, forKey: .answer),
        in: try container.decode([String].self, forKey: .in))
    case .all: self = .all(try container.decode([Applicability].self, forKey: .all))
    case .any: self = .any(try container.decode([Applicability].self, forKey: .any))
    default: self = .not(try container.decode(Applicability.self, forKey: .not))
    }
  }

  /// Encodes the expression in the form listed on ``Applicability``.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .attribute(let id, let values):
      try container.encode(id, forKey: .attribute)
      try container.encode(values, forKey: .in)
    case .answer(let id, let codes):
      try container.encode(id, forKey: .answer)
      try container.encode(codes, forKey: .in)
    case .all(let terms): try container.encode(terms, forKey: .all)
    case .any(let terms): try container.encode(terms, forKey: .any)
    case .not(let term): try container.encode(term, forKey: .not)
    }
  }
}
