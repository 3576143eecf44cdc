import Foundation
import InspectionSupport
import InspectionTestSupport
import Testing

@testable import InspectionSchema

/// The model of groupings, overrides and inherited conditions, and its JSON Schema.
@Suite("Ratings constructs in the model")
struct RatingsModelTests {
  static func schema() throws -> JSONValue {
    let url = PackageRoot.url.appendingPathComponent("docs/schema/framework.schema.json")
    return try JSONParser.parse(Array(try Data(contentsOf: url))).root
  }

  @Test func theSchemaListsExactlyTheRolesAndReachesTheModelKnows() throws {
    let schema = try Self.schema()
    #expect(
      schema[path: ["$defs", "question", "properties", "role", "enum"]]
        == .array(QuestionRole.allCases.map { .string($0.rawValue) }))
    #expect(
      schema[path: ["$defs", "override", "properties", "reach", "enum"]]
        == .array(OverrideReach.allCases.map { .string($0.rawValue) }))
    for element in ["section", "criterion"] {
      for member in ["applicability", "override"] {
        #expect(
          schema[path: ["$defs", .key(element), "properties", .key(member)]] != nil,
          "\(element).\(member)")
      }
    }
    #expect(schema[path: ["$defs", "section", "properties", "scored"]] != nil)
  }

  @Test func aQuestionsConditionInEffectIsItsOwnWithItsSectionsAndCriterions() {
    let court = Applicability.attribute("disposal", in: ["court"])
    let due = Applicability.attribute("review_due", in: ["yes"])
    let high = Applicability.attribute("risk", in: ["high"])
    let document = FrameworkDocument(
      id: "T", version: "1", title: "T",
      sections: [
        .init(
          id: "2", title: "Court",
          criteria: [
            .init(
              id: "2.4", title: "Reviewing",
              questions: [
                .init(id: "2.4.a", text: "A?"), .init(id: "2.4.b", text: "B?", applicability: high),
              ], applicability: due),
            .init(id: "2.5", title: "Other", questions: [.init(id: "2.5.a", text: "A?")]),
          ], scored: false, applicability: court),
        .init(
          id: "3", title: "Any",
          criteria: [.init(id: "3.1", title: "C", questions: [.init(id: "3.1.a", text: "A?")])]),
      ])
    #expect(
      document.applicabilityInEffect(section: 0, criterion: 0, question: 0) == .all([court, due]))
    #expect(
      document.applicabilityInEffect(section: 0, criterion: 0, question: 1)
        == .all([court, due, high]))
    #expect(document.applicabilityInEffect(section: 0, criterion: 1, question: 0) == court)
    #expect(document.applicabilityInEffect(section: 1, criterion: 0, question: 0) == nil)
    #expect(document.applicabilityInEffect(section: 5, criterion: 0, question: 0) == nil)
    #expect(document.inheritedApplicability(section: 0, criterion: 0).map(\.id) == ["2", "2.4"])
    #expect(document.sections[0].isGrouping && !document.sections[1].isGrouping)
  }

  @Test func newMembersAreLeftOutOfJSONWhenAbsentSoOldFingerprintsStand() throws {
    let section = FrameworkDocument.Section(id: "1", title: "One")
    let json = CanonicalJSON.compact(try JSONValueEncoder().encode(section))
    #expect(
      !json.contains("scored") && !json.contains("applicability") && !json.contains("override"))
    let grouping = FrameworkDocument.Section(
      id: "1", title: "One", scored: false,
      override: OverridePolicy(reach: .oneBand, requiresRationale: false))
    let text = CanonicalJSON.compact(try JSONValueEncoder().encode(grouping))
    #expect(text.contains(#""override":{"reach":"oneBand","requiresRationale":false}"#))
    #expect(text.contains(#""scored":false"#))
  }
}
