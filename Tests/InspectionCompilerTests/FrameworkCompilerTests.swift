import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

@Suite("FrameworkCompiler")
struct FrameworkCompilerTests {
  @Test("A declaration with two problems reports both, each at its own file:line:col")
  func twoProblemsEachAtItsOwnLocation() throws {
    let line = #line
    let framework = Framework("T", version: "1", title: "Two problems") {
      Section("1", "One") {
        Criterion("1.1", "Assessment") {
          Question("1.1.a", "First?")
          Question("1.1.a", "Second, with the same id?")
        }
        Criterion("1.2", "Planning", grade: "conclusions") {
          Question("1.2.a", "Planned?")
        }
      }
    }
    let file = #fileID
    let compilation = FrameworkCompiler.compile(framework)
    #expect(!compilation.succeeded)
    #expect(compilation.diagnostics.count == 2)

    let duplicate = try #require(compilation.diagnostics.first)
    #expect(duplicate.code == "IK0101")
    // Columns are those of each declaration's opening parenthesis: Swift's `#column`, as a
    // default argument, is the position of the call's argument list.
    #expect(duplicate.location == Location(file: file, line: line + 5, column: 19))
    #expect(duplicate.path == "sections[0].criteria[0].questions[1]")
    #expect(
      duplicate.rendered == """
        \(file):\(line + 5):19: error: duplicate question id '1.1.a'; ids must be unique, \
        rename one [IK0101]
        \(file):\(line + 4):19: note: '1.1.a' is first declared here
        """)

    let unknown = try #require(compilation.diagnostics.last)
    #expect(unknown.code == "IK0117")
    // The grade scale is a property of the criterion: located at the criterion.
    #expect(unknown.location == Location(file: file, line: line + 7, column: 18))
    #expect(unknown.path == "sections[0].criteria[1].gradeScale")
    #expect(
      unknown.rendered == "\(file):\(line + 7):18: error: criterion '1.2' names grade scale "
        + "'conclusions', which is not declared; declare it or fix the name. [IK0117]")
  }

  @Test("Problems found while lowering and by validators are reported together, in source order")
  func loweringAndValidationTogether() throws {
    let line = #line
    let framework = Framework("T", version: "1", title: "Lowering") {
      Presentation(displayDecimals: 9)
      Section("1", "One") {
        Criterion("1.1", "Assessment") { Question("1.1.a", "A?") }
      }
      Presentation(displayDecimals: 0)
    }
    let file = #fileID
    let compilation = FrameworkCompiler.compile(framework)
    #expect(compilation.diagnostics.map(\.code) == ["IK0181", "IK0106"])
    let rendered = compilation.diagnostics.map(\.rendered)
    #expect(
      rendered == [
        "\(file):\(line + 2):19: error: displayDecimals is 9; use 0 to 6 [IK0181]",
        """
        \(file):\(line + 6):19: error: Presentation is declared more than once; keep one [IK0106]
        \(file):\(line + 2):19: note: Presentation is first declared here
        """,
      ])
    // The first declaration is the one kept.
    #expect(compilation.document.presentation.displayDecimals == 9)
  }

  @Test("Warnings do not fail a compilation")
  func warningsDoNotFail() {
    let framework = Framework("W", version: "1", title: "Warnings") {
      Theme("LoR", "Likelihood of reoffending")
      Section("1", "One") {
        Criterion("1.1", "Assessment") { Question("1.1.a", "A?", weight: 2) }
      }
    }
    let compilation = FrameworkCompiler.compile(framework)
    #expect(compilation.succeeded)
    #expect(compilation.diagnostics.map(\.code) == ["IK0172", "IK0147"])
    #expect(compilation.diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test("Compilation records where every element was declared, by document path")
  func locationsByPath() {
    let line = #line
    let framework = Framework("P", version: "1", title: "Paths") {
      Attribute("case_type", "Case type", values: "community", "licence")
      Section("1", "One") {
        Criterion("1.1", "Assessment") {
          Question("1.1.a", "A?")
        }
      }
      GradeScale("g", "G") {
        Band("pass", "Pass", atLeast: 50)
        Band("fail", "Fail", below: 50)
      }
    }
    let file = #fileID
    let locations = FrameworkCompiler.compile(framework).locations
    func at(_ offset: Int, _ column: Int) -> Location {
      Location(file: file, line: line + offset, column: column)
    }
    #expect(locations[""] == at(1, 30))
    #expect(locations["attributes[0]"] == at(2, 16))
    #expect(locations["sections[0]"] == at(3, 14))
    #expect(locations["sections[0].criteria[0]"] == at(4, 18))
    #expect(locations["sections[0].criteria[0].questions[0]"] == at(5, 19))
    #expect(locations["gradeScales[0]"] == at(8, 17))
    #expect(locations["gradeScales[0].bands[1]"] == at(10, 13))
  }
}
