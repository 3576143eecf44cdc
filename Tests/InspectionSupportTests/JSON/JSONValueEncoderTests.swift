import Foundation
import Testing

@testable import InspectionSupport

@Suite("JSONValueEncoder")
struct JSONValueEncoderTests {
  let encoder = JSONValueEncoder()

  @Test("a nested Codable struct encodes, omitting nil optionals, and round-trips")
  func roundTrip() throws {
    let value = try encoder.encode(sampleFramework)
    #expect(value["notes"] == nil)
    #expect(value["sections"]?[1]?["criteria"] == nil)
    #expect(value["sections"]?[0]?["criteria"]?[1]?["code"] == nil)
    #expect(value["status"] == "published")
    #expect(value["version"] == 3)
    #expect(value["metadata"] == ["source": "manual", "pages": [1, 2]])
    let decoded = try JSONValueDecoder().decode(Framework.self, from: value)
    #expect(decoded == sampleFramework)

    let text = CanonicalJSON.pretty(value)
    let reparsed = try JSONValueDecoder().decode(Framework.self, from: try JSONParser.parse(text))
    #expect(reparsed == sampleFramework)
  }

  @Test("canonical text of an encoded struct")
  func canonicalText() throws {
    let criterion = Criterion(id: "c1", weight: 80, required: true, code: Code("QA-7"))
    #expect(
      CanonicalJSON.compact(try encoder.encode(criterion))
        == #"{"code":"QA-7","id":"c1","required":true,"weight":80}"#)
  }

  @Test("nested keyed/unkeyed containers and super encoders")
  func handwritten() throws {
    let value = Handwritten(
      name: "n", point: (x: 1, y: -2), tags: ["ab", "c"], base: "b", extra: "e")
    let encoded = try encoder.encode(value)
    #expect(
      encoded == [
        "name": "n", "point": ["x": 1, "y": -2], "tags": [["ab", 2], ["c", 1]], "super": "b",
        "extra": "e",
      ])
    #expect(try JSONValueDecoder().decode(Handwritten.self, from: encoded) == value)
  }

  @Test("top-level scalars, arrays, optionals and dictionaries")
  func topLevel() throws {
    #expect(try encoder.encode(42) == .number(42))
    #expect(try encoder.encode(UInt8(7)) == .number(7))
    #expect(try encoder.encode(Int16(-3)) == .number(-3))
    #expect(try encoder.encode(Float(0.5)) == .number(0.5))
    #expect(try encoder.encode("x") == .string("x"))
    #expect(try encoder.encode(true) == .bool(true))
    #expect(try encoder.encode([1, 2]) == [1, 2])
    #expect(try encoder.encode(Int?.none) == .null)
    #expect(try encoder.encode([String?.none, "a"]) == [nil, "a"])
    #expect(try encoder.encode(["b": 1, "a": 2]) == ["a": 2, "b": 1])
    #expect(try encoder.encode(JSONValue.object([:])) == .object([:]))
    #expect(try encoder.encode(UInt64(1) << 60) == .number(1_152_921_504_606_846_976))
  }

  @Test("Foundation types encode as their own Codable conformances do")
  func foundationDefaults() throws {
    #expect(try encoder.encode(Data([1, 2, 255])) == [1, 2, 255])
    #expect(try encoder.encode(Date(timeIntervalSinceReferenceDate: 12.5)) == .number(12.5))
  }

  @Test("non-finite numbers throw, with the coding path")
  func nonFinite() throws {
    var framework = sampleFramework
    framework.sections[1].weight = .nan
    do {
      _ = try encoder.encode(framework)
      Issue.record("encoded NaN")
    } catch let EncodingError.invalidValue(_, context) {
      #expect(JSONValueDecoder.path(of: context.codingPath) == ["sections", 1, "weight"])
      #expect(context.debugDescription.contains("must be finite"))
    }
    #expect(throws: EncodingError.self) { try encoder.encode([Double.infinity]) }
    #expect(throws: EncodingError.self) { try encoder.encode(-Float.infinity) }
    #expect(throws: EncodingError.self) { try encoder.encode(JSONValue.array([.number(.nan)])) }
  }

  @Test("integers a double cannot hold exactly throw")
  func inexactIntegers() {
    #expect(throws: EncodingError.self) { try encoder.encode(Int64.max) }
    #expect(throws: EncodingError.self) { try encoder.encode(["n": UInt64.max]) }
    #expect(throws: EncodingError.self) { try encoder.encode((1 << 53) + 1) }
  }

  @Test("a top-level value that encodes nothing throws; nested ones become {}")
  func encodesNothing() throws {
    struct Nothing: Encodable {
      func encode(to encoder: any Encoder) throws {}
    }
    struct Holder: Encodable { var nothing = Nothing() }
    #expect(throws: EncodingError.self) { try encoder.encode(Nothing()) }
    #expect(try encoder.encode(Holder()) == ["nothing": [:]])
  }
}
