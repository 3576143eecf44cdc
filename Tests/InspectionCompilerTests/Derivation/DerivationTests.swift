import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

@Suite("Derived frameworks")
struct DerivationTests {
  static let base = DerivationFixtures.base
  static let derivedLine = #line + 1
  static let derived = Framework("LOCAL", version: "2025", title: "Local", basedOn: base) {
    Add(toSection: "1", after: "1.1") {
      Criterion("1.L", "Local: partnership working") {
        Question("1.L.a", "Was the police briefed?", themes: "RoH")
      }
    }
    Add(toCriterion: "1.2", after: "1.2.b") {
      Question("1.2.c", "Was the analysis shared?", themes: "RoH")
    }
    Replace(
      "1.1.a", with: Question("1.1.a", "Was the report on time and to standard?", themes: "LoR"))
    Remove("1.2.b")
    Reweight("1.2", rule: .individualSummary(individual: 0.7, summary: 0.3))
    Reband("conclusion") {
      Band("good", "Good", atLeast: 75)
      Band("poor", "Poor", below: 75)
    }
    Theme("LOC", "Local priorities")
    Section("L", "Local priorities") {
      Criterion("L.1", "Victim contact") {
        Question("L.1.a", "Was the victim contacted?", themes: "LOC")
      }
    }
    Headline("LOC", "Local priorities", theme: "LOC", sections: "L")
    Assumption("Local criteria are scored like the base's.")
  }

  @Test func appliesChangesInOrderAndAppendsDeclarations() throws {
    let compilation = FrameworkCompiler.compile(Self.derived)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    let document = compilation.document
    #expect(document.label == "LOCAL@2025")
    #expect(document.sections.map(\.id) == ["1", "2", "L"])
    #expect(document.sections[0].criteria.map(\.id) == ["1.1", "1.L", "1.2"])
    #expect(document.sections[0].criteria[2].questions.map(\.id) == ["1.2.a", "1.2.c", "1.2.s"])
    #expect(document.sections[0].criteria[0].questions[0].text.hasSuffix("to standard?"))
    #expect(
      document.sections[0].criteria[2].rule == .individualSummary(individual: 0.7, summary: 0.3))
    #expect(document.gradeScales[0].bands.map(\.lower) == [.atLeast(75), nil])
    #expect(document.themes.map(\.id) == ["RoH", "LoR", "LOC"])
    #expect(document.headlines.map(\.id) == ["RoH", "LoR", "LOC"])
  }

  @Test func recordsTheBaseAndTheChangesInWords() throws {
    let document = FrameworkCompiler.compile(Self.derived).document
    let baseDocument = FrameworkCompiler.compile(Self.base).document
    let base = try #require(document.base)
    #expect(base.id == "BASE")
    #expect(base.version == "1")
    #expect(base.fingerprint == (try baseDocument.fingerprint()))
    #expect(
      base.changes == [
        "added criterion 1.L 'Local: partnership working' to section 1",
        "added question 1.2.c 'Was the analysis shared?' to criterion 1.2",
        "replaced question 1.1.a",
        "removed question 1.2.b",
        "re-weighted criterion 1.2: 70% mean of individual questions + 30% summary question",
        "re-banded grade scale conclusion: Good ≥ 75; Poor < 75",
        "added section L 'Local priorities'",
        "added headline LOC 'Local priorities'",
        "added theme LOC 'Local priorities'",
        "added assumption: Local criteria are scored like the base's.",
      ])
    #expect(baseDocument.base == nil)
  }

  @Test func locatesEveryElementAtItsOwnDeclaration() {
    let compilation = FrameworkCompiler.compile(Self.derived)
    let locations = compilation.locations
    #expect(locations[""]?.line == Self.derivedLine)
    #expect(locations["sections[0].criteria[1]"]?.line == Self.derivedLine + 2)
    #expect(locations["sections[0].criteria[1].questions[0]"]?.line == Self.derivedLine + 3)
    #expect(locations["sections[0].criteria[2].questions[1]"]?.line == Self.derivedLine + 7)
    #expect(locations["gradeScales[0]"]?.line == Self.derivedLine + 13)
    #expect(locations["sections[2]"]?.line == Self.derivedLine + 18)
    #expect(
      locations["sections[0].criteria[2]"]?.file.hasSuffix("DerivationFixtures.swift") == true)
  }

  @Test func compilesTheSameDocumentEveryTime() throws {
    let first = try FrameworkCompiler.compile(Self.derived).document.canonicalJSON()
    let second = try FrameworkCompiler.compile(Self.derived).document.canonicalJSON()
    #expect(first == second)
  }

  @Test
  func reportsProblemsAtTheChange() throws {
    for fixture in DerivationFixtures.broken {
      let compilation = FrameworkCompiler.compile(fixture.framework)
      #expect(!compilation.succeeded)
      let first = try #require(
        compilation.diagnostics.first { $0.code == fixture.code },
        "\(fixture.description): no \(fixture.code)")
      #expect(first.location?.line == fixture.line, "\(first.rendered)")
      #expect(first.location?.file.hasSuffix("DerivationFixtures.swift") == true)
      #expect(first.message.contains(fixture.message), "\(first.message)")
      let others = compilation.diagnostics.filter(\.isError).map(\.code)
      #expect(
        Set(others).subtracting([fixture.code]).subtracting(["IK0103", "IK0172"]).isEmpty,
        "\(compilation.diagnostics.map(\.rendered))")
    }
  }

  @Test func reportsAProblemOnceNotAgainFromTheValidators() {
    let compilation = FrameworkCompiler.compile(DerivationFixtures.broken[4].framework)
    #expect(compilation.diagnostics.map(\.code) == ["IK0193"])
  }
}
