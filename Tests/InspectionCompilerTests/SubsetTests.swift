import InspectionCompiler
import InspectionDSL
import InspectionSchema
import InspectionSupport
import Testing

/// `Subset(of:)`: a framework that asks a declared subset of a question bank's questions.
@Suite("Subsets of a question bank")
struct SubsetTests {
  /// A small bank: two sections, a criterion with a question whose relevance reads another.
  static let bankLine = #line + 1
  static let bank = Framework("BANK", version: "1", title: "A question bank") {
    Theme("A", "Theme A")
    Theme("B", "Theme B")
    Attribute("kind", "Kind of case", values: "x", "y")
    AnswerScale("level", "Level") {
      Option("good", "Good", .sufficient)
      Option("poor", "Poor", .insufficient)
    }
    AnswerScale("unused", "Not used by the subset") {
      Option("ok", "OK", .sufficient)
      Option("no", "No", .insufficient)
    }
    Section("1", "First") {
      Criterion("1.1", "One") {
        Question("1.1.a", "Was it done?", themes: "A")
        Question("1.1.b", "Was it done well?", scale: "level", themes: "A")
          .relevant(when: .answer("1.1.a", is: "yes"))
      }
      Criterion("1.2", "Two") {
        Question("1.2.a", "Was the case of kind x handled?", themes: "A")
          .relevant(when: .attribute("kind", is: "x"))
      }
    }
    Section("2", "Second") {
      Criterion("2.1", "Three") {
        Question("2.1.a", "Was the outcome achieved?", scale: "unused", themes: "B")
      }
    }
  }

  /// A framework taking `subset` of the bank, with a headline over theme A.
  static func subsetFramework(_ subset: Subset) -> Framework {
    Framework("SUB", version: "1", title: "A subset") {
      subset
      Headline("A", "Theme A", theme: "A", sections: "1")
    }
  }

