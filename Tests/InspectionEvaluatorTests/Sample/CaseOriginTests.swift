import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

/// A CSV case's value positions are resolved from its record only when asked for; they must
/// be the positions of its fields, whatever the column order and quoting.
@Suite struct CaseOriginTests {
  let plan = Fixtures.demonstration

  func cases(_ text: String) -> [SampleCase] {
    var reader = CSVSampleReader(bytes: Array(text.utf8), plan: plan, displayName: "s.csv")
    var items: [SampleCase] = []
    while let record = reader.next() {
      if case .case(let item) = record { items.append(item) }
    }
    return items
  }

  @Test func positionsAreTheFieldsOfTheRecord() throws {
    // Columns shuffled; the second case has a quoted value spanning two lines.
    let header = ["roh", "case"] + DemonstrationCase.questions.reversed() + ["case_type"]
    let answers = Array(repeating: "yes", count: DemonstrationCase.questions.count)
    let text =
      header.joined(separator: ",") + "\n"
      + (["low", "A"] + answers + ["licence"]).joined(separator: ",") + "\n"
      + (["\"very\nhigh\"", "B"] + answers + ["custody"]).joined(separator: ",") + "\n"
    let items = cases(text)
    try #require(items.count == 2)
    var reader = CSVReader(string: text)
    let records = try reader.readAll().dropFirst()
    for (item, record) in zip(items, records) {
      func expected(_ column: String) -> SourcePosition {
        let index = header.firstIndex(of: column) ?? -1
        let position = record.fieldPositions[index]
        return SourcePosition(line: position.line, column: position.column)
      }
      #expect(item.origin.attributePositions == plan.attributes.map { expected($0.id) })
      #expect(item.origin.answerPositions == plan.questions.map { expected($0.question.id) })
      for index in plan.questions.indices {
        let location = item.origin.answerLocation(index)
        #expect(location.line == item.origin.answerPositions[index].line)
        #expect(location.column == item.origin.answerPositions[index].column)
      }
      let attribute = item.origin.attributeLocation(1)
      #expect(attribute.line == expected("roh").line && attribute.column == expected("roh").column)
    }
  }

  @Test func replacingOneListKeepsTheOther() throws {
    let text = DemonstrationCase.sample(count: 3, seed: 9, exclusions: false).csv()
    var item = try #require(cases(text).first)
    let answers = item.origin.answerPositions
    item.origin.attributePositions = [SourcePosition(line: 99, column: 9)]
    #expect(item.origin.answerPositions == answers)
    #expect(item.origin.attributeLocation(0).line == 99)
    #expect(item.origin.attributeLocation(1).line == item.origin.start.line)
  }
}
