import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport
import Testing

/// The mistakes a designer drafting a standards-and-ratings framework makes first, each
/// reported once, at the `file:line:column` of the declaration to fix, saying how.
///
/// Swift records a call's line and the column of its `(`: the expected locations below are
/// counted from the `#line` noted before each declaration.
@Suite("Designer diagnostics")
struct DesignerDiagnosticsTests {
  /// The standard rating scale: lowest key-question percentage banded, with points.
  static let standard = GradeScale("standard", "Standard rating") {
    Band("outstanding", "Outstanding", atLeast: 80, points: 3)
    Band("good", "Good", atLeast: 65, below: 80, points: 2)
    Band("improve", "Requires improvement", atLeast: 50, below: 65, points: 1)
    Band("inadequate", "Inadequate", below: 50, points: 0)
  }

  /// The overall rating from points, 0–36, written the obvious way: `atMost` then `atLeast`.
  static func overall(points: Double = 3) -> GradeScale {
    GradeScale("overall", "Overall rating", range: 0...36) {
      Band("inadequate", "Inadequate", atMost: 6)
      Band("improve", "Requires improvement", atLeast: 7, atMost: 18)
      Band("good", "Good", atLeast: 19, atMost: 30)
      Band("outstanding", "Outstanding", atLeast: 31)
    }
  }

  static let file = #fileID

  // MARK: Key questions

