import Foundation
import InspectionComparison
import InspectionSchema
import Testing

@Suite("Published-figures files: the reader and the figures")
struct PublishedFiguresTests {
  /// A file with one finding whose fields (after `id`) are `fields`, on line 4.
  static func file(finding fields: String, basis: String = "printedInWords") -> String {
    """
    {"schemaVersion": 2, "framework": {"id": "X", "version": "1"},
     "source": {"id": "report", "title": "A report"},
     "inspections": [{"area": "A", "items": [], "questions": [
       {"id": "q1", \(fields), "provenance": {"location": "Chapter 1", "basis": "\(basis)", "quote": "as printed"}}]}]}
    """
  }

  static func read(_ json: String) throws -> PublishedFigures {
    try PublishedFigures.read(bytes: Array(json.utf8), file: "bad.json")
  }

  static func figure(_ fields: String, basis: String = "printedInWords") throws -> PublishedFigure {
    let figures = try read(file(finding: fields, basis: basis))
    return try #require(figures.inspections.first?.questions?.first).figure
  }

  @Test func aVersionOneFileIsRefusedWithHowToUpgrade() {
    let json = #"{"schemaVersion": 1, "framework": {"id": "X", "version": "1"}, "inspections": []}"#
    #expect {
      try Self.read(json)
    } throws: { error in
      guard let error = error as? PublishedFiguresError else { return false }
      let diagnostic = error.diagnostic
      return diagnostic.code == "IK0723" && diagnostic.message.contains("upgrade the file")
        && diagnostic.message.contains("docs/published-files.md")
        && diagnostic.location?.file == "bad.json" && diagnostic.location?.line == 1
    }
  }

  /// Every malformed figure is an error at the field, line 4, that says what to do.
  @Test(arguments: [
    (#""percent": 150"#, "'percent' must be a percentage from 0 to 100"),
    (#""percent": 33.333333"#, "at most 4 decimals"),
    (#""below": "2/3x", "words": "w""#, "a fraction of the cases written"),
    (#""below": "3/2", "words": "w""#, "a fraction of the cases written"),
    (#""above": 50, "atLeast": 50, "words": "w""#, "give one lower bound"),
    (#""percent": 40, "below": 50, "words": "w""#, "not both"),
    (#""below": 50"#, "keeps the report's words"),
    (#""percent": 40, "tolerance": 3"#, "'tolerance' belongs to an 'approximately' value"),
    (#""approximately": 40, "tolerance": 0, "words": "w""#, "more than 0 and at most 50"),
    (#""denominator": 12"#, "needs the 'numerator'"),
    (#""numerator": 13, "denominator": 12"#, "at least the numerator"),
    (#""percent": 40, "numerator": 11, "denominator": 18"#, "does not round from the counts"),
    (#""above": 60, "below": 40, "words": "w""#, "the bounds leave no value"),
    (#""approximately": 90, "below": 80, "words": "w""#, "leave no value"),
    (#""shortfall": true, "words": "w""#, "there is no figure"),
    (#""percent": 40"#, "keeps its words"),
    (#""abvoe": 40, "words": "w""#, "unknown field 'abvoe'"),
  ])
  func aMalformedFigureIsALocatedError(fields: String, message: String) {
    #expect {
      try Self.read(Self.file(finding: fields))
    } throws: { error in
      guard let error = error as? PublishedFiguresError else { return false }
      let diagnostic = error.diagnostic
      return diagnostic.code == "IK0722" && diagnostic.message.contains(message)
        && diagnostic.location?.line == 4 && diagnostic.location?.file == "bad.json"
    }
  }

  @Test
  func aMalformedFileIsAnInvalidShapeError() {
    for json in [
      #"{"schemaVersion": 2, "framework": {"id": "X"}, "source": {"id": "r", "title": "R"}, "inspections": []}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "inspections": []}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [{"area": "A", "items": [{"id": "1", "kind": "chapter", "provenance": {"location": "x", "basis": "printedFigure"}}]}]}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [{"area": "A", "items": [{"id": "1", "kind": "section", "percent": 50}]}]}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [{"area": "A", "items": [{"id": "1", "kind": "section", "percent": 50, "provenance": {"location": "x", "basis": "reportProse"}}]}]}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [{"area": "A", "date": "2010-13", "items": []}]}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [{"area": "A", "items": [], "composition": [{"attribute": "a", "value": "v", "cases": 3, "percent": 5, "provenance": {"location": "x", "basis": "printedFigure"}}]}]}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [{"area": "A", "items": [], "questions": [{"id": "q", "percent": 5, "provenance": {"location": "x", "basis": "printedFigure"}}]}]}"#,
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "inspections": [], "line": 12}"#,
    ] {
      #expect {
        try Self.read(json)
      } throws: { error in
        (error as? PublishedFiguresError)?.diagnostic.code == "IK0722"
      }
    }
  }

  @Test func anAggregateOverAnAreaNoInspectionHasIsAnError() {
    let json = """
      {"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"},
       "inspections": [{"area": "Kent", "items": []}],
       "aggregates": [{"id": "1", "kind": "section", "percent": 70, "areas": ["Kent", "Knet"],
         "provenance": {"location": "x", "basis": "printedFigure"}}]}
      """
    #expect {
      try Self.read(json)
    } throws: { error in
      guard let diagnostic = (error as? PublishedFiguresError)?.diagnostic else { return false }
      return diagnostic.code == "IK0722" && diagnostic.message.contains("'Knet'")
        && diagnostic.message.contains("Did you mean 'Kent'?") && diagnostic.location?.line == 3
    }
  }

  @Test func aNegativeProgrammeCountIsAnError() {
    let json =
      #"{"schemaVersion": 2, "framework": {"id": "X", "version": "1"}, "source": {"id": "r", "title": "R"}, "programme": {"cases": -4}, "inspections": []}"#
    #expect {
      try Self.read(json)
    } throws: { error in
      (error as? PublishedFiguresError)?.diagnostic.message.contains("'cases' must be a count")
        == true
    }
  }

  @Test func aCitationOfAnotherSourceIsAnError() {
    let json = Self.file(finding: #""percent": 40"#, basis: "printedFigure")
      .replacingOccurrences(
        of: #""location": "Chapter 1""#, with: #""source": "other", "location": "Chapter 1""#)
    #expect {
      try Self.read(json)
    } throws: { error in
      guard let diagnostic = (error as? PublishedFiguresError)?.diagnostic else { return false }
      return diagnostic.message.contains("names source 'other'") && diagnostic.location?.line == 4
    }
  }

  @Test func notWellFormedJSONIsUnreadable() {
    #expect {
      try Self.read(#"{"schemaVersion": 2, "#)
    } throws: { error in
      (error as? PublishedFiguresError)?.diagnostic.code == "IK0721"
    }
  }

  /// What each form of figure allows (oriented so that higher is better) and where a synthetic
  /// sample aims.
  @Test
  func aFigureAllowsWhatItsWordsSay()
    throws
  {
    for (fields, basis, range, target) in [
      (#""percent": 63"#, "printedFigure", "63.00%", 63.0),
      (#""percent": 32, "shortfall": true"#, "printedFigure", "68.00%", 68.0),
      (
        #""numerator": 10, "denominator": 23, "words": "ten of 23""#, "printedFigure", "43.48%",
        43.48
      ),
      (#""below": 50, "words": "less than half""#, "printedInWords", "0.00–50.00%", 45.0),
      (#""above": 80, "words": "over 80%""#, "printedFigure", "80.00–100.00%", 85.0),
      (#""atLeast": 83, "words": "83% or more""#, "printedFigure", "83.00–100.00%", 88.0),
      (#""below": 100, "words": "all but one""#, "printedInWords", "0.00–100.00%", 95.0),
      (
        #""approximately": "1/4", "words": "around one-quarter", "shortfall": true"#,
        "printedInWords", "70.00–80.00%", 75.0
      ),
      (
        #""approximately": "3/4", "below": "3/4", "words": "almost three-quarters""#,
        "printedInWords", "70.00–75.00%", 72.5
      ),
      (
        #""above": "1/3", "words": "over one-third", "shortfall": true"#, "printedInWords",
        "0.00–66.67%", 61.67
      ),
      (
        #""above": 50, "below": 100, "words": "almost all""#, "printedInWords", "50.00–100.00%",
        75.0
      ),
      (#""percent": 100, "words": "all""#, "printedInWords", "100.00%", 100.0),
    ] {
      let figure = try Self.figure(fields, basis: basis)
      let bounds = try #require(figure.bounds)
      let text =
        bounds.isPoint
        ? PercentRange.point(bounds.lower.percent).description : bounds.percentRange.description
      #expect(text == range || text == range.replacingOccurrences(of: ".00%", with: "%"))
      #expect(abs((figure.target ?? -1) - target) < 0.01, "\(figure.target ?? -1)")
    }
  }

  @Test func boundsKeepTheirOpenEnds() throws {
    let less = try #require(try Self.figure(#""below": 50, "words": "less than half""#).bounds)
    #expect(less.upperOpen && !less.lowerOpen)
    let notDone = try #require(
      try Self.figure(#""above": 50, "words": "more than half", "shortfall": true"#).bounds)
    #expect(notDone.upperOpen)  // more than half not done: under half done
    #expect(notDone.percentRange.contains(49.99))
    #expect(!notDone.percentRange.contains(50))
  }

  @Test func aFractionIsExact() throws {
    let third = try #require(PublishedShare(fraction: "1/3"))
    #expect(third.numerator == 1 && third.denominator == 3)
    #expect(third.complement == PublishedShare(fraction: "2/3"))
    #expect(PublishedShare(fraction: "2/6") == third)
    #expect(PublishedShare(percent: 66.7)?.denominator == 1000)
    #expect(PublishedShare(fraction: "1/0") == nil)
    #expect(PublishedShare(fraction: "-1/3") == nil)
    #expect(PublishedShare(percent: .nan) == nil)
  }

  @Test func aPrintedPercentageStandsForWhatRoundsToIt() throws {
    let printed = try #require(
      try Self.figure(#""percent": 63"#, basis: "printedFigure").allowedRange)
    #expect(printed.contains(62.5))
    #expect(printed.contains(63.4999))
    #expect(!printed.contains(63.5))  // 63.5 rounds half away from zero to 64
    let shortfall = try #require(
      try Self.figure(#""percent": 32, "shortfall": true"#, basis: "printedFigure").allowedRange)
    #expect(shortfall.contains(68.5))  // 31.5% not done rounds to 32
    #expect(!shortfall.contains(67.5))
  }
}

@Suite("Percent ranges")
struct PercentRangeTests {
  @Test(arguments: [
    (62.4969, 63.93, "62.49–63.93%"),  // rounded outwards: 62.4969 rounds to 62
    (61.2353, 62.6765, "61.23–62.68%"),
    (0, 50, "0.00–50.00%"),
    (70, 80, "70.00–80.00%"),
  ])
  func aRangeShowsItsEndsRoundedOutwards(lower: Double, upper: Double, text: String) {
    #expect(PercentRange(lower, upper).description == text)
  }

  @Test func pointsAndOpenEnds() {
    #expect(PercentRange.point(61.9615).description == "61.96%")
    let lessThanHalf = PercentRange(0, 50, upperOpen: true)
    #expect(!lessThanHalf.overlaps(.point(50)))
    #expect(lessThanHalf.overlaps(PercentRange.rounding(to: 50)))  // 49.5 to 50 rounds to 50
    #expect(!PercentRange.rounding(to: 63).overlaps(.point(63.5)))
    #expect(PercentRange.rounding(to: 64).overlaps(.point(63.49999999999999)))  // noise
    #expect(PercentRange(60, 62).distance(from: PercentRange(63, 64)) == -1)
    #expect(PercentRange(65, 66).distance(from: PercentRange(63, 64)) == 1)
  }
}
