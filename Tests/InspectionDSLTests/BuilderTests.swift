import InspectionCompiler
import InspectionDSL
import Testing

/// Which branches a control-flow declaration takes.
struct BuilderConfiguration: Sendable, CustomTestStringConvertible {
  enum Kind: String, Sendable { case first, second, third }

  /// Takes the `if` (and the `then` of `if`/`else`).
  let flag: Bool
  /// Picks the `switch` case.
  let kind: Kind
  /// Drives the `for`-`in` loops.
  let extras: [String]
  /// Mapped into an element with `Optional.map`; `nil` maps to nothing.
  let mapped: String?

  var testDescription: String {
    "flag \(flag), \(kind.rawValue), \(extras.count) extras, mapped \(mapped ?? "nil")"
  }

  /// The ids each level must produce, in order, for elements whose ids start with `prefix`.
  func ids(_ prefix: String) -> [String] {
    var ids = [prefix + "plain"]
    if flag { ids.append(prefix + "if") }
    ids.append(prefix + (flag ? "then" : "else"))
    ids.append(prefix + kind.rawValue)
    ids += extras.map { prefix + "for-" + $0 }
    ids.append(prefix + "optional")
    if let mapped { ids.append(prefix + mapped) }
    ids += [prefix + "array-1", prefix + "array-2"]
    ids.append(prefix + "available")
    return ids
  }

  static let all = [
    BuilderConfiguration(flag: true, kind: .first, extras: ["x", "y"], mapped: "map"),
    BuilderConfiguration(flag: false, kind: .second, extras: [], mapped: nil),
    BuilderConfiguration(flag: true, kind: .third, extras: ["z"], mapped: "other"),
  ]
}

/// A framework that uses every result-builder construct at every level: framework, section,
/// criterion, answer scale, grade scale and judgement scale. Every element's title is its id.
func controlFlowFramework(_ c: BuilderConfiguration) -> Framework {
  Framework("B", version: "1", title: "Builders") {
    // Framework level (themes).
    Theme("T-plain", "T-plain")
    if c.flag { Theme("T-if", "T-if") }
    if c.flag { Theme("T-then", "T-then") } else { Theme("T-else", "T-else") }
    switch c.kind {
    case .first: Theme("T-first", "T-first")
    case .second: Theme("T-second", "T-second")
    case .third: Theme("T-third", "T-third")
    }
    for extra in c.extras { Theme("T-for-\(extra)", "T-for-\(extra)") }
    Optional(Theme("T-optional", "T-optional"))
    c.mapped.map { Theme("T-\($0)", "T-\($0)") }
    [Theme("T-array-1", "T-array-1"), Theme("T-array-2", "T-array-2")]
    if #available(macOS 10.15, *) { Theme("T-available", "T-available") }

    AnswerScale("s", "s") {
      Option("no", "no", .insufficient)
      Option("O-plain", "O-plain", .sufficient)
      if c.flag { Option("O-if", "O-if", .sufficient) }
      if c.flag {
        Option("O-then", "O-then", .sufficient)
      } else {
        Option("O-else", "O-else", .sufficient)
      }
      switch c.kind {
      case .first: Option("O-first", "O-first", .sufficient)
      case .second: Option("O-second", "O-second", .sufficient)
      case .third: Option("O-third", "O-third", .sufficient)
      }
      for extra in c.extras { Option("O-for-\(extra)", "O-for-\(extra)", .sufficient) }
      Optional(Option("O-optional", "O-optional", .sufficient))
      c.mapped.map { Option("O-\($0)", "O-\($0)", .sufficient) }
      [
        Option("O-array-1", "O-array-1", .sufficient),
        Option("O-array-2", "O-array-2", .sufficient),
      ]
      if #available(macOS 10.15, *) { Option("O-available", "O-available", .sufficient) }
    }

    GradeScale("g", "g") {
      Band("B-plain", "B-plain")
      if c.flag { Band("B-if", "B-if") }
      if c.flag { Band("B-then", "B-then") } else { Band("B-else", "B-else") }
      switch c.kind {
      case .first: Band("B-first", "B-first")
      case .second: Band("B-second", "B-second")
      case .third: Band("B-third", "B-third")
      }
      for extra in c.extras { Band("B-for-\(extra)", "B-for-\(extra)") }
      Optional(Band("B-optional", "B-optional"))
      c.mapped.map { Band("B-\($0)", "B-\($0)") }
      [Band("B-array-1", "B-array-1"), Band("B-array-2", "B-array-2")]
      if #available(macOS 10.15, *) { Band("B-available", "B-available") }
    }

    JudgementScale("j", "j") {
      Label("L-plain", "L-plain")
      if c.flag { Label("L-if", "L-if") }
      if c.flag { Label("L-then", "L-then") } else { Label("L-else", "L-else") }
      switch c.kind {
      case .first: Label("L-first", "L-first")
      case .second: Label("L-second", "L-second")
      case .third: Label("L-third", "L-third")
      }
      for extra in c.extras { Label("L-for-\(extra)", "L-for-\(extra)") }
      Optional(Label("L-optional", "L-optional"))
      c.mapped.map { Label("L-\($0)", "L-\($0)") }
      [Label("L-array-1", "L-array-1"), Label("L-array-2", "L-array-2")]
      if #available(macOS 10.15, *) { Label("L-available", "L-available") }
    }

    Section("S", "S") {
      // Criterion level (questions) inside the first criterion.
      Criterion("C-plain", "C-plain") {
        Question("Q-plain", "Q-plain", scale: "s")
        if c.flag { Question("Q-if", "Q-if", scale: "s") }
        if c.flag {
          Question("Q-then", "Q-then", scale: "s")
        } else {
          Question("Q-else", "Q-else", scale: "s")
        }
        switch c.kind {
        case .first: Question("Q-first", "Q-first", scale: "s")
        case .second: Question("Q-second", "Q-second", scale: "s")
        case .third: Question("Q-third", "Q-third", scale: "s")
        }
        for extra in c.extras { Question("Q-for-\(extra)", "Q-for-\(extra)", scale: "s") }
        Optional(Question("Q-optional", "Q-optional", scale: "s"))
        c.mapped.map { Question("Q-\($0)", "Q-\($0)", scale: "s") }
        [
          Question("Q-array-1", "Q-array-1", scale: "s"),
          Question("Q-array-2", "Q-array-2", scale: "s"),
        ]
        if #available(macOS 10.15, *) { Question("Q-available", "Q-available", scale: "s") }
      }
      // Section level (criteria).
      if c.flag { Criterion("C-if", "C-if") }
      if c.flag { Criterion("C-then", "C-then") } else { Criterion("C-else", "C-else") }
      switch c.kind {
      case .first: Criterion("C-first", "C-first")
      case .second: Criterion("C-second", "C-second")
      case .third: Criterion("C-third", "C-third")
      }
      for extra in c.extras { Criterion("C-for-\(extra)", "C-for-\(extra)") }
      Optional(Criterion("C-optional", "C-optional"))
      c.mapped.map { Criterion("C-\($0)", "C-\($0)") }
      [Criterion("C-array-1", "C-array-1"), Criterion("C-array-2", "C-array-2")]
      if #available(macOS 10.15, *) { Criterion("C-available", "C-available") }
    }
  }
}

