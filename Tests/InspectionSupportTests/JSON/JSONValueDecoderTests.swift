import Testing

@testable import InspectionSupport

@Suite("JSONValueDecoder")
struct JSONValueDecoderTests {
  let decoder = JSONValueDecoder()

  static let valid = """
    {
      "id": "iso-9001",
      "sections": [
        {
          "criteria": [
            {"id": "c1", "required": true, "weight": 1, "code": "QA-1"},
            {"id": "c2", "required": false, "weight": 2.5}
          ],
          "id": "s1",
          "weight": 0.5
        }
      ],
      "status": "draft",
      "title": "Quality",
      "version": 3
    }
    """

  /// Decodes `text` as a `T` and returns the error it must throw.
  func decodingError<T: Decodable>(
    _ type: T.Type, _ text: String, rejectUnknownKeys: Bool = true
  ) throws -> JSONDecodingError? {
    let document = try JSONParser.parse(text)
    do {
      let value = try decoder.decode(type, from: document, rejectUnknownKeys: rejectUnknownKeys)
      Issue.record("decoded \(value)")
      return nil
    } catch {
      return error
    }
  }

  /// `valid` with one substring replaced.
  static func variant(_ original: String, _ replacement: String) -> String {
    valid.replacingOccurrences(of: original, with: replacement)
  }

  @Test("a valid document decodes")
  func decodesValid() throws {
    let framework = try decoder.decode(Framework.self, from: try JSONParser.parse(Self.valid))
    #expect(framework.sections[0].criteria?[0].code == Code("QA-1"))
    #expect(framework.sections[0].criteria?[1].weight == 2.5)
    #expect(framework.status == .draft)
    #expect(framework.notes == nil)
  }

  @Test("errors carry path, position and a message saying what was expected and found")
  func positionedErrors() throws {
    for (original, replacement, expected) in [
      (
        #""weight": 2.5}"#, #""weight": "high"}"#,
        #"line 7, column 51 (sections[0].criteria[1].weight): expected a number, found a string "high""#
      ),
      (
        #""version": 3"#, #""version": 3.5"#,
        "line 15, column 14 (version): expected an integer, found a number 3.5"
      ),
      (
        #""version": 3"#, #""version": 1e20"#,
        "line 15, column 14 (version): the number 100000000000000000000 is out of range for Int"
          + " (-9223372036854775808...9223372036854775807)"
      ),
      (
        #""title": "Quality""#, #""title": null"#,
        "line 14, column 12 (title): expected a string, found null"
      ),
      (
        #""title": "Quality""#, #""title": ["Quality"]"#,
        "line 14, column 12 (title): expected a string, found an array of 1 element"
      ),
      (
        #""required": true"#, #""required": "yes""#,
        #"line 6, column 34 (sections[0].criteria[0].required): expected a boolean, found a string "yes""#
      ),
      (
        #""status": "draft""#, #""status": {"a": 1}"#,
        "line 13, column 13 (status): expected a string, found an object"
      ),
      (
        #""weight": 0.5"#, #""wieght": 0.5"#,
        "line 4, column 5 (sections[0]): missing required field 'weight'"
          + " (the object has 'wieght': is it misspelt?)"
      ),
      (
        #""id": "iso-9001","#, "",
        "line 1, column 1 ($): missing required field 'id'"
      ),
      (
        #""code": "QA-1""#, #""code": "qa1""#,
        #"line 6, column 61 (sections[0].criteria[0].code): invalid code "qa1": expected letters, '-', digits (e.g. QA-12)"#
      ),
      (
        #""status": "draft""#, #""status": "publishd""#,
        #"line 13, column 13 (status): expected one of "draft", "published", "retired", found a string "publishd" — did you mean 'published'?"#
      ),
    ] as [(String, String, String)] {
      let text = Self.variant(original, replacement)
      let error = try decodingError(Framework.self, text)
      #expect(error?.description == expected)
    }
  }

  @Test("unknown fields are reported with position and a suggestion, all at once")
  func unknownFields() throws {
    let text = """
      {
        "id": "iso-9001",
        "sections": [
          {
            "critera": [],
            "id": "s1",
            "weight": 1
          }
        ],
        "status": "draft",
        "title": "Quality",
        "version": 3,
        "titel": "x",
        "zzz": 1
      }
      """
    let error = try #require(try decodingError(Framework.self, text))
    #expect(
      error.description == """
        line 5, column 7 (sections[0]): unknown field 'critera' — did you mean 'criteria'?
        line 13, column 3 ($): unknown field 'titel' — did you mean 'title'?
        line 14, column 3 ($): unknown field 'zzz'
        """)
    #expect(error.path == ["sections", 0])
    #expect(error.position == SourcePosition(line: 5, column: 7))
    #expect(error.additionalErrors.count == 2)
    #expect(error.allErrors.map(\.message).last == "unknown field 'zzz'")

