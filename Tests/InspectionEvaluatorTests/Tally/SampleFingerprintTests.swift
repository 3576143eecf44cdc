import InspectionEvaluator
import InspectionSchema
import InspectionStatistics
import Testing

/// The sample fingerprint identifies the set of cases: not their order, not the file layout.
@Suite struct SampleFingerprintTests {
  let plan = Fixtures.demonstration
  let cases = DemonstrationCase.sample(count: 30, seed: 2026, exclusions: true)

  func fingerprint(csv text: String) -> String {
    Fixtures.scoreCSV(text, plan: plan).result.sample.fingerprint
  }

  /// The cases of a CSV text, as the reader yields them.
  func read(_ text: String) -> [SampleCase] {
    var reader = CSVSampleReader(bytes: Array(text.utf8), plan: plan, displayName: "s.csv")
    var items: [SampleCase] = []
    while let record = reader.next() {
      if case .case(let item) = record { items.append(item) }
    }
    return items
  }

  func state(_ items: some Sequence<SampleCase>) -> SampleFingerprint.State {
    var accumulator = SampleFingerprint.Accumulator()
    for item in items { accumulator.add(item, plan: plan) }
    return accumulator.state
  }

  @Test func hasTheDocumentedForm() {
    let value = fingerprint(csv: cases.csv())
    #expect(value.hasPrefix("sha256:"))
    #expect(value.count == "sha256:".count + 64)
  }

  @Test func orderIndependent() {
    #expect(fingerprint(csv: Array(cases.reversed()).csv()) == fingerprint(csv: cases.csv()))
    var generator = SeededGenerator(seed: 5)
    var shuffled = cases
    shuffled.shuffle(using: &generator)
    #expect(fingerprint(csv: shuffled.csv()) == fingerprint(csv: cases.csv()))
  }

  @Test(arguments: [UInt64(1), 2, 3, 4])
  func columnOrderIndependent(seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    var order = Array(0..<(1 + 2 + DemonstrationCase.questions.count + 1))
    order.shuffle(using: &generator)
    let permuted = cases.csv(columnOrder: order)
    #expect(permuted != cases.csv())
    #expect(fingerprint(csv: permuted) == fingerprint(csv: cases.csv()))
  }

  @Test func formatIndependent() {
    let json = Fixtures.scoreJSON(cases.json(), plan: plan)
    #expect(!json.failed)
    #expect(json.result.sample.fingerprint == fingerprint(csv: cases.csv()))
  }

  @Test func sensitiveToEveryPartOfACase() throws {
    let original = fingerprint(csv: cases.csv())
    let index = try #require(cases.firstIndex { $0.excluded == nil && $0.answers[0] == "yes" })
    var answer = cases
    answer[index].answers[0] = "no"
    var attribute = cases
    attribute[index].roh = attribute[index].roh == "low" ? "medium" : "low"
    var id = cases
    id[index].id = "renamed"
    var excluded = cases
    excluded[index].excluded = "died"
    let variants = [answer, attribute, id, excluded, Array(cases.dropLast())]
    let fingerprints = variants.map { fingerprint(csv: $0.csv()) }
    for value in fingerprints { #expect(value != original) }
    #expect(Set(fingerprints).count == variants.count)
  }

  @Test func statesMergeToTheWhole() {
    let items = read(cases.csv())
    #expect(items.count == cases.count)
    let whole = state(items)
    for cut in [0, 1, 13, items.count] {
      let a = state(items[..<cut])
      let b = state(items[cut...])
      #expect(a + b == whole)
      #expect(b + a == whole)
      #expect((a + b).fingerprint == whole.fingerprint)
    }
    // Three ways, in any grouping.
    let (x, y, z) = (state(items[..<10]), state(items[10..<20]), state(items[20...]))
    #expect((x + y) + z == x + (y + z))
    #expect(x + y + z == whole)
    #expect(SampleFingerprint.State() + whole == whole)
  }

  @Test func evaluatorFingerprintMatchesTheAccumulator() {
    let text = cases.csv()
    let summary = Fixtures.scoreCSV(text, plan: plan).summary
    #expect(summary.fingerprintState == state(read(text)))
    #expect(summary.fingerprint == state(read(text)).fingerprint)
  }
}
