import InspectionSchema
import InspectionSupport
import Testing

@testable import InspectionEvaluator

/// The work of checking a sample header is linear whatever the header and the framework: the
/// did-you-mean searches share a bounded budget, and only the first unknown columns are
/// reported one by one. Counted, not timed (Benchmarks/README.md has the time).
@Suite("Header checks do bounded work")
struct HeaderWorkTests {
  /// A framework of `count` questions `q1`…`qN` in one criterion.
  static func plan(questions count: Int) throws -> ScoringPlan {
    let questions = (1...count).map {
      FrameworkDocument.Question(id: "q\($0)", text: "Question \($0)?")
    }
    let document = FrameworkDocument(
      id: "BIG", version: "1", title: "Big", scales: [.yesNo],
      sections: [
        .init(id: "s", title: "S", criteria: [.init(id: "c", title: "C", questions: questions)])
      ])
    return try ScoringPlan(document, fingerprint: "sha256:big")
  }

  /// A header of `columns` names, each one letter off a question id (`Q1x`, `Q2x`, …: every
  /// one is unknown and close to a question, so each would search every question).
  static func header(columns: Int) throws -> CSVRecord {
    var reader = CSVReader(
      string: (["case"] + (1...columns).map { "q\($0)x" }).joined(separator: ",") + "\n")
    return try #require(try reader.nextRecord())
  }

  @Test("A 100,000-column header against 20,000 questions stays within the search budget")
  func budgetBoundsTheWork() throws {
    let plan = try Self.plan(questions: 20_000)
    // 100,000 fields, the most a CSV record may have: "case" and 99,999 misspelt columns.
    let header = try Self.header(columns: 99_999)
    var search = SuggestionSearch()
    let (_, problems) = CSVColumnMap.make(
      header: header, plan: plan, file: "s.csv", search: &search)
    // Without the bounds this is 100,000 × 20,000 comparisons of some 25 cells each.
    #expect(search.work <= search.budget)
    #expect(search.work > 0)
    let unknown = problems.filter { $0.code == DiagnosticCode.unknownColumn.code }
    #expect(unknown.count == CSVColumnMap.unknownColumnsShown + 1)
    #expect(unknown.last?.message.contains("99979 more column(s)") == true)
    // The first columns still get their suggestion.
    #expect(unknown.first?.message.contains("Did you mean 'q1'?") == true)
  }

  @Test("The work grows with what is reported, not with the header's width")
  func workDoesNotGrowWithTheHeader() throws {
    let plan = try Self.plan(questions: 2_000)
    var narrow = SuggestionSearch()
    var wide = SuggestionSearch()
    _ = CSVColumnMap.make(
      header: try Self.header(columns: 100), plan: plan, file: "s.csv", search: &narrow)
    _ = CSVColumnMap.make(
      header: try Self.header(columns: 50_000), plan: plan, file: "s.csv", search: &wide)
    // Both report 20 columns one by one: the same suggestions, the same work.
    #expect(wide.work == narrow.work)
  }

  @Test("A spent search suggests nothing more and does no more work")
  func exhaustedSearch() {
    let candidates = (1...1_000).map { "candidate\($0)" }
    var search = SuggestionSearch(budget: 50_000)
    var suggested = 0
    for index in 1...1_000 where search.closest(to: "candidat\(index)", among: candidates) != nil {
      suggested += 1
    }
    #expect(search.isExhausted)
    #expect(search.work <= 50_000 + 1_000)
    #expect(suggested > 0 && suggested < 1_000)
    let before = search.work
    #expect(search.closest(to: "candidate1", among: candidates) == nil)
    #expect(search.work == before)
  }

  @Test("A long input is never compared")
  func longInput() {
    var search = SuggestionSearch()
    let long = String(repeating: "q", count: 100_000)
    #expect(search.closest(to: long, among: [long, "q"]) == nil)
    #expect(search.work == 1)
  }
}