  static let missingKeyLine = #line + 4
  static let missingKey = Framework("K", version: "1", title: "No key question") {
    standard
    Section("2", "Court disposals") {
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.1.a", "Was the assessment sufficient?")
        Question("2.1.b", "Did it keep others safe?")
      }
    }
  }

  @Test func aMinimumOfKeyQuestionsWithNoKeyQuestionIsOneLocatedError() {
    let rendered = FrameworkCompiler.compile(Self.missingKey).diagnostics.map(\.rendered)
    #expect(
      rendered == [
        "\(Self.file):\(Self.missingKeyLine):16: error: criterion '2.1' takes the minimum of "
          + "its key questions but has none; mark them with role: .key [IK0146]"
      ])
  }

  static let nonKeyLine = #line + 5
  static let nonKey = Framework("K", version: "1", title: "A forgotten role") {
    standard
    Section("2", "Court disposals") {
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.1.a", "Was the assessment sufficient?", role: .key)
        Question("2.1.b", "Did it keep others safe?")
        Question("2.1.c", "Was the record kept up to date?", role: .supporting)
      }
    }
  }

  @Test func aQuestionNeitherKeyNorSupportingIsALocatedWarning() {
    let compilation = FrameworkCompiler.compile(Self.nonKey)
    #expect(compilation.succeeded)
    #expect(
      compilation.diagnostics.map(\.rendered) == [
        "\(Self.file):\(Self.nonKeyLine + 1):17: warning: question '2.1.b' is not a key question, "
          + "so criterion '2.1', the lowest of its key questions, ignores it; mark it role: .key "
          + "if it counts, or role: .supporting if it only informs the key questions [IK0150]"
      ])
  }

  // MARK: Bands on whole points

  static let wholePoints = Framework("P", version: "1", title: "Points banded 0–6 / 7–18 / …") {
    standard
    overall()
    Section("2", "Court disposals") {
      for number in 1...12 {
        Criterion(
          "2.\(number)", "Standard \(number)", rule: .minimumOfKeyQuestions, grade: "standard"
        ) {
          Question("2.\(number).a", "Key question?", role: .key)
        }
      }
    }
    OverallRating(
      "rating", "Overall rating", items: "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7", "2.8",
      "2.9", "2.10", "2.11", "2.12", grade: "overall")
  }

  @Test func bandsOfWholePointsMeetWhenWrittenAtMostThenAtLeast() throws {
    let compilation = FrameworkCompiler.compile(Self.wholePoints)
    #expect(compilation.diagnostics.map(\.rendered) == [])
    // Every sum of twelve standards' points, 0 to 36, falls in exactly one band.
    let scale = try #require(compilation.document.gradeScales.first { $0.id == "overall" })
    for total in 0...36 {
      let bands = scale.bands.filter { $0.contains(Rational(total)) }
      let expected =
        total <= 6 ? "inadequate" : total <= 18 ? "improve" : total <= 30 ? "good" : "outstanding"
      #expect(bands.map(\.id) == [expected], "\(total) points")
    }
  }

  /// A half point somewhere makes the sum able to fall between 6 and 7: then the gap is real,
  /// and the message says, in the DSL's words, which bound to change.
  static let halfPointLine = #line + 3
  static let halfPoint = Framework("P", version: "1", title: "Points with a half") {
    GradeScale("standard", "Standard rating") {
      Band("outstanding", "Outstanding", atLeast: 80, points: 3)
      Band("good", "Good", atLeast: 65, below: 80, points: 2.5)
      Band("improve", "Requires improvement", atLeast: 50, below: 65, points: 1)
      Band("inadequate", "Inadequate", below: 50, points: 0)
    }
    GradeScale("overall", "Overall rating", range: 0...36) {
      Band("inadequate", "Inadequate", atMost: 6)
      Band("improve", "Requires improvement", atLeast: 7, atMost: 18)
      Band("good", "Good", atLeast: 19, atMost: 30)
      Band("outstanding", "Outstanding", atLeast: 31)
    }
    Section("2", "Court disposals") {
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.1.a", "Key question?", role: .key)
      }
    }
    OverallRating("rating", "Overall rating", items: "2.1", grade: "overall")
  }

  @Test func aRealGapBetweenWholeBoundsSaysWhichBoundToChange() {
    let errors = FrameworkCompiler.compile(Self.halfPoint).diagnostics.filter(\.isError)
    let line = Self.halfPointLine + 6  // the band 'inadequate'; 'improve' is the next line
    #expect(
      errors.map(\.rendered).first
        == "\(Self.file):\(line + 1):11: error: grade scale 'overall' leaves values from 6 to 7 "
        + "in no band, before band 'improve'; close it by ending band 'inadequate' below: 7 "
        + "(instead of atMost: 6), or starting band 'improve' above: 6 (instead of atLeast: 7) "
        + "[IK0152]\n\(Self.file):\(line):11: note: band 'inadequate' is declared here")
    #expect(errors.count == 3, "\(errors.map(\.rendered))")
  }

  // MARK: Groupings and overrides

  static let groupingLine = #line + 4
  static let grouping = Framework("G", version: "1", title: "A scored grouping") {
    standard
    overall()
    Section("2", "Court disposals", grade: "standard", scored: false) {
      Criterion("2.1", "Assessment", rule: .minimumOfKeyQuestions, grade: "standard") {
        Question("2.1.a", "Key question?", role: .key)
      }
    }
    OverallRating("rating", "Overall rating", items: "2", grade: "overall")
  }

  @Test func aGroupingHasNoScoreToBandOrSum() {
    let rendered = FrameworkCompiler.compile(Self.grouping).diagnostics.map(\.rendered)
    #expect(
      rendered == [
        "\(Self.file):\(Self.groupingLine):12: error: section '2' is a grouping only (scored: "
          + "false), so it has no score, but it declares a grade scale; remove them, or drop "
          + "scored: false to score the section [IK0149]",
        "\(Self.file):\(Self.groupingLine + 5):18: error: overall rating 'rating' sums the "
          + "points of section '2', which is a grouping only and has no score or band; name its "
          + "criteria ('2.1') instead, or score the section [IK0123]",
      ])
  }

  static let overrideLine = #line + 7
  static let judgedOverride = Framework("O", version: "1", title: "A judged item overridden") {
    JudgementScale("rating", "Rating") {
      Label("good", "Good", points: 2)
      Label("poor", "Poor", points: 0)
    }
    Section("1", "Organisational delivery") {
      Criterion("1.1", "Leadership", judgement: "rating").overridable()
    }
  }

  @Test func anOverrideOfAJudgedItemIsLocatedAtItsModifier() {
    let rendered = FrameworkCompiler.compile(Self.judgedOverride).diagnostics.map(\.rendered)
    #expect(
      rendered == [
        "\(Self.file):\(Self.overrideLine):70: error: criterion '1.1' is judged (it names a "
          + "judgement scale) and declared overridable; a judgement is already the inspectors' "
          + "own rating: drop .overridable(…), or drop the judgement scale to compute the band and "
          + "let inspectors override it [IK0162]"
      ])
  }

  static let conditionLine = #line + 6
  static let selfCondition = Framework("C", version: "1", title: "A condition on itself") {
    Section("2", "Court disposals") {
      Criterion("2.1", "Assessment") {
        Question("2.1.a", "Was the assessment sufficient?")
      }
      .relevant(when: .answer("2.1.a", is: "yes"))
    }
  }

  @Test func aCriterionConditionOnItsOwnQuestionIsLocatedAtItsModifier() {
    let rendered = FrameworkCompiler.compile(Self.selfCondition).diagnostics.map(\.rendered)
    #expect(
      rendered == [
        "\(Self.file):\(Self.conditionLine):16: error: criterion '2.1' depends on question "
          + "'2.1.a', which is one of its own questions; a condition on a section or criterion "
          + "may only read answers to questions declared before it [IK0115]"
      ])
  }

  // MARK: Suggestions

  @Test func aSuggestionNeverProposesTheNameReported() {
    #expect(Suggestion.didYouMean("1.2", among: ["1.2", "1.3"]) == " Did you mean '1.3'?")
    #expect(Suggestion.didYouMean("1.2", among: ["1.2"]) == "")
  }
}
