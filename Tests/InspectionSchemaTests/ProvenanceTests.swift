import Foundation
import InspectionSupport
import InspectionTestSupport
import Testing

@testable import InspectionSchema

@Suite("Provenance")
struct ProvenanceTests {
  @Test("Each basis has its own marker, title and meaning")
  func basesAreDistinct() {
    let bases = ProvenanceBasis.allCases
    #expect(bases.count == 6)
    #expect(Set(bases.map(\.marker)).count == bases.count)
    #expect(Set(bases.map(\.title)).count == bases.count)
    #expect(!bases.map(\.marker).contains("-"))
    #expect(ProvenanceBasis.placeholder.marker == "X")
  }

  @Test("The JSON schema lists exactly the bases the model knows")
  func schemaAgrees() throws {
    let url = PackageRoot.url.appendingPathComponent("docs/schema/framework.schema.json")
    let value = try JSONParser.parse(Array(try Data(contentsOf: url))).root
    let basis = value[path: ["$defs", "provenance", "properties", "basis", "enum"]]
    #expect(basis == .array(ProvenanceBasis.allCases.map { .string($0.rawValue) }))
  }

  @Test("An entry encodes its members, leaving out absent ones")
  func coding() throws {
    let entry = FrameworkDocument.Provenance(
      source: "report", location: "Appendix 3", basis: .inferredRule, reproduces: "27 of 27")
    #expect(
      CanonicalJSON.compact(try JSONValueEncoder().encode(entry))
        == #"{"basis":"inferredRule","location":"Appendix 3","reproduces":"27 of 27","source":"report"}"#
    )
    #expect(entry.summary == "inferred rule: Appendix 3 (report); reproduces 27 of 27")
  }

  @Test("Provenance items list every part in document order, rules only where they compute")
  func items() {
    let judged = FrameworkDocument.Criterion(id: "4.1", title: "Judged", judgementScale: "grades")
    let scored = FrameworkDocument.Criterion(
      id: "1.1", title: "Scored", questions: [.init(id: "1.1.a", text: "A?")])
    let document = FrameworkDocument(
      id: "T", version: "1", title: "T",
      scales: [.yesNo],
      sections: [
        .init(id: "1", title: "One", criteria: [scored]),
        .init(id: "4", title: "Judged", criteria: [judged]),
      ],
      headlines: [.init(id: "H", title: "H", theme: "T")])
    #expect(
      document.provenanceItems.map(\.description) == [
        "section 1", "rule of section 1", "criterion 1.1", "rule of criterion 1.1",
        "question 1.1.a", "section 4", "criterion 4.1", "headline H", "rule of headline H",
        "membership of headline H", "answer scale yes-no",
      ])
    #expect(
      document.provenanceItems.map(\.path).prefix(2) == [
        "sections[0].provenance", "sections[0].ruleProvenance",
      ])
    let summary = ProvenanceSummary(document)
    #expect(summary.questionTotal == 1)
    #expect(summary.questions.notCited == 1)
    #expect(summary.notCited.count == 11)
  }
}
