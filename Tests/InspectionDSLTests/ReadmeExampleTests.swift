import InspectionCompiler
import InspectionDSL
import Testing

/// The README's DSL example, kept here so it always compiles and stays valid.
@Suite("README example")
struct ReadmeExampleTests {
  static let example = Framework("OMI2-lite", version: "1", title: "A two-criterion example") {
    Attribute("roh", "Risk of Harm level", values: "low", "medium", "high", "very high")
    Theme("RoH", "Risk of Harm to others")
    GradeScale("conclusion", "Criterion conclusions") {
      Band("good", "Good", atLeast: 70)
      Band("priority", "Priority for improvement", atLeast: 60, below: 70)
      Band("urgent", "Urgent priority", below: 60)
    }
    Section("1", "Assessment and sentence planning") {
      Criterion(
        "1.2", "Assessment of Risk of Harm",
        rule: .individualSummary(individual: 0.8, summary: 0.2), grade: "conclusion"
      ) {
        Question("1.2.a", "Was a RoSH screening completed at the start of sentence?", themes: "RoH")
        Question("1.2.b", "Was a full RoH analysis completed where required?", themes: "RoH")
          .relevant(when: .attribute("roh", is: "medium", "high", "very high"))
        Question(
          "1.2.s", "Overall, was the RoH assessment sufficient?", themes: "RoH", role: .summary)
      }
    }
    Headline("RoH", "Risk of Harm to others", theme: "RoH", sections: "1")
  }

  /// The README's broken variant: a misspelt attribute and a duplicated criterion.
  static let brokenLine = #line + 4  // the first Criterion
  static let broken = Framework("OMI2-lite", version: "1", title: "A broken example") {
    Attribute("roh", "Risk of Harm level", values: "low", "medium", "high", "very high")
    Section("1", "Assessment and sentence planning") {
      Criterion("1.2", "Assessment of Risk of Harm") {
        Question("1.2.a", "Was a full RoH analysis completed where required?")
          .relevant(when: .attribute("rho", is: "high"))
      }
      Criterion("1.2", "Planning") {
        Question("1.2.b", "Did the plan address Risk of Harm?")
      }
    }
  }

  @Test func theExampleCompilesWithNoDiagnostics() {
    let compilation = FrameworkCompiler.compile(Self.example)
    #expect(compilation.diagnostics.map(\.rendered) == [])
    #expect(compilation.document.allQuestions.map(\.id) == ["1.2.a", "1.2.b", "1.2.s"])
  }

  /// Locations are what Swift records for a call: the line, and the column of its `(`.
  @Test func theBrokenExampleReportsBothProblemsAtTheirDeclarations() {
    let compilation = FrameworkCompiler.compile(Self.broken)
    let file = #fileID
    let line = Self.brokenLine
    let rendered = compilation.diagnostics.map(\.rendered)
    #expect(rendered.count == 2)
    #expect(
      rendered.contains(
        "\(file):\(line + 1):17: error: question '1.2.a' is relevant on attribute 'rho', which is "
          + "not declared; declare it with Attribute(…). Did you mean 'roh'? [IK0113]"))
    #expect(
      rendered.contains(
        "\(file):\(line + 4):16: error: duplicate criterion id '1.2'; ids must be unique, rename "
          + "one [IK0101]\n\(file):\(line):16: note: '1.2' is first declared here"))
  }
}
