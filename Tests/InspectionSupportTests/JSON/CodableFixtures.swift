import InspectionSupport

/// Schema-like types shared by the encoder and decoder tests.
struct Framework: Codable, Equatable {
  var id: String
  var title: String
  var version: Int
  var status: Status
  var sections: [Section]
  var notes: String?
  var metadata: JSONValue?
}

enum Status: String, Codable, CaseIterable {
  case draft, published, retired
}

struct Section: Codable, Equatable {
  var id: String
  var weight: Double
  var criteria: [Criterion]?
}

struct Criterion: Codable, Equatable {
  var id: String
  var weight: Double
  var required: Bool
  var code: Code?
}

/// A code such as `QA-12`; its `init(from:)` validates and throws `dataCorrupted`.
struct Code: Codable, Equatable {
  var value: String

  init(_ value: String) { self.value = value }

  init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isUppercase),
      !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber)
    else {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: decoder.codingPath,
          debugDescription: "invalid code \"\(text)\": expected letters, '-', digits (e.g. QA-12)"))
    }
    value = text
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }
}

let sampleFramework = Framework(
  id: "iso-9001", title: "Quality", version: 3, status: .published,
  sections: [
    Section(
      id: "s1", weight: 0.5,
      criteria: [
        Criterion(id: "c1", weight: 1, required: true, code: Code("QA-1")),
        Criterion(id: "c2", weight: 2.5, required: false, code: nil),
      ]),
    Section(id: "s2", weight: 0.5, criteria: nil),
  ],
  notes: nil, metadata: ["source": "manual", "pages": [1, 2]])

/// Exercises nested containers and super encoders/decoders by hand.
struct Handwritten: Codable, Equatable {
  var name: String
  var point: (x: Int, y: Int)
  var tags: [String]
  var base: String
  var extra: String

  enum CodingKeys: String, CodingKey { case name, point, tags, base, extra }
  enum PointKeys: String, CodingKey { case x, y }

  init(name: String, point: (x: Int, y: Int), tags: [String], base: String, extra: String) {
    self.name = name
    self.point = point
    self.tags = tags
    self.base = base
    self.extra = extra
  }

  static func == (lhs: Handwritten, rhs: Handwritten) -> Bool {
    lhs.name == rhs.name && lhs.point == rhs.point && lhs.tags == rhs.tags
      && lhs.base == rhs.base && lhs.extra == rhs.extra
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    var point = container.nestedContainer(keyedBy: PointKeys.self, forKey: .point)
    try point.encode(self.point.x, forKey: .x)
    try point.encode(self.point.y, forKey: .y)
    var tags = container.nestedUnkeyedContainer(forKey: .tags)
    for tag in self.tags {
      var pair = tags.nestedUnkeyedContainer()
      try pair.encode(tag)
      try pair.encode(tag.count)
    }
    var base = container.superEncoder().singleValueContainer()
    try base.encode(self.base)
    var extra = container.superEncoder(forKey: .extra).singleValueContainer()
    try extra.encode(self.extra)
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    name = try container.decode(String.self, forKey: .name)
    let point = try container.nestedContainer(keyedBy: PointKeys.self, forKey: .point)
    self.point = (try point.decode(Int.self, forKey: .x), try point.decode(Int.self, forKey: .y))
    var tags = try container.nestedUnkeyedContainer(forKey: .tags)
    var names: [String] = []
    while !tags.isAtEnd {
      var pair = try tags.nestedUnkeyedContainer()
      names.append(try pair.decode(String.self))
      _ = try pair.decode(Int.self)
    }
    self.tags = names
    base = try container.superDecoder().singleValueContainer().decode(String.self)
    extra = try container.superDecoder(forKey: .extra).singleValueContainer().decode(String.self)
  }
}