    let lenient = try decoder.decode(
      Framework.self, from: try JSONParser.parse(text), rejectUnknownKeys: false)
    #expect(lenient.sections[0].criteria == nil)
  }

  @Test("dictionaries and JSONValue members are never checked for unknown keys")
  func freeFormMembers() throws {
    struct Holder: Decodable {
      var counts: [String: Int]
      var metadata: JSONValue
    }
    let text =
      #"{"counts": {"a": 1, "b": 2}, "metadata": {"anything": {"goes": [1, {"x": null}]}}}"#
    let holder = try decoder.decode(Holder.self, from: try JSONParser.parse(text))
    #expect(holder.counts == ["a": 1, "b": 2])
    #expect(holder.metadata["anything"]?["goes"]?[1] == ["x": nil])
  }

  @Test("keys asked through contains or decodeNil are known")
  func containsCountsAsAsked() throws {
    struct Probe: Decodable {
      var hasFlag: Bool
      var isNull: Bool
      enum CodingKeys: String, CodingKey { case flag, empty }
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hasFlag = container.contains(.flag)
        isNull = try container.decodeNil(forKey: .empty)
      }
    }
    let probe = try decoder.decode(
      Probe.self, from: try JSONParser.parse(#"{"flag": 1, "empty": null}"#))
    #expect(probe.hasFlag && probe.isNull)
  }

  @Test(
    "integers are range- and integrality-checked",
    arguments: [
      ("300", "the number 300 is out of range for UInt8 (0...255)"),
      ("-1", "the number -1 is out of range for UInt8 (0...255)"),
      ("1.5", "expected an integer, found a number 1.5"),
      ("\"7\"", #"expected an integer, found a string "7""#),
    ])
  func integers(text: String, message: String) throws {
    let error = try decodingError([UInt8].self, "[\(text)]")
    #expect(error?.message == message)
    #expect(error?.path == [0])
    #expect(error?.position == SourcePosition(line: 1, column: 2))
  }

  @Test("numbers decode into every integer and floating-point type")
  func numericTypes() throws {
    let document = try JSONParser.parse("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11.5, 12.25]")
    struct All: Decodable, Equatable {
      var a: Int, b: Int8, c: Int16, d: Int32, e: Int64
      var f: UInt, g: UInt8, h: UInt16, i: UInt32, j: UInt64, k: Float, l: Double
      init(from decoder: any Decoder) throws {
        var c = try decoder.unkeyedContainer()
        (a, b, self.c, d, e) = (
          try c.decode(Int.self), try c.decode(Int8.self), try c.decode(Int16.self),
          try c.decode(Int32.self), try c.decode(Int64.self)
        )
        (f, g, h, i, j) = (
          try c.decode(UInt.self), try c.decode(UInt8.self), try c.decode(UInt16.self),
          try c.decode(UInt32.self), try c.decode(UInt64.self)
        )
        (k, l) = (try c.decode(Float.self), try c.decode(Double.self))
      }
    }
    let all = try decoder.decode(All.self, from: document)
    #expect(all.a == 1 && all.e == 5 && all.j == 10 && all.k == 11.5 && all.l == 12.25)
    #expect(
      try decoder.decode(Int64.self, from: JSONValue.number(-9_007_199_254_740_992)) == -(1 << 53))
    #expect(throws: JSONDecodingError.self) {
      try decoder.decode(Int64.self, from: JSONValue.number(9.3e18))
    }
    #expect(throws: JSONDecodingError.self) {
      try decoder.decode(Float.self, from: JSONValue.number(1e300))
    }
  }

  @Test("container kind mismatches")
  func containerMismatch() throws {
    let array = try decodingError([Int].self, #"{"a": 1}"#)
    #expect(array?.description == "line 1, column 1 ($): expected an array, found an object")
    let object = try decodingError([Section].self, "[\n  [1]\n]")
    #expect(
      object?.description
        == "line 2, column 3 ([0]): expected an object, found an array of 1 element")
  }

  @Test("running out of array elements is an error located at the array")
  func tooFewElements() throws {
    struct Pair: Decodable {
      var first: Int, second: Int
      init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        first = try container.decode(Int.self)
        second = try container.decode(Int.self)
      }
    }
    let error = try decodingError([String: Pair].self, #"{"p": [1]}"#)
    #expect(
      error?.description
        == "line 1, column 7 (p[1]): expected another element, but the array has only 1")
  }

  @Test("errors other than DecodingError are located at the value that threw them")
  func foreignErrors() throws {
    struct Failure: Error, CustomStringConvertible {
      var description: String { "not allowed here" }
    }
    struct Picky: Decodable {
      init(from decoder: any Decoder) throws { throw Failure() }
    }
    struct Holder: Decodable { var items: [Picky] }
    let error = try decodingError(Holder.self, #"{"items": [1, 2]}"#)
    #expect(error?.description == "line 1, column 12 (items[0]): not allowed here")
  }

  @Test("decoding a bare JSONValue reports paths without positions")
  func bareValue() throws {
    let value: JSONValue = ["id": "x", "weight": "heavy"]
    #expect(throws: JSONDecodingError.self) { try decoder.decode(Section.self, from: value) }
    do {
      _ = try decoder.decode(Section.self, from: value)
    } catch {
      #expect(error.position == nil)
      #expect(error.description == #"weight: expected a number, found a string "heavy""#)
    }
  }

  @Test("unknown keys are checked through super decoders and nested containers")
  func handwrittenUnknownKeys() throws {
    let text = """
      {"name": "n", "point": {"x": 1, "y": 2, "z": 3}, "tags": [], "super": "b", "extra": "e"}
      """
    let error = try decodingError(Handwritten.self, text)
    #expect(
      error?.description == "line 1, column 41 (point): unknown field 'z' — did you mean 'x'?")
  }
}

extension JSONValueDecoderTests {
  @Test("decoding a 1 MB document is fast enough")
  func performance() throws {
    var text = "["
    var count = 0
    while text.utf8.count < 1_000_000 {
      if count > 0 { text += ",\n" }
      text += #"{"id": "c\#(count)", "weight": \#(count % 10), "required": true, "code": "QA-1"}"#
      count += 1
    }
    text += "]"
    let document = try JSONParser.parse(text)
    let clock = ContinuousClock()
    var criteria: [Criterion] = []
    let elapsed = try clock.measure {
      criteria = try decoder.decode([Criterion].self, from: document)
    }
    #expect(criteria.count == count)
    #expect(elapsed < .seconds(20), "decoding 1 MB took \(elapsed)")
    print("decoded \(count) criteria (1 MB) in \(elapsed)")
  }
}
