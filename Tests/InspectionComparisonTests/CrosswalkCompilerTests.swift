import FrameworkCatalog
import InspectionComparison
import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

@Suite("Crosswalks: compiled, validated, carried")
struct CrosswalkCompilerTests {
  let tiny = (document: ComparisonFixtures.document, fingerprint: "sha256:tiny")

  @Test func everyProblemIsReportedAtItsMapWithAStableCode() {
    let crosswalk = Crosswalk(from: "TINY", to: "TINY@1") {
      Map("q1", to: "q1", .equal)
      Map("q1", to: "q1", .equal)
      Map("q9", to: "q2", .narrower)
      Map("q2", to: "q2x", .broader)
      Map("q3", .overlapping)
      Map("q3", to: "q3", .none)
      Map("q2", to: "q3", .equal)
      Map("q3", to: "q3", .equal)
    }
    let compilation = CrosswalkCompiler.compile(crosswalk, from: tiny, to: tiny)
    #expect(!compilation.succeeded)
    // Every entry lacks a reason (IK0707, a warning each); the errors are the ones below.
    let errors = compilation.diagnostics.filter(\.isError)
    #expect(
      errors.map(\.code) == ["IK0703", "IK0701", "IK0702", "IK0704", "IK0704", "IK0703"])
    #expect(compilation.diagnostics.filter { !$0.isError }.allSatisfy { $0.code == "IK0707" })
    #expect(errors[1].message.contains("Did you mean 'q1'?"))
    #expect(
      compilation.diagnostics.allSatisfy {
        $0.location?.file.hasSuffix("CrosswalkCompilerTests.swift") == true
      })
    #expect(errors[0].notes.count == 1)
  }

  @Test func aCrosswalkCompiledAgainstAnotherFrameworkIsRefused() {
    let crosswalk = Crosswalk(from: "OMI2", to: "TINY") {
      Map("q1", to: "q1", .equal, because: "The same question.")
    }
    let compilation = CrosswalkCompiler.compile(crosswalk, from: tiny, to: tiny)
    #expect(compilation.diagnostics.map(\.code) == ["IK0705"])
  }

  @Test func theShippedCrosswalksCompileCleanlyWithBothFingerprints() throws {
    for crosswalk in FrameworkCatalog.crosswalks {
      func resolve(_ name: String) throws -> (FrameworkDocument, String) {
        let parts = name.split(separator: "@").map(String.init)
        let matches = FrameworkCatalog.all.filter { $0.id == parts[0] }
        let framework = try #require(
          parts.count == 2 ? matches.first { $0.version == parts[1] } : matches.last)
        let document = FrameworkCompiler.compile(framework).document
        return (document, try document.fingerprint())
      }
      let source = try resolve(crosswalk.from)
      let target = try resolve(crosswalk.to)
      let compilation = CrosswalkCompiler.compile(
        crosswalk, from: (source.0, source.1), to: (target.0, target.1))
      #expect(
        compilation.diagnostics.isEmpty,
        "\(crosswalk.from) → \(crosswalk.to): \(compilation.diagnostics.map(\.rendered))")
      #expect(compilation.document.from.fingerprint == source.1)
      #expect(compilation.document.to.fingerprint == target.1)
      // Serialised, the document names both frameworks' fingerprints.
      let json = CanonicalJSON.compact(try JSONValueEncoder().encode(compilation.document))
      #expect(json.contains(source.1) && json.contains(target.1))
    }
  }

  @Test func onlyEqualMappingsCarryByDefaultAndRelevanceIsTheSources() throws {
    let crosswalk = Crosswalk(from: "TINY", to: "TINY") {
      Map("q1", to: "q2", .equal)
      Map("q2", to: "q1", .narrower)
    }
    let document = CrosswalkCompiler.compile(crosswalk, from: tiny, to: tiny).document
    let plan = ComparisonFixtures.plan
    let carrier = try CrosswalkCarrier(document, from: plan, to: plan)
    #expect(carrier.carry([.sufficient, .insufficient, .notRelevant]) == [nil, .sufficient, nil])
    let wider = try CrosswalkCarrier(
      document, from: plan, to: plan, relations: [.equal, .narrower])
    #expect(wider.carry([.sufficient, .notRelevant, nil]) == [.notRelevant, .sufficient, nil])
    #expect(document.inverted.mappings.map(\.relation) == [.equal, .broader])
  }
}
