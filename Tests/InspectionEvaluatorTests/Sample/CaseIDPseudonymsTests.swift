import InspectionEvaluator
import InspectionSupport
import Testing

/// ``CaseIDPseudonyms``: the keyed pseudonym of a case id, given by every reader in place of
/// the id, on the id's normalised form.
@Suite("Case id pseudonyms")
struct CaseIDPseudonymsTests {
  static let key = Array("a key of at least sixteen bytes".utf8)

  @Test func pseudonymIsTheKeyedMACOfTheNormalisedID() throws {
    let pseudonyms = try CaseIDPseudonyms(key: Self.key)
    let mac = HMACSHA256(key: Self.key).authenticate(Array("C01".utf8)).hexString
    #expect(pseudonyms.pseudonym(for: "C01") == "P-" + mac.prefix(16))
    #expect(pseudonyms.pseudonym(for: " C01\t") == pseudonyms.pseudonym(for: "C01"))
    #expect(pseudonyms.pseudonym(for: "Ame\u{301}lie") == pseudonyms.pseudonym(for: "Amélie"))
    #expect(pseudonyms.pseudonym(for: "") == "")
    #expect(pseudonyms.pseudonym(for: "C02") != pseudonyms.pseudonym(for: "C01"))
    #expect(!String(describing: pseudonyms).contains("sixteen"))
  }

  @Test func shortKeyIsRefused() {
    #expect(throws: SampleReadError.self) {
      try CaseIDPseudonyms(key: Array("fifteen bytes!!".utf8))
    }
    #expect(throws: Never.self) { try CaseIDPseudonyms(key: Array("sixteen bytes!!!".utf8)) }
  }

  /// CSV (both the general and the byte path's sample) and JSON readers give the same
  /// pseudonyms, and the duplicate of a pseudonymised id is still found.
  @Test func csvAndJSONReadersGiveTheSamePseudonyms() throws {
    let pseudonyms = try CaseIDPseudonyms(key: Self.key)
    let options = SampleReadOptions(pseudonyms: pseudonyms)
    var csv = CSVSampleReader(
      bytes: Array(Fixtures.demonstrationSample.utf8), plan: Fixtures.demonstration,
      displayName: "sample.csv", options: options)
    let fromCSV = Evaluator.evaluate(
      plan: Fixtures.demonstration, reader: &csv,
      options: SampleTally.Options(excludeInvalid: true))
    let json = """
      {"cases": [{"case": "A", "attributes": {"case_type": "licence", "roh": "high"},
        "answers": {"1.1.a": "yes"}, "excluded": "transferred out"}]}
      """
    var jsonReader = JSONSampleReader(
      bytes: Array(json.utf8), plan: Fixtures.demonstration, file: "sample.json",
      options: options)
    let fromJSON = Evaluator.evaluate(plan: Fixtures.demonstration, reader: &jsonReader)
    #expect(fromJSON.result.sample.excluded.map(\.id) == [pseudonyms.pseudonym(for: "A")])

    let duplicated =
      Fixtures.demonstrationSample + "A,licence,high,yes,yes,yes,no,good,yes,yes,yes,yes,yes\n"
    var again = CSVSampleReader(
      bytes: Array(duplicated.utf8), plan: Fixtures.demonstration, displayName: "sample.csv",
      options: options)
    let evaluation = Evaluator.evaluate(plan: Fixtures.demonstration, reader: &again)
    let messages = evaluation.errors.map(\.message).joined(separator: "\n")
    #expect(messages.contains("\(pseudonyms.pseudonym(for: "A"))' (row 5) is listed twice"))
    #expect(!fromCSV.failed)
  }
}