@Suite("Builders")
struct BuilderTests {
  @Test(
    "Every construct at every level builds exactly the declared structure",
    arguments: BuilderConfiguration.all)
  func controlFlowAtEveryLevel(_ c: BuilderConfiguration) {
    let document = FrameworkCompiler.compile(controlFlowFramework(c)).document
    let expected = FrameworkDocument(
      id: "B", version: "1", title: "Builders",
      scales: [
        .init(
          id: "s", title: "s",
          options: [.init(code: "no", label: "no", effect: .insufficient)]
            + c.ids("O-").map { .init(code: $0, label: $0, effect: .sufficient) })
      ],
      themes: c.ids("T-").map { .init(id: $0, title: $0) },
      gradeScales: [
        .init(id: "g", title: "g", bands: c.ids("B-").map { .init(id: $0, label: $0) })
      ],
      judgementScales: [
        .init(id: "j", title: "j", labels: c.ids("L-").map { .init(id: $0, label: $0) })
      ],
      sections: [
        .init(
          id: "S", title: "S",
          criteria: c.ids("C-").map { id in
            .init(
              id: id, title: id,
              questions: id == "C-plain"
                ? c.ids("Q-").map { .init(id: $0, text: $0, scale: "s") } : [])
          })
      ])
    #expect(document == expected)
    // Spelled out once, so a failure shows which level went wrong.
    #expect(document.themes.map(\.id) == c.ids("T-"))
    #expect(document.sections[0].criteria.map(\.id) == c.ids("C-"))
    #expect(document.allQuestions.map(\.id) == c.ids("Q-"))
  }

  @Test("The example configurations differ, so both branches of every construct run")
  func configurationsCoverBothBranches() {
    let outlines = BuilderConfiguration.all.map { $0.ids("") }
    #expect(outlines[0].contains("if") && !outlines[1].contains("if"))
    #expect(outlines[0].contains("then") && outlines[1].contains("else"))
    #expect(outlines[0].contains("map") && !outlines[1].contains("map"))
    #expect(Set(BuilderConfiguration.all.map(\.kind.rawValue)).count == 3)
  }

