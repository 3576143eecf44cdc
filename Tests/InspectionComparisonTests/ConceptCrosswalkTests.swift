import FrameworkCatalog
import InspectionComparison
import InspectionCompiler
import InspectionDSL
import InspectionEvaluator
import InspectionSchema
import InspectionSupport
import Testing

/// Two small frameworks tagged against one catalog: the derived crosswalk between them.
@Suite("Crosswalks derived from shared concepts")
struct ConceptCrosswalkTests {
  static let catalog = ConceptCatalog("pair", version: "1", title: "Pair") {
    Concept("screen", "A screening was completed")
    Concept("plan", "A plan was completed")
    Concept("plan-part", "The plan named the risks")
    Concept("review", "The plan was reviewed")
    Concept("only-b", "Something only B asks")
    Concept("crit", "Assessment")
  }

  /// A framework with one criterion whose questions are `questions`.
  static func framework(
    _ id: String, sources: [String] = [], @CriterionBuilder _ questions: () -> [Question]
  ) -> (document: FrameworkDocument, fingerprint: String) {
    let framework = Framework(id, version: "1", title: id) {
      Concepts(from: catalog)
      Attribute("case_type", "Case type", values: "community", "licence", "custody")
      for source in sources {
        Source(id: source, publisher: "P", title: "T", date: "2010", reference: "R")
      }
      Section("1", "S") {
        Criterion("1.1", "C", questions: questions).measures("crit")
      }
    }
    let compilation = FrameworkCompiler.compile(framework)
    let document = compilation.document
    return (document, (try? document.fingerprint()) ?? "")
  }

  static func derive(
    _ a: (document: FrameworkDocument, fingerprint: String),
    _ b: (document: FrameworkDocument, fingerprint: String), crosswalk: Crosswalk? = nil
  ) -> CrosswalkCompilation {
    CrosswalkCompiler.compile(
      crosswalk, from: a, to: b, concepts: ConceptCatalogCompiler.compile(catalog).document)
  }

  /// (name, how A measures, how B measures, expected relation or nil for no mapping)
  static let relationTable: [(String, ConceptRelation, ConceptRelation, CrosswalkRelation?)] = [
    ("exact, exact", .exact, .exact, .equal),
    ("exact, part of", .exact, .partOf, .broader),
    ("exact, narrower", .exact, .narrower, .broader),
    ("exact, broader", .exact, .broader, .narrower),
    ("part of, exact", .partOf, .exact, .narrower),
    ("narrower, exact", .narrower, .exact, .narrower),
    ("broader, exact", .broader, .exact, .broader),
    ("part of, part of", .partOf, .partOf, nil),
    ("broader, narrower", .broader, .narrower, nil),
  ]

