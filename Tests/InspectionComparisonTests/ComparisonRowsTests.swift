import InspectionComparison
import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import InspectionSchema
import Testing

/// Rows of a side-by-side comparison are aligned by mapping, never by id, and every cell
/// carries its coverage.
@Suite("Comparison rows and coverage")
struct ComparisonRowsTests {
  typealias Pair = ConceptCrosswalkTests

  /// Reads `cases` (answers to a1, a2, a3) under `source` and carries them to `target`.
  static func columns(
    _ source: (document: FrameworkDocument, fingerprint: String),
    _ target: (document: FrameworkDocument, fingerprint: String), cases: [[String]],
    threshold: Int = Coverage.defaultThreshold
  ) throws -> [FrameworkComparison.Column] {
    let sourcePlan = try ScoringPlan(source.document, fingerprint: source.fingerprint)
    let targetPlan = try ScoringPlan(target.document, fingerprint: target.fingerprint)
    let crosswalk = Pair.derive(source, target).document
    let carrier = try CrosswalkCarrier(crosswalk, from: sourcePlan, to: targetPlan)
    var comparison = FrameworkComparison(
      source: sourcePlan, targets: [(targetPlan, [carrier])], threshold: threshold)
    let ids = source.document.allQuestions.map(\.id)
    let rows = cases.enumerated().map { index, answers in
      "{\"case\": \"c\(index)\", \"attributes\": {\"case_type\": \"community\"}, \"answers\": {"
        + zip(ids, answers).map { "\"\($0)\": \"\($1)\"" }.joined(separator: ", ") + "}}"
    }
    let json = "{\"cases\": [" + rows.joined(separator: ", ") + "]}"
    var reader = JSONSampleReader(bytes: Array(json.utf8), plan: sourcePlan, file: "s.json")
    let evidence = SampleEvidence.gather(
      plan: sourcePlan, reader: &reader, onCase: { comparison.add($0) })
    return comparison.finish(sample: evidence)
  }

  /// Two frameworks whose criterion and question ids coincide, but whose criteria measure
  /// different things: the same ids do not put them on one row.
  @Test func itemsWithTheSameIdButAnotherMeaningHaveTheirOwnRows() throws {
    let catalog = ConceptCatalog("rows", version: "1", title: "Rows") {
      Concept("victims", "Work with victims")
      Concept("constructive", "Constructive interventions")
      Concept("q-victims", "Victim safety was addressed")
      Concept("q-help", "Constructive interventions were delivered")
    }
    func framework(_ id: String, criterion: String, question: String)
      -> (document: FrameworkDocument, fingerprint: String)
    {
      let compiled = FrameworkCompiler.compile(
        Framework(id, version: "1", title: id) {
          Concepts(from: catalog)
          Attribute("case_type", "Case type", values: "community")
          Section("2", "Interventions") {
            Criterion("2.3", criterion == "victims" ? "Victims" : "Constructive interventions") {
              Question("2.3.a", "Q?").measures(question)
            }
            .measures(criterion)
          }
        }
      ).document
      return (compiled, (try? compiled.fingerprint()) ?? "")
    }
    let a = framework("A", criterion: "victims", question: "q-victims")
    let b = framework("B", criterion: "constructive", question: "q-help")
    let derived = CrosswalkCompiler.compile(nil, from: a, to: b, concepts: nil)
    #expect(derived.document.items.isEmpty)
    #expect(derived.document.mappings.isEmpty)
    let columns = try Self.columns(a, b, cases: [["yes"], ["no"]])
    let rows = ComparisonRows(columns).rows.filter { $0.kind == .criterion }
    #expect(rows.count == 2)
    #expect(rows.allSatisfy { row in row.items.compactMap { $0 }.count == 1 })
    #expect(rows.map { $0.first?.title } == ["Victims", "Constructive interventions"])

    // Measuring one concept puts them on one row, whatever their ids.
    let c = framework("C", criterion: "victims", question: "q-victims")
    let same = ComparisonRows(try Self.columns(a, c, cases: [["yes"]])).rows
      .filter { $0.kind == .criterion }
    #expect(same.count == 1)
    #expect(same.first?.items.compactMap { $0?.id } == ["2.3", "2.3"])
  }

  @Test func aCellBelowTheThresholdIsNotComparable() throws {
    let a = Pair.framework("A") {
      Question("a1", "Screened?").measures("screen")
      Question("a2", "Planned?").measures("plan")
      Question("a3", "Reviewed?").measures("review")
    }
    let b = Pair.framework("B") {
      Question("b1", "Screened?").measures("screen")
      Question("b2", "Only B?").measures("only-b")
      Question("b3", "Only B, again?").measures("only-b", .partOf)
    }
    let columns = try Self.columns(a, b, cases: [["yes", "no", "yes"], ["no", "yes", "yes"]])
    let target = columns[1]
    let criterion = try #require(target.result.criteria.first)
    let coverage = target.coverage(of: criterion)
    #expect(coverage == Coverage(questionsWithEvidence: 1, questions: 3, cases: 2))
    #expect(!target.isComparable(criterion))
    #expect(columns[0].isComparable(try #require(columns[0].result.criteria.first)))
    // At a threshold of a third, 1 of 3 is enough.
    let lenient = try Self.columns(a, b, cases: [["yes", "no", "yes"]], threshold: 33)
    #expect(lenient[1].isComparable(try #require(lenient[1].result.criteria.first)))
  }

  @Test func coverageIsComputedExactly() {
    let table: [(String, Coverage, Int, Bool)] = [
      ("half of 78 is 39", Coverage(questionsWithEvidence: 39, questions: 78, cases: 1), 50, true),
      (
        "38 of 78 is below half", Coverage(questionsWithEvidence: 38, questions: 78, cases: 1), 50,
        false
      ),
      ("1 of 3 at 33%", Coverage(questionsWithEvidence: 1, questions: 3, cases: 1), 33, true),
      ("1 of 3 at 34%", Coverage(questionsWithEvidence: 1, questions: 3, cases: 1), 34, false),
      ("none of none", Coverage(questionsWithEvidence: 0, questions: 0, cases: 0), 0, false),
      ("none at 0%", Coverage(questionsWithEvidence: 0, questions: 4, cases: 0), 0, false),
    ]
    for (name, coverage, threshold, comparable) in table {
      #expect(coverage.isComparable(threshold: threshold) == comparable, "\(name)")
    }
  }
}
