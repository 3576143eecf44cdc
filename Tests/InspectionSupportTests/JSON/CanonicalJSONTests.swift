import Testing

@testable import InspectionSupport

@Suite("Canonical JSON")
struct CanonicalJSONTests {
  /// The examples of "numbers are written as ECMAScript writes them", checked in one test
  /// (one test case per number would make `swift test` output long).
  static let numberExamples: [(Double, String)] = [
    (0.1, "0.1"), (1.0 / 3, "0.3333333333333333"), (1e-7, "1e-7"),
    (1.2345678901234568e20, "123456789012345680000"),
    (.leastNonzeroMagnitude, "5e-324"),
    (1.7976931348623157e308, "1.7976931348623157e+308"), (100, "100"), (69.6, "69.6"),
    (65.83333333333333, "65.83333333333333"), (80, "80"), (80.0, "80"), (0.8, "0.8"),
    (-0.0, "0"), (0, "0"), (1e21, "1e+21"), (1e20, "100000000000000000000"),
    (0.000001, "0.000001"), (0.0000001, "1e-7"), (-1.5, "-1.5"),
    (9_007_199_254_740_992, "9007199254740992"), (1.5e300, "1.5e+300"),
    (123.456, "123.456"), (-1e-7, "-1e-7"), (4.35, "4.35"), (0.000123, "0.000123"),
    (0.00001, "0.00001"), (333_333_333.33333329, "333333333.3333333"), (1e30, "1e+30"),
    (4.50, "4.5"), (2e-3, "0.002"), (1e-27, "1e-27"), (1e23, "1e+23"),
    (0.1 + 0.2, "0.30000000000000004"), (1_234_567.125, "1234567.125"),
    (-123e-20, "-1.23e-18"), (2.2250738585072014e-308, "2.2250738585072014e-308"),
    (-.leastNonzeroMagnitude, "-5e-324"), (1, "1"), (-1, "-1"), (10, "10"), (0.5, "0.5"),
  ]

  @Test("numbers are written as ECMAScript writes them")
  func numbers() {
    for (value, expected) in Self.numberExamples {
      #expect(CanonicalJSON.format(value) == expected, "\(value)")
      #expect(CanonicalJSON.compact(.number(value)) == expected, "\(value)")
    }
  }

  @Test("RFC 8785 number samples by bit pattern")
  func rfc8785Numbers() {
    for (bits, expected) in [
      (0x0000_0000_0000_0001, "5e-324"), (0x8000_0000_0000_0000, "0"),
      (0x7fef_ffff_ffff_ffff, "1.7976931348623157e+308"),
      (0x4340_0000_0000_0000, "9007199254740992"),
      (0x4430_0000_0000_0000, "295147905179352830000"),
      (0x44b5_2d02_c7e1_4af5, "9.999999999999997e+22"), (0x44b5_2d02_c7e1_4af6, "1e+23"),
      (0x44b5_2d02_c7e1_4af7, "1.0000000000000001e+23"),
      (0x444b_1ae4_d6e2_ef4e, "999999999999999700000"),
      (0x444b_1ae4_d6e2_ef4f, "999999999999999900000"), (0x444b_1ae4_d6e2_ef50, "1e+21"),
      (0x3eb0_c6f7_a0b5_ed8c, "9.999999999999997e-7"), (0x3eb0_c6f7_a0b5_ed8d, "0.000001"),
      (0x41b3_de43_5555_5555, "333333333.3333333"), (0x41b3_de43_5555_5556, "333333333.3333334"),
      (0x41b3_de43_5555_5557, "333333333.33333343"),
      (0xbecb_f647_612f_3696, "-0.0000033333333333333333"),
      (0x4314_3ff3_c1cb_0959, "1424953923781206.2"),
    ] as [(UInt64, String)] {
      #expect(CanonicalJSON.format(Double(bitPattern: bits)) == expected)
    }
  }

  @Test("500 Node.js-generated vectors, and every one parses back to the same double")
  func nodeVectors() throws {
    for (bits, expected) in ecmaScriptNumberVectors {
      let value = Double(bitPattern: bits)
      let text = CanonicalJSON.format(value)
      #expect(text == expected, "bits 0x\(String(bits, radix: 16))")
      let parsed = try JSONParser.parse(text).root
      #expect(parsed.doubleValue?.bitPattern == value.bitPattern, "\(text)")
    }
  }