  @Test func theRelationFollowsHowEachSideMeasuresTheConcept() {
    for (name, left, right, expected) in Self.relationTable {
      let a = Self.framework("A") { Question("a1", "A?").measures("plan", left) }
      let b = Self.framework("B") { Question("b1", "B?").measures("plan", right) }
      let compilation = Self.derive(a, b)
      #expect(compilation.succeeded, "\(name)")
      let mapping = compilation.document.mappings.first { $0.to == "b1" }
      #expect(mapping?.relation == expected, "\(name)")
      #expect(mapping.map { $0.basis == .concept && $0.concept == "plan" } ?? true, "\(name)")
      if expected == nil {
        #expect(
          compilation.document.unmapped.first?.reason.contains("Related only in part") == true,
          "\(name)")
      }
    }
  }

  /// (name, A's condition, B's condition, expected relation or nil for no mapping)
  static let applicabilityTable: [(String, Applicability?, Applicability?, CrosswalkRelation?)] = [
    ("both always", nil, nil, .equal),
    (
      "same values in another order", .attribute("case_type", in: ["licence", "custody"]),
      .attribute("case_type", in: ["custody", "licence"]), .equal
    ),
    (
      "any of single values is the set",
      .any([.attribute("case_type", in: ["licence"]), .attribute("case_type", in: ["custody"])]),
      .attribute("case_type", in: ["custody", "licence"]), .equal
    ),
    ("A always, B a subgroup", nil, .attribute("case_type", in: ["licence"]), .broader),
    ("A a subgroup, B always", .attribute("case_type", in: ["licence"]), nil, .narrower),
    (
      "overlapping groups", .attribute("case_type", in: ["licence", "custody"]),
      .attribute("case_type", in: ["licence", "community"]), .overlapping
    ),
    (
      "groups that never meet", .attribute("case_type", in: ["custody"]),
      .not(.attribute("case_type", in: ["custody"])), nil
    ),
    (
      "disjoint values", .attribute("case_type", in: ["custody"]),
      .attribute("case_type", in: ["community"]), nil
    ),
  ]

  @Test func answersCarryOnlyBetweenQuestionsAskedOfTheSameCases() {
    for (name, left, right, expected) in Self.applicabilityTable {
      var qa = Question("a1", "A?").measures("screen")
      var qb = Question("b1", "B?").measures("screen")
      if let left { qa = qa.relevant(when: left) }
      if let right { qb = qb.relevant(when: right) }
      let (a1, b1) = (qa, qb)
      let a = Self.framework("A") { a1 }
      let b = Self.framework("B") { b1 }
      let compilation = Self.derive(a, b)
      let mapping = compilation.document.mappings.first { $0.to == "b1" }
      #expect(mapping?.relation == expected, "\(name)")
      if expected != nil, expected != .equal {
        #expect(mapping?.reason?.contains("different case group") == true, "\(name)")
      }
    }
  }

  @Test func anAnswerConditionIsCompatibleWhenItsQuestionIsEqual() {
    let a = Self.framework("A") {
      Question("a1", "Plan?").measures("plan")
      Question("a2", "Reviewed?").measures("review").relevant(when: .answer("a1", is: "yes"))
    }
    let b = Self.framework("B") {
      Question("b1", "Plan?").measures("plan")
      Question("b2", "Reviewed?").measures("review").relevant(when: .answer("b1", is: "yes"))
    }
    let mappings = Self.derive(a, b).document.mappings
    #expect(mappings.first { $0.to == "b2" }?.relation == .equal)

    // Without an equal mapping for the questions the conditions read, they are not the same.
    let c = Self.framework("C") {
      Question("c1", "Plan?").measures("plan", .partOf)
      Question("c2", "Reviewed?").measures("review").relevant(when: .answer("c1", is: "yes"))
    }
    #expect(Self.derive(a, c).document.mappings.first { $0.to == "c2" }?.relation == .overlapping)
  }

  @Test func everyTargetQuestionIsMappedOrSaysWhyNot() {
    let a = Self.framework("A") { Question("a1", "Screened?").measures("screen") }
    let b = Self.framework("B") {
      Question("b1", "Screened?").measures("screen")
      Question("b2", "Only B?").measures("only-b")
    }
    let document = Self.derive(a, b).document
    #expect(document.mappings.map(\.to) == ["b1"])
    #expect(document.unmapped.map(\.to) == ["b2"])
    let reason = document.unmapped.first?.reason ?? ""
    #expect(reason.contains("No counterpart: no question of A@1 measures “Something only B asks”"))
    #expect(document.items.first { $0.kind == .criterion }?.relation == .equal)
  }

  @Test func entriesRefineVetoAndExplainWithTheirCitations() {
    let a = Self.framework("A", sources: ["report-a"]) {
      Question("a1", "Screened?").measures("screen")
      Question("a2", "Planned?").measures("plan")
    }
    let b = Self.framework("B", sources: ["report-b"]) {
      Question("b1", "Screened?").measures("screen")
      Question("b2", "Planned?").measures("plan")
      Question("b3", "Only B?").measures("only-b")
    }
    let crosswalk = Crosswalk(from: "A", to: "B") {
      Map(
        "a1", to: "b1", .broader, because: "A counts late screenings too",
        cites: .from("report-a", at: "Paragraph 2"), .to("report-b", at: "Paragraph 3"))
      Veto("a2", "b2", because: "The plans differ", cites: .to("report-b", at: "Annex"))
      NoCounterpart("b3", because: "A's report is silent", cites: .from("report-a", at: "Foreword"))
    }
    let compilation = Self.derive(a, b, crosswalk: crosswalk)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    let document = compilation.document
    let refined = document.mappings.first { $0.to == "b1" }
    #expect(refined?.relation == .broader && refined?.basis == .refined)
    #expect(refined?.citations?.map(\.location) == ["Paragraph 2", "Paragraph 3"])
    #expect(document.vetoed.map(\.to) == ["b2"])
    let unmapped = Dictionary(
      document.unmapped.map { ($0.to, $0) }, uniquingKeysWith: { a, _ in a })
    #expect(unmapped["b2"]?.reason.contains("vetoed: The plans differ") == true)
    #expect(unmapped["b3"]?.reason == "A's report is silent")
    #expect(unmapped["b3"]?.basis == .declared)
  }

  @Test func badEntriesAreReportedWithTheirCodes() {
    let a = Self.framework("A", sources: ["report-a"]) {
      Question("a1", "Screened?").measures("screen")
    }
    let b = Self.framework("B", sources: ["report-b"]) {
      Question("b1", "Screened?").measures("screen")
      Question("b2", "Planned?").measures("plan")
    }
    let crosswalk = Crosswalk(from: "A", to: "B") {
      Map("a1", to: "b2", .overlapping, note: nil)
      Map("a1", to: "b2", .narrower, because: "x", cites: .to("report-a", at: "1"))
      Veto("a1", "b2", because: "no concept gives this pair")
      NoCounterpart("b1", because: "but b1 is mapped")
      Align(.criterion, "1.9", with: "1.1", because: "no such criterion")
    }
    let codes = Self.derive(a, b, crosswalk: crosswalk).diagnostics.map(\.code)
    for code in ["IK0707", "IK0703", "IK0708", "IK0710", "IK0709", "IK0701"] {
      #expect(codes.contains(code), "\(code) in \(codes)")
    }
  }

  @Test func twoQuestionsExactOnOneConceptForTheSameCasesConflict() {
    let a = Self.framework("A") {
      Question("a1", "Screened?").measures("screen")
      Question("a2", "Screened again?").measures("screen")
    }
    let b = Self.framework("B") { Question("b1", "Screened?").measures("screen") }
    let compilation = Self.derive(a, b)
    #expect(compilation.diagnostics.map(\.code) == ["IK0703"])
    #expect(compilation.diagnostics.first?.message.contains("derived") == true)
  }

  @Test func aDeclarationReadBackwardsSwapsEndsRelationsAndCitations() {
    let a = Self.framework("A", sources: ["report-a"]) {
      Question("a1", "Screened?").measures("screen")
    }
    let b = Self.framework("B", sources: ["report-b"]) {
      Question("b1", "Screened?").measures("screen")
    }
    let crosswalk = Crosswalk(from: "A", to: "B") {
      Map(
        "a1", to: "b1", .narrower, because: "A asks of fewer cases",
        cites: .from("report-a", at: "1"), .to("report-b", at: "2"))
    }
    let compilation = CrosswalkCompiler.compile(
      crosswalk, reversed: true, from: b, to: a,
      concepts: ConceptCatalogCompiler.compile(Self.catalog).document)
    #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
    let mapping = compilation.document.mappings.first
    #expect(mapping?.from == "b1" && mapping?.to == "a1" && mapping?.relation == .broader)
    #expect(mapping?.citations?.map(\.side) == [.to, .from])
  }

  /// The Must-show of the complete crosswalks: every question of the target of each shipped
  /// pair appears, mapped or not, with a non-empty reason.
  @Test func everyShippedPairAccountsForEveryTargetQuestion() throws {
    let pairs = [
      ("ESI", "OMI@2006"), ("OMI@2006", "OMI@2008"), ("OMI@2008", "OMI2@2009"),
      ("OMI@2008", "OMI2@2009.2"), ("OMI2@2009", "IAOW@2013"), ("OMI2@2009.2", "IAOW@2013"),
      ("SQS@2012.2", "FJI@2013.2"), ("FJI@2013.2", "SQS@2012.2"), ("SQS@2012", "FJI@2013"),
      ("FJI@2013", "SQS@2012"),
    ]
    let concepts = ConceptCatalogCompiler.compile(FrameworkCatalog.concepts).document
    func resolve(_ name: String) throws -> (document: FrameworkDocument, fingerprint: String) {
      let parts = name.split(separator: "@").map(String.init)
      let framework = try #require(
        FrameworkCatalog.all.first {
          $0.id == parts[0] && (parts.count == 1 || $0.version == parts[1])
        })
      let document = FrameworkCompiler.compile(framework).document
      return (document, try document.fingerprint())
    }
    for (from, to) in pairs {
      let source = try resolve(from)
      let target = try resolve(to)
      let declared = FrameworkCatalog.crosswalks.first {
        CrosswalkCompiler.names($0.from, source.document)
          && CrosswalkCompiler.names($0.to, target.document)
      }
      let compilation = CrosswalkCompiler.compile(
        declared, from: source, to: target, concepts: concepts)
      #expect(
        compilation.diagnostics.isEmpty,
        "\(from) → \(to): \(compilation.diagnostics.map(\.rendered))")
      let document = compilation.document
      var accounted = Set<String>()
      for mapping in document.mappings where mapping.relation != .none {
        #expect(
          !(mapping.reason ?? "").isEmpty, "\(from) → \(to) \(mapping.from) → \(mapping.to ?? "")")
        if let target = mapping.to { accounted.insert(target) }
      }
      for entry in document.unmapped {
        #expect(!entry.reason.isEmpty, "\(from) → \(to) \(entry.to)")
        #expect(!accounted.contains(entry.to), "\(from) → \(to) \(entry.to) is mapped and unmapped")
        accounted.insert(entry.to)
      }
      #expect(accounted == Set(target.document.allQuestions.map(\.id)), "\(from) → \(to)")
    }
  }
}
