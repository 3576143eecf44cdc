import Foundation
import FrameworkCatalog
import InspectionComparison
import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import Testing

/// `generate-sample --targets`: a sample aims at each finding as what it is.
@Suite("Samples aimed at published figures")
struct PublishedTargetsTests {
  static func profile(_ name: String, _ framework: Framework, inspection: Int = 0) throws
    -> SampleGenerator.Profile
  {
    let url = PublishedFilesTests.directory.appendingPathComponent(name)
    let figures = try PublishedFigures.read(
      bytes: Array(try Data(contentsOf: url)), file: name)
    let plan = try ScoringPlan(
      FrameworkCompiler.compile(framework).document, fingerprint: "sha256:test")
    return SampleGenerator.Profile(
      aimingAt: figures.inspections[inspection], of: figures, plan: plan)
  }

  @Test(arguments: [
    ("1.2.a", 0.91),  // 91%, exact
    ("1.1.h", 0.68),  // 32% did not: a shortfall, turned round
    ("1.1.q", 0.45),  // less than half: 5 points inside the bound
    ("1.2.i", 0.85),  // over 80%
    ("2.1.y", 0.88),  // 83% or more
    ("1.1.a", 0.95),  // all but one
    ("1.1.n", 0.75),  // around one-quarter did not
    ("2.1.d", 12.0 / 14),  // 12 of the 14
  ])
  func hertfordshireFindingsAreAimedAtAsWhatTheyAre(question: String, target: Double) throws {
    let profile = try Self.profile("OMI2-Hertfordshire-2010.json", FrameworkCatalog.omi2Revised)
    let aimed = try #require(profile.targets[question])
    #expect(abs(aimed - target) < 1e-9, "\(question): \(aimed)")
  }

  @Test func countsWithoutADenominatorAreNoTarget() throws {
    let profile = try Self.profile("OMI2-Hertfordshire-2010.json", FrameworkCatalog.omi2Revised)
    #expect(profile.targets["1.3.b"] == nil)  // "not followed in 12 cases"
    #expect(profile.targets.count == 198)  // 202 findings, four without a proportion
  }

  @Test func aSubSampleFindingDoesNotOverwriteTheWholeSampleOne() throws {
    // ESI 2005: B1.a is 95% of all cases, 100% of high-risk cases.
    let profile = try Self.profile(
      "ESI-WestMidlands-2005.json", FrameworkCatalog.esi, inspection: 1)
    #expect(profile.targets["B1.a"] == 0.95)
    #expect(abs((profile.targets["B1.f"] ?? 0) - 10.0 / 23) < 1e-12)
  }

  @Test func theCaseMixLeavesUnnamedValuesTheRest() throws {
    let profile = try Self.profile("OMI2-Hertfordshire-2010.json", FrameworkCatalog.omi2Revised)
    // 14 custody of 127 cases; community and licence share the other 113.
    #expect(
      profile.composition["case_type"] == ["custody": 14, "community": 56.5, "licence": 56.5])
    #expect(profile.composition["ppo"] == ["yes": 17, "no": 110])
  }
}
