import Testing

/// Common mistakes with provenance fail to compile with our own messages.
@Suite("Misplaced citations")
struct MisplacedCitationTests {
  @Test(
    "A Source inside a Section, a cited Band and an inferred rule without what it reproduces",
    .enabled(
      if: Typechecker.available,
      "needs swiftc and the built modules in .build/debug/Modules (run `swift build` first)"))
  func misplacedCitationsFailWithOurMessages() throws {
    let result = try Typechecker.typecheck(
      """
      import InspectionDSL

      let framework = Framework("X", version: "1", title: "Misplaced") {
        GradeScale("bands", "Bands") {
          Band("good", "Good", atLeast: 50).from("r", at: "p. 1", basis: .statedRule)
          Band("poor", "Poor", below: 50)
        }
        Section("1", "Section") {
          Source(id: "r", publisher: "P", title: "T", date: "2010", reference: "R")
          Criterion("1.1", "Criterion") {
            Question("1.1.a", "Q?").from("r", at: "p. 2", basis: .inferredRule)
          }
        }
      }
      """)
    #expect(result.status != 0)
    #expect(result.output.contains("cite the whole scale instead"), "\(result.output)")
    #expect(
      result.output.contains("a Source is declared once, directly in the Framework"),
      "\(result.output)")
    #expect(
      result.output.contains("say what the rule reproduces: .inferredRule(reproduces:"),
      "\(result.output)")
  }

  @Test(
    "The same citations in place type-check (the check is not vacuous)",
    .enabled(
      if: Typechecker.available,
      "needs swiftc and the built modules in .build/debug/Modules (run `swift build` first)"))
  func wellPlacedCitationsTypecheck() throws {
    let result = try Typechecker.typecheck(
      """
      import InspectionDSL

      let framework = Framework("X", version: "1", title: "Well placed") {
        Historical()
        Source(id: "r", publisher: "P", title: "T", date: "2010", reference: "R")
        GradeScale("bands", "Bands") {
          Band("good", "Good", atLeast: 50)
          Band("poor", "Poor", below: 50)
        }
        .from("r", at: "p. 1", basis: .inferredRule(reproduces: "3 of 3 printed bands"))
        Section("1", "Section") {
          Criterion("1.1", "Criterion") {
            Question("1.1.a", "Q?").from("r", at: "p. 2", basis: .printedFigure, quote: "Q")
          }
          .from("r", at: "p. 2", basis: .printedInWords)
          .rule(from: "r", at: "p. 3", basis: .statedRule)
        }
        Headline("H", "Headline", theme: "T")
          .membership(from: "r", at: "p. 4", basis: .placeholder)
      }
      """)
    #expect(result.status == 0, "\(result.output)")
  }
}
