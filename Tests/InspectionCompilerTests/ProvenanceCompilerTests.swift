import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

@Suite("Provenance in the compiler")
struct ProvenanceCompilerTests {
  @Test("A historical declaration's uncited part and unknown source are errors at file:line:column")
  func missingAndUnknownAreLocated() throws {
    let line = #line
    let framework = Framework("H", version: "1", title: "Historical") {
      Historical()
      Source(
        id: "report", publisher: "HM Inspectorate of Probation", title: "A report",
        date: "2010", reference: "ISBN 0")
      AnswerScale.yesNo().from("report", at: "Appendix 1", basis: .statedRule)
      Section("1", "One") {
        Criterion("1.1", "Assessment") {
          Question("1.1.a", "Cited?").from("report", at: "Chapter 1 (a)", basis: .printedFigure)
          Question("1.1.b", "Uncited?")
          Question("1.1.c", "Misspelt?").from("reprot", at: "Chapter 1 (c)", basis: .printedInWords)
        }
        .from("report", at: "Chapter 1", basis: .printedFigure)
        .rule(from: "report", at: "Appendix 1", basis: .statedRule)
      }
      .from("report", at: "Chapter 1", basis: .printedFigure)
      .rule(from: "report", at: "Appendix 1", basis: .statedRule)
    }
    let file = #fileID
    let compilation = FrameworkCompiler.compile(framework)
    #expect(!compilation.succeeded)
    #expect(compilation.diagnostics.map(\.code) == ["IK0182", "IK0122"])

    let missing = try #require(compilation.diagnostics.first)
    #expect(missing.location == Location(file: file, line: line + 10, column: 19))
    #expect(missing.path == "sections[0].criteria[0].questions[1]")
    #expect(
      missing.rendered == "\(file):\(line + 10):19: error: question 1.1.b says nothing of where "
        + "it comes from, and H@1 is historical; add .from(\"source\", at: …, basis: …): cite "
        + "one of 'report', with .placeholder where the wording is ours [IK0182]")

    // An unknown source is reported at the citation, not at the question.
    let unknown = try #require(compilation.diagnostics.last)
    #expect(unknown.location == Location(file: file, line: line + 11, column: 46))
    #expect(unknown.path == "sections[0].criteria[0].questions[2].provenance")
    #expect(unknown.message.hasSuffix("Did you mean 'report'?"))
  }

  @Test("A new framework may cite some parts and not others")
  func newFrameworksMayOmitProvenance() {
    let framework = Framework("N", version: "1", title: "New") {
      Source(
        id: "design", publisher: "Local service", title: "Audit design", date: "2025",
        reference: "Internal")
      Section("1", "One") {
        Criterion("1.1", "Assessment") {
          Question("1.1.a", "Cited?").from("design", at: "Part 1", basis: .statedRule)
          Question("1.1.b", "Uncited?")
        }
      }
    }
    let compilation = FrameworkCompiler.compile(framework)
    #expect(compilation.diagnostics.map(\.rendered) == [])
    #expect(compilation.document.historical == nil)
    #expect(compilation.document.allQuestions.map(\.provenance?.basis) == [.statedRule, nil])
  }

  @Test("Historical() twice is a repeated setting")
  func historicalTwice() {
    let framework = Framework("H", version: "1", title: "Twice") {
      Historical()
      Historical()
      Section("1", "One") { Criterion("1.1", "A") { Question("1.1.a", "A?") } }
    }
    let codes = FrameworkCompiler.compile(framework).diagnostics.map(\.code)
    #expect(codes.contains("IK0106"))
  }

  @Test("A citation lowers to the document's provenance, sources keep their fields")
  func lowering() throws {
    let framework = Framework("N", version: "1", title: "New") {
      Source(
        id: "design", publisher: "Local service", title: "Audit design", date: "2025",
        reference: "Internal", url: "https://example.invalid/design", note: "Parts 1-3")
      GradeScale("bands", "Bands") {
        Band("good", "Good", atLeast: 50)
        Band("poor", "Poor", below: 50)
      }
      .from(
        "design", at: "Part 2", basis: .inferredRule(reproduces: "3 of 3 audits"),
        note: "Ours.")
      Section("1", "One") {
        Criterion("1.1", "A", grade: "bands") {
          Question("1.1.a", "A?").from("design", at: "Part 1", basis: .printedFigure, quote: "Q")
        }
      }
    }
    let document = FrameworkCompiler.compile(framework).document
    #expect(
      document.sources == [
        .init(
          id: "design", publisher: "Local service", title: "Audit design", date: "2025",
          reference: "Internal", url: "https://example.invalid/design", note: "Parts 1-3")
      ])
    #expect(
      document.gradeScales[0].provenance
        == .init(
          source: "design", location: "Part 2", basis: .inferredRule,
          reproduces: "3 of 3 audits", note: "Ours."))
    #expect(
      document.allQuestions[0].provenance
        == .init(source: "design", location: "Part 1", basis: .printedFigure, quote: "Q"))
  }
}
