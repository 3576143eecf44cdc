import Testing

@testable import InspectionSupport

@Suite struct CSVRecordTests {
  @Test func defaultPositionsAssumeOneUnquotedLine() {
    let record = CSVRecord(fields: ["id", "é😀", "", "x"], line: 4, number: 3)
    #expect(record.fieldPositions.map(\.column) == [1, 4, 7, 8])
    #expect(record.fieldPositions.allSatisfy { $0.line == 4 })
    #expect(record.count == 4)
  }

  @Test func positionDescriptionAndOrder() {
    #expect(CSVPosition(line: 7, column: 12).description == "line 7, column 12")
    #expect(CSVPosition(line: 1, column: 9) < CSVPosition(line: 2, column: 1))
    #expect(CSVPosition(line: 2, column: 1) < CSVPosition(line: 2, column: 3))
  }

  @Test func errorDescription() {
    let placed = CSVError(kind: .invalidUTF8, line: 3, column: 2, message: "fix it")
    #expect(placed.description == "line 3, column 2: fix it")
    #expect(placed.position == CSVPosition(line: 3, column: 2))
    let unplaced = CSVError(kind: .io, message: "cannot open 'x'")
    #expect(unplaced.description == "cannot open 'x'")
  }
}