  @Test("The subset takes the bank's elements word for word and records the bank")
  func takesWordForWord() throws {
    let compilation = FrameworkCompiler.compile(
      Self.subsetFramework(Subset(of: Self.bank, "1").excluding("1.2")))
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    let document = compilation.document
    let bank = FrameworkCompiler.compile(Self.bank).document
    #expect(document.sections.count == 1)
    #expect(document.allQuestions == Array(bank.allQuestions.prefix(2)))
    // The themes the taken questions carry, and every case attribute of the bank.
    #expect(document.themes == [bank.themes[0]])
    #expect(document.attributes == bank.attributes)
    // The scales the taken questions use: the standard yes/no (added) and `level`, not `unused`.
    #expect(Set(document.scales.map(\.id)) == ["level", "yes-no"])
    let reference = try #require(document.subsetOf)
    #expect(reference.label == "BANK@1")
    #expect(reference.fingerprint == (try bank.fingerprint()))
    #expect(reference.select == ["1"] && reference.exclude == ["1.2"])
    // Problems found later point at the bank's own declarations.
    #expect(
      compilation.locations["sections[0].criteria[0].questions[1]"]?.line == Self.bankLine + 15)
    #expect(compilation.locations["subsetOf"] != nil)
  }

  @Test("A question taken alone brings its criterion and section, holding only it")
  func questionAlone() throws {
    let document = FrameworkCompiler.compile(
      Self.subsetFramework(Subset(of: Self.bank, "1.2.a", "1.1.a"))
    ).document
    #expect(document.allQuestions.map(\.id) == ["1.1.a", "1.2.a"])
    #expect(document.allCriteria.map(\.id) == ["1.1", "1.2"])
  }

  @Test("The document round-trips through JSON with its bank")
  func roundTrip() throws {
    let framework = Framework("SUB", version: "1", title: "A subset") {
      Source(
        id: "bank-page", publisher: "An inspectorate", title: "Programme page", date: "2014",
        reference: "Its website")
      Subset(of: Self.bank, "1", "2")
        .from("bank-page", at: "Programme page", basis: .printedInWords)
    }
    let compilation = FrameworkCompiler.compile(framework)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    let document = compilation.document
    let json = try document.canonicalJSON()
    let loaded = FrameworkLoader.load(bytes: Array(json.utf8), file: "SUB-1.json")
    #expect(loaded.document == document)
    #expect(loaded.document?.subsetOf?.provenance?.location == "Programme page")
  }

  /// A subset that does not hold together, the code it gets and a word of its message.
  struct Broken: Sendable, CustomTestStringConvertible {
    let name: String
    let subset: @Sendable (Int) -> Subset
    let code: String
    let message: String
    var testDescription: String { name }
  }

  static let broken: [Broken] = [
    Broken(
      name: "unknown id", subset: { Subset(of: bank, "1.3", line: $0) }, code: "IK0198",
      message: "'1.3', which BANK@1 does not have. Did you mean '1.1'?"),
    Broken(
      name: "unknown exclusion", subset: { Subset(of: bank, "1", line: $0).excluding("1.9") },
      code: "IK0198", message: "excludes '1.9'"),
    Broken(
      name: "taken twice", subset: { Subset(of: bank, "1", "1", line: $0) }, code: "IK0199",
      message: "takes '1' twice"),
    Broken(
      name: "taken inside a taken section", subset: { Subset(of: bank, "1", "1.2", line: $0) },
      code: "IK0199", message: "already takes with '1'"),
    Broken(
      name: "a section taking what was taken", subset: { Subset(of: bank, "1.2.a", "1", line: $0) },
      code: "IK0199", message: "which holds '1.2.a', already taken with '1.2.a'"),
    Broken(
      name: "excluding what is not taken",
      subset: { Subset(of: bank, "1", line: $0).excluding("2.1") }, code: "IK0199",
      message: "excludes criterion '2.1', which it does not take"),
    Broken(
      name: "excluding a section", subset: { Subset(of: bank, "1", line: $0).excluding("2") },
      code: "IK0199", message: "leave a section out by not taking it"),
    Broken(
      name: "taking and excluding", subset: { Subset(of: bank, "1.2", line: $0).excluding("1.2") },
      code: "IK0199", message: "both takes and excludes"),
    Broken(
      name: "a criterion emptied",
      subset: { Subset(of: bank, "1", line: $0).excluding("1.2.a") }, code: "IK0199",
      message: "leaves criterion '1.2' with no questions"),
    Broken(
      name: "relevance reading a question left out",
      subset: { Subset(of: bank, "1.1.b", line: $0) }, code: "IK0199",
      message: "relevant only by the answer to '1.1.a'"),
    Broken(
      name: "nothing taken", subset: { Subset(of: bank, line: $0) }, code: "IK0199",
      message: "takes nothing"),
  ]

  @Test("Each problem is reported at the Subset line with its code", arguments: broken)
  func brokenSubsets(case broken: Broken) {
    let line = #line
    let compilation = FrameworkCompiler.compile(Self.subsetFramework(broken.subset(line)))
    #expect(!compilation.succeeded)
    let found = compilation.diagnostics.first { $0.code == broken.code }
    #expect(found?.location?.line == line, "\(compilation.diagnostics.map(\.rendered))")
    #expect(
      found?.message.contains(broken.message) == true,
      "\(compilation.diagnostics.map(\.rendered))")
  }

  @Test("A bank that is derived, or that does not compile, cannot be used")
  func unusableBanks() {
    let derived = Framework("D", version: "1", title: "Derived", basedOn: Self.bank) {
      Remove("2")
    }
    let broken = Framework("X", version: "1", title: "Broken") {
      Section("1", "Empty") {}
    }
    for bank in [derived, broken] {
      let line = #line + 1
      let subset = Subset(of: bank, "1", line: line)
      let compilation = FrameworkCompiler.compile(Self.subsetFramework(subset))
      let found = compilation.diagnostics.first { $0.code == "IK0197" }
      #expect(found?.location?.line == line, "\(compilation.diagnostics.map(\.rendered))")
    }
  }

  @Test("A derived framework cannot take a subset; a framework takes at most one")
  func whereASubsetMayStand() {
    let line = #line + 2
    let derived = Framework("D", version: "1", title: "Derived", basedOn: Self.bank) {
      Subset(of: Self.bank, "2")
    }
    let inDerived = FrameworkCompiler.compile(derived).diagnostics.first { $0.code == "IK0197" }
    #expect(inDerived?.location?.line == line)

    let twice = Framework("T", version: "1", title: "Twice") {
      Subset(of: Self.bank, "1")
      Subset(of: Self.bank, "2")
    }
    let repeated = FrameworkCompiler.compile(twice).diagnostics.map(\.code)
    #expect(repeated.contains("IK0106"))
  }

  @Test("A historical subset must cite where the subset relation comes from")
  func historicalSubsetCites() {
    let framework = Framework("H", version: "1", title: "Historical") {
      Historical()
      Subset(of: Self.bank, "2")
    }
    let missing = FrameworkCompiler.compile(framework).diagnostics.filter { $0.code == "IK0182" }
      .map(\.message)
    #expect(missing.contains { $0.hasPrefix("question bank BANK@1 says nothing") })
  }
}