  @Test("Every declaration records the line and column it was written at")
  func declarationsRecordTheirLocation() throws {
    let line = #line
    let framework = Framework("L", version: "1", title: "Locations") {
      Theme("RoH", "Risk of Harm")
      Section("1", "One") {
        Criterion("1.1", "C") {
          Question("1.1.a", "A?", themes: "RoH")
            .relevant(when: .attribute("case_type", is: "licence"))
        }
      }
    }
    let file = #fileID
    // The column is that of the opening parenthesis: Swift's `#column`, as a default
    // argument, is the position of the call's argument list.
    #expect(framework.location == Location(file: file, line: line + 1, column: 30))
    guard case .section(let section) = framework.elements[1] else {
      Issue.record("expected the section second, found \(framework.elements[1])")
      return
    }
    #expect(section.location == Location(file: file, line: line + 3, column: 14))
    let criterion = try #require(section.criteria.first)
    #expect(criterion.location == Location(file: file, line: line + 4, column: 18))
    let question = try #require(criterion.questions.first)
    #expect(question.location == Location(file: file, line: line + 5, column: 19))
  }
}

@Suite("Declarations")
struct DeclarationTests {
  @Test("Applicability operators build flat all/any/not expressions")
  func applicabilityOperators() {
    let licence = Applicability.attribute("case_type", is: "licence")
    let high = Applicability.attribute("roh", is: "high", "very high")
    let yes = Applicability.answer("1.1.a", is: "yes")
    #expect(high == .attribute("roh", in: ["high", "very high"]))
    #expect((licence && high && yes) == .all([licence, high, yes]))
    #expect(((licence && high) && (yes && licence)) == .all([licence, high, yes, licence]))
    #expect((licence || high || yes) == .any([licence, high, yes]))
    #expect((yes || (licence || high)) == .any([yes, licence, high]))
    #expect((!licence) == .not(licence))
    #expect((licence && !(high || yes)) == .all([licence, .not(.any([high, yes]))]))
  }

  @Test("relevant(when:) twice requires both conditions; weighted sets the weight")
  func questionModifiers() {
    let question = Question("1.1.a", "A?")
      .relevant(when: .attribute("case_type", is: "licence"))
      .relevant(when: .answer("0.1", is: "yes"))
      .weighted(2.5)
    #expect(
      question.applicability
        == .all([.attribute("case_type", in: ["licence"]), .answer("0.1", in: ["yes"])]))
    #expect(question.weight == 2.5)
    #expect(Question("1.1.b", "B?").applicability == nil)
    #expect(Question("1.1.b", "B?").scale == "yes-no")
  }

  @Test("renamed(_:) renames the question and its answer conditions, keeping the rest")
  func questionRenamed() {
    let original = Question("2.5.e", "E?", themes: "RoH", role: .individual, weight: 2)
      .relevant(
        when: .answer("2.5.d", is: "no") && !.answer("1.1.a", is: "yes")
          && (.attribute("roh", is: "high") || .answer("2.5.c", is: "yes")))
    let renamed = original.renamed(["2.5.d": "2.4.r", "2.5.e": "2.4.t", "2.5.c": "2.4.q"])
    #expect(renamed.id == "2.4.t")
    #expect(
      renamed.applicability
        == .all([
          .answer("2.4.r", in: ["no"]), .not(.answer("1.1.a", in: ["yes"])),
          .any([.attribute("roh", in: ["high"]), .answer("2.4.q", in: ["yes"])]),
        ]))
    #expect(renamed.text == "E?" && renamed.themes == ["RoH"] && renamed.weight == 2)
    #expect(renamed.location == original.location)
    #expect(Question("9.9.a", "A?").renamed(["1.1.a": "1.1.b"]).id == "9.9.a")
    #expect(Question("9.9.a", "A?").renamed(["9.9.a": "9.9.b"]).applicability == nil)
  }

  @Test("Band bounds written as words map to inclusive and exclusive bounds")
  func bandBounds() {
    let closed = Band("p", "P", atLeast: 60, atMost: 70)
    #expect(closed.lower == .atLeast(60) && closed.upper == .atMost(70))
    #expect(closed.conflictingBounds == [])
    let open = Band("q", "Q", above: 60, below: 70)
    #expect(open.lower == Bound(value: 60, inclusive: false))
    #expect(open.upper == Bound(value: 70, inclusive: false))
    let unbounded = Band("r", "R")
    #expect(unbounded.lower == nil && unbounded.upper == nil)
    let conflicting = Band("s", "S", atLeast: 1, above: 2, below: 3, atMost: 4)
    #expect(conflicting.conflictingBounds == ["'atLeast' and 'above'", "'below' and 'atMost'"])
  }

  @Test("The yes-no scale is added when used and not declared, and only then")
  func yesNoScaleIsAddedWhenUsed() {
    let uses = Framework("Y", version: "1", title: "Y") {
      Section("1", "One") { Criterion("1.1", "C") { Question("1.1.a", "A?") } }
    }
    #expect(FrameworkCompiler.compile(uses).document.scales == [.yesNo])
    let judged = Framework("J", version: "1", title: "J") {
      JudgementScale("met", "Met") { Label("met", "Met") }
      Section("1", "One") { Criterion("1.1", "C", judgement: "met") }
    }
    #expect(FrameworkCompiler.compile(judged).document.scales == [])
  }
}