  @Test("random doubles round-trip through format and parse")
  func randomRoundTrip() throws {
    var state: UInt64 = 2_024
    for _ in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let value = Double(bitPattern: state)
      guard value.isFinite else { continue }
      let parsed = try JSONParser.parse(CanonicalJSON.format(value)).root
      let expected = value == 0 ? 0 : value  // -0 is written as 0
      #expect(parsed.doubleValue?.bitPattern == expected.bitPattern)
    }
  }

  @Test("non-finite numbers are written as null")
  func nonFinite() {
    #expect(
      CanonicalJSON.compact([.number(.nan), .number(.infinity), .number(-.infinity)])
        == "[null,null,null]")
  }

  @Test("strings use minimal escaping")
  func stringEscaping() throws {
    for (value, expected) in [
      ("", #""""#), ("plain", #""plain""#), ("\"", #""\"""#), ("\\", #""\\""#),
      ("/", #""/""#), ("\u{8}", #""\b""#), ("\u{c}", #""\f""#), ("\n", #""\n""#),
      ("\r", #""\r""#), ("\t", #""\t""#), ("\u{0}", #""\u0000""#), ("\u{1}", #""\u0001""#),
      ("\u{1f}", #""\u001f""#), ("\u{b}", #""\u000b""#), ("\u{7f}", "\"\u{7f}\""),
      ("é", "\"é\""), ("😀", "\"😀\""), ("\u{2028}\u{2029}", "\"\u{2028}\u{2029}\""),
      ("a\"b\\c\nd", #""a\"b\\c\nd""#), ("e\u{301}", "\"e\u{301}\""),
    ] as [(String, String)] {
      #expect(CanonicalJSON.compact(.string(value)) == expected)
      #expect(Array(CanonicalJSON.compactBytes(.string(value))) == Array(expected.utf8))
      #expect(try JSONParser.parse(expected).root == .string(value))
    }
  }

  @Test("object keys are sorted by UTF-16 code units (RFC 8785 §3.2.3 example)")
  func keyOrder() throws {
    let value: JSONValue = [
      "\u{20ac}": "Euro Sign", "\r": "Carriage Return",
      "\u{fb33}": "Hebrew Letter Dalet With Dagesh",
      "1": "One", "\u{1f600}": "Emoji: Grinning Face", "\u{80}": "Control",
      "\u{f6}": "Latin Small Letter O With Diaeresis",
    ]
    let expected =
      #"{"\r":"Carriage Return","1":"One","\#u{80}":"Control","ö":"Latin Small Letter O With Diaeresis","#
      + #""€":"Euro Sign","😀":"Emoji: Grinning Face","דּ":"Hebrew Letter Dalet With Dagesh"}"#
    #expect(CanonicalJSON.compact(value) == expected)
    #expect(
      CanonicalJSON.compact(["b": 1, "a": 2, "B": 3, "aa": 4, "": 5])
        == #"{"":5,"B":3,"a":2,"aa":4,"b":1}"#)
  }

  @Test("pretty form golden")
  func prettyGolden() {
    let value: JSONValue = [
      "id": "iso-9001",
      "version": 3,
      "weights": [0.5, 1, 1e-7],
      "sections": [["id": "a", "criteria": [], "meta": [:]], ["id": "b", "note": nil]],
      "empty": [:],
      "flag": true,
    ]
    let expected = """
      {
        "empty": {},
        "flag": true,
        "id": "iso-9001",
        "sections": [
          {
            "criteria": [],
            "id": "a",
            "meta": {}
          },
          {
            "id": "b",
            "note": null
          }
        ],
        "version": 3,
        "weights": [
          0.5,
          1,
          1e-7
        ]
      }

      """
    #expect(CanonicalJSON.pretty(value) == expected)
    #expect(CanonicalJSON.prettyBytes(value) == Array(expected.utf8))
    #expect(CanonicalJSON.pretty([]) == "[]\n")
    #expect(CanonicalJSON.pretty("x") == "\"x\"\n")
    #expect(
      CanonicalJSON.compact(value)
        == #"{"empty":{},"flag":true,"id":"iso-9001","sections":[{"criteria":[],"id":"a","#
        + #""meta":{}},{"id":"b","note":null}],"version":3,"weights":[0.5,1,1e-7]}"#)
  }

  @Test("parse(write(v)) == v and write is stable, for many generated values")
  func roundTrip() throws {
    var generator = ValueGenerator(seed: 99)
    for _ in 0..<300 {
      let value = generator.value(depth: 0)
      let compact = CanonicalJSON.compact(value)
      let pretty = CanonicalJSON.pretty(value)
      let fromCompact = try JSONParser.parse(compact).root
      let fromPretty = try JSONParser.parse(pretty).root
      #expect(fromCompact == value)
      #expect(fromPretty == value)
      #expect(CanonicalJSON.compact(fromPretty) == compact)
      #expect(CanonicalJSON.pretty(fromCompact) == pretty)
      #expect(fromCompact.hashValue == value.hashValue)
    }
  }

  @Test("rewriting parsed text is stable regardless of the input's formatting")
  func rewriteStable() throws {
    let inputs = [
      #"{ "b" : [ 1.0 , 2E2, -0.0, 1e-7 ], "a" : { "y": null, "x": "\u00e9\/" } }"#,
      "[\n  true,\n  false\n]\n",
      #""\ud83d\ude00""#,
    ]
    for input in inputs {
      let once = CanonicalJSON.compact(try JSONParser.parse(input).root)
      let twice = CanonicalJSON.compact(try JSONParser.parse(once).root)
      #expect(once == twice)
    }
    #expect(
      CanonicalJSON.compact(try JSONParser.parse(inputs[0]).root)
        == #"{"a":{"x":"é/","y":null},"b":[1,200,0,1e-7]}"#)
  }

  @Test("equality is exact: canonically equivalent strings differ, as their bytes do")
  func exactEquality() {
    let composed = JSONValue.string("\u{e9}")
    let decomposed = JSONValue.string("e\u{301}")
    #expect(composed != decomposed)
    #expect(CanonicalJSON.compactBytes(composed) != CanonicalJSON.compactBytes(decomposed))
    #expect(JSONValue.object(["\u{e9}": 1]) != JSONValue.object(["e\u{301}": 1]))
    #expect(JSONValue.number(0) == JSONValue.number(-0.0))
    #expect(JSONValue.number(0).hashValue == JSONValue.number(-0.0).hashValue)
    #expect(JSONValue.number(.nan) == JSONValue.number(.nan))
    #expect(Set<JSONValue>([["a": 1, "b": 2], ["b": 2, "a": 1]]).count == 1)
  }
}

/// Deterministic generator of JSON values with awkward strings and numbers.
struct ValueGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }

  mutating func below(_ bound: Int) -> Int { Int(next() >> 33) % bound }

  mutating func number() -> Double {
    switch below(4) {
    case 0: return Double(below(2_000) - 1_000)
    case 1: return Double(below(1_000_000)) / 1_000
    case 2:
      let value = Double(bitPattern: next())
      return value.isFinite ? value : 0.25
    default:
      return [0.1, 1e21, 1e-7, .leastNonzeroMagnitude, -0.0, 1.7976931348623157e308][below(6)]
    }
  }

  mutating func string() -> String {
    let pieces = [
      "a", "Z", "é", "e\u{301}", "😀", "\"", "\\", "/", "\n", "\u{0}", "\u{1f}", "\u{7f}", " ", "ｱ",
      "\u{2028}",
    ]
    var result = ""
    for _ in 0..<below(6) { result += pieces[below(pieces.count)] }
    return result
  }

  mutating func value(depth: Int) -> JSONValue {
    let kind = depth > 3 ? below(4) : below(6)
    switch kind {
    case 0: return .null
    case 1: return .bool(below(2) == 0)
    case 2: return .number(number())
    case 3: return .string(string())
    case 4: return .array((0..<below(5)).map { _ in value(depth: depth + 1) })
    default:
      var members: [String: JSONValue] = [:]
      for _ in 0..<below(5) { members[string()] = value(depth: depth + 1) }
      return .object(members)
    }
  }
}
