import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

@Suite("Derived frameworks and provenance")
struct DerivationProvenanceTests {
  /// OMI 2008 with a local criterion, a new rule, a new weight and new bands.
  static func local(historical: Bool, citeBands: Bool) -> Framework {
    Framework("OMI-local", version: "2025", title: "Local", basedOn: FrameworkCatalog.omi2008) {
      if historical { Historical() }
      Period("2025")
      Source(
        id: "local-standard", publisher: "A probation service", title: "Local audit standard",
        date: "2025", reference: "Internal quality framework")
      Add(toSection: "2", after: "2.2") {
        Criterion("2.L", "Local: partnership working") { Question("2.L.a", "Was the police told?") }
      }
      Reweight("1.2", rule: .individualSummary(individual: 0.7, summary: 0.3))
      Reweight("2.1.a", weight: 2)
      if citeBands {
        Reband("conclusion") {
          Band("good", "Good", atLeast: 75)
          Band("poor", "Poor", below: 75)
        }
        .from("local-standard", at: "Section 2", basis: .statedRule)
      } else {
        Reband("conclusion") {
          Band("good", "Good", atLeast: 75)
          Band("poor", "Poor", below: 75)
        }
      }
    }
  }

  static let base = FrameworkCompiler.compile(FrameworkCatalog.omi2008).document

  @Test("A derivation keeps its base's citations and sources, and is not itself historical")
  func keepsTheBaseCitations() throws {
    let compilation = FrameworkCompiler.compile(Self.local(historical: false, citeBands: false))
    // The only diagnostic is the base's: 2.1 does not weight its questions, so the new weight
    // has no effect (a warning).
    #expect(compilation.succeeded, "\(compilation.diagnostics.map(\.rendered))")
    #expect(compilation.diagnostics.map(\.code) == ["IK0147"])
    let document = compilation.document
    #expect(document.historical == nil)
    #expect(Set(Self.base.sources.compactMap(\.id)).isSubset(of: document.sources.compactMap(\.id)))
    let question = try #require(document.allQuestions.first { $0.id == "1.1.a" })
    #expect(question.provenance == Self.base.allQuestions.first { $0.id == "1.1.a" }?.provenance)
    #expect(question.provenance != nil)
    let unchanged = try #require(document.allCriteria.first { $0.id == "1.1" })
    #expect(unchanged.ruleProvenance != nil)
    #expect(document.allCriteria.first { $0.id == "2.L" }?.provenance == nil)
  }

  @Test("A new rule, weight or bands drops the base's citation of what it changed")
  func changesDropStaleCitations() throws {
    let document = FrameworkCompiler.compile(Self.local(historical: false, citeBands: false))
      .document
    // Reweight("1.2", rule:) is the criterion's own rule.
    #expect(document.allCriteria.first { $0.id == "1.2" }?.ruleProvenance == nil)
    // Reweight("2.1.a", weight:) changes the rule of criterion 2.1, which reads the weight.
    #expect(document.allCriteria.first { $0.id == "2.1" }?.ruleProvenance == nil)
    #expect(Self.base.allCriteria.first { $0.id == "2.1" }?.ruleProvenance != nil)
    #expect(document.gradeScales.first { $0.id == "conclusion" }?.provenance == nil)
    let summary = ProvenanceSummary(document)
    #expect(summary.inferredRules.isEmpty)
    #expect(summary.notCited.map(\.description).contains("grade scale conclusion"))
  }

  @Test("A historical derivation must cite what it adds and changes; a change can cite its own")
  func historicalDerivation() throws {
    let uncited = FrameworkCompiler.compile(Self.local(historical: true, citeBands: false))
    let missing = uncited.diagnostics.filter { $0.code == "IK0182" }.map(\.message)
    #expect(missing.contains { $0.hasPrefix("criterion 2.L says nothing") })
    #expect(missing.contains { $0.hasPrefix("question 2.L.a says nothing") })
    #expect(missing.contains { $0.hasPrefix("grade scale conclusion says nothing") })
    #expect(missing.contains { $0.hasPrefix("rule of criterion 1.2 says nothing") })
    #expect(uncited.diagnostics.allSatisfy { $0.location != nil })

    let cited = FrameworkCompiler.compile(Self.local(historical: true, citeBands: true))
    let scale = try #require(cited.document.gradeScales.first { $0.id == "conclusion" })
    #expect(
      scale.provenance
        == .init(source: "local-standard", location: "Section 2", basis: .statedRule))
    #expect(!cited.diagnostics.contains { $0.message.hasPrefix("grade scale conclusion") })
    #expect(cited.document.historical == true)
  }
}
