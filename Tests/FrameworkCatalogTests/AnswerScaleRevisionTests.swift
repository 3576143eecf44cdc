import FrameworkCatalog
import InspectionCompiler
import InspectionDSL
import InspectionSchema
import Testing

/// OMI2 2009.2 and OMI 2006.2: questions on the answer scales the reports print, each scale
/// saying which categories are above the line and on what authority.
@Suite("Answer scales as printed")
struct AnswerScaleRevisionTests {
  static func compile(_ framework: Framework) -> FrameworkDocument {
    FrameworkCompiler.compile(framework).document
  }

  static let omi2 = compile(FrameworkCatalog.omi2)
  static let omi2Revised = compile(FrameworkCatalog.omi2Revised)
  static let omi2006 = compile(FrameworkCatalog.omi2006)
  static let omi2006Revised = compile(FrameworkCatalog.omi2006Revised)
  static let omi2006Appendix = compile(FrameworkCatalog.omi2006Appendix)
  static let omi2006AppendixRevised = compile(FrameworkCatalog.omi2006AppendixRevised)

  /// One question on a printed scale: the scale, its codes above and below the line, and the
  /// basis of the scale's provenance.
  struct Scaled: Sendable, CustomTestStringConvertible {
    let question: String
    let scale: String
    let above: [String]
    let below: [String]
    let basis: ProvenanceBasis
    var testDescription: String { "\(question) on \(scale)" }
  }

  static let omi2Scaled: [Scaled] = [
    Scaled(
      question: "1.2.c", scale: "screening", above: ["accurate"],
      below: ["inaccurate", "not-completed"], basis: .statedRule),
    Scaled(
      question: "1.2.w", scale: "management-involvement", above: ["effective"],
      below: ["ineffective", "none"], basis: .statedRule),
    Scaled(
      question: "1.2.x", scale: "management-involvement", above: ["effective"],
      below: ["ineffective", "none"], basis: .statedRule),
    Scaled(
      question: "2.2.y", scale: "timeliness", above: ["prompt"], below: ["late", "not-taken"],
      basis: .inferredRule),
    Scaled(
      question: "2.2.ab", scale: "timeliness", above: ["prompt"], below: ["late", "not-taken"],
      basis: .inferredRule),
    Scaled(
      question: "2.2.ag", scale: "management-involvement", above: ["effective"],
      below: ["ineffective", "none"], basis: .statedRule),
    Scaled(
      question: "2.2.ah", scale: "management-involvement", above: ["effective"],
      below: ["ineffective", "none"], basis: .statedRule),
    Scaled(
      question: "3.1.e", scale: "further-offence", above: ["neither"],
      below: ["cautioned", "convicted"], basis: .inferredRule),
    Scaled(
      question: "3.1.i", scale: "achievement", above: ["fully", "partially"], below: ["not"],
      basis: .inferredRule),
    Scaled(
      question: "3.2.d", scale: "callouts", above: ["known", "known-none"], below: ["not-known"],
      basis: .inferredRule),
    Scaled(
      question: "3.3.c", scale: "progress", above: ["substantial", "some"], below: ["none"],
      basis: .statedRule),
    Scaled(
      question: "3.3.e", scale: "progress", above: ["substantial", "some"], below: ["none"],
      basis: .statedRule),
    Scaled(
      question: "3.3.f", scale: "progress", above: ["substantial", "some"], below: ["none"],
      basis: .statedRule),
  ]

  static let omi2006Scaled: [Scaled] = [
    Scaled(
      question: "1.2.c", scale: "roh-assessment", above: ["completed"],
      below: ["unclear", "not-completed"], basis: .inferredRule),
    Scaled(
      question: "3.1.b", scale: "further-offence", above: ["neither"],
      below: ["cautioned", "convicted"], basis: .inferredRule),
  ]

  static func check(_ scaled: Scaled, in document: FrameworkDocument) throws {
    let question = try #require(document.allQuestions.first { $0.id == scaled.question })
    #expect(question.scale == scaled.scale)
    let scale = try #require(document.scales.first { $0.id == scaled.scale })
    #expect(scale.options.filter { $0.effect == .sufficient }.map(\.code) == scaled.above)
    #expect(scale.options.filter { $0.effect == .insufficient }.map(\.code) == scaled.below)
    #expect(scale.options.filter { $0.effect == .notRelevant }.map(\.code) == ["na"])
    let provenance = try #require(scale.provenance)
    #expect(provenance.basis == scaled.basis)
    #expect(provenance.quote?.isEmpty == false)
    if scaled.basis == .inferredRule { #expect(provenance.reproduces?.isEmpty == false) }
    // The question cites its whole finding, with the figures of its categories.
    #expect(question.provenance?.basis == .printedFigure)
  }

  @Test("OMI2 2009.2 records each printed distribution on its scale", arguments: omi2Scaled)
  func omi2Scales(scaled: Scaled) throws {
    try Self.check(scaled, in: Self.omi2Revised)
  }

  @Test(
    "OMI 2006.2 (both listings) records each printed distribution on its scale",
    arguments: omi2006Scaled)
  func omi2006Scales(scaled: Scaled) throws {
    try Self.check(scaled, in: Self.omi2006Revised)
    try Self.check(scaled, in: Self.omi2006AppendixRevised)
  }

  @Test("Every other question is the old version's, unchanged; the cuts of one check are merged")
  func everythingElseIsKept() throws {
    let pairs: [(FrameworkDocument, FrameworkDocument, [Scaled], removed: [String])] = [
      (Self.omi2, Self.omi2Revised, Self.omi2Scaled, ["3.1.f", "3.1.j"]),
      (Self.omi2006, Self.omi2006Revised, Self.omi2006Scaled, []),
      (Self.omi2006Appendix, Self.omi2006AppendixRevised, Self.omi2006Scaled, []),
    ]
    for (old, new, scaled, removed) in pairs {
      let changed = Set(scaled.map(\.question))
      let newQuestions = Dictionary(uniqueKeysWithValues: new.allQuestions.map { ($0.id, $0) })
      for question in old.allQuestions {
        if removed.contains(question.id) {
          #expect(newQuestions[question.id] == nil, "\(new.label) \(question.id)")
        } else if !changed.contains(question.id) {
          #expect(newQuestions[question.id] == question, "\(new.label) \(question.id)")
        }
      }
      #expect(new.allQuestions.count == old.allQuestions.count - removed.count)
      #expect(new.sections.map(\.id) == old.sections.map(\.id))
      #expect(new.headlines == old.headlines)
      let base = try #require(new.base)
      #expect(base.id == old.id && base.version == old.version)
      #expect(base.fingerprint == (try old.fingerprint()))
      #expect(new.historical == true)
    }
    #expect(Self.omi2Revised.allQuestions.count == 202)
  }

  @Test("The old versions stay in the catalog, and a bare id names the revision")
  func catalog() {
    let labels = FrameworkCatalog.all.map { "\($0.id)@\($0.version)" }
    for label in [
      "OMI2@2009", "OMI2@2009.2", "OMI@2006", "OMI@2006.2", "OMI@2006-appendix3",
      "OMI@2006.2-appendix3", "SQS@2012", "SQS@2012.2", "FJI@2012", "FJI@2012.2", "FJI@2013",
      "FJI@2013.2",
    ] {
      #expect(labels.contains(label), "\(label)")
    }
  }

  @Test("Each revision crosswalk carries every old question: equal where the cut is unchanged")
  func revisionCrosswalks() throws {
    let cases: [(Crosswalk, FrameworkDocument, FrameworkDocument, notEqual: Set<String>)] = [
      (FrameworkCatalog.omi2Revision, Self.omi2, Self.omi2Revised, ["3.1.e", "3.1.f", "3.1.j"]),
      (FrameworkCatalog.omi2006Revision, Self.omi2006, Self.omi2006Revised, ["1.2.c", "3.1.b"]),
      (
        FrameworkCatalog.omi2006AppendixRevision, Self.omi2006Appendix,
        Self.omi2006AppendixRevised, ["1.2.c", "3.1.b"]
      ),
    ]
    for (crosswalk, old, new, notEqual) in cases {
      let compilation = CrosswalkCompiler.compile(
        crosswalk, from: (old, try old.fingerprint()), to: (new, try new.fingerprint()))
      #expect(compilation.diagnostics.isEmpty, "\(compilation.diagnostics.map(\.rendered))")
      let mappings = compilation.document.mappings
      #expect(Set(mappings.map(\.from)) == Set(old.allQuestions.map(\.id)))
      for mapping in mappings {
        #expect(
          (mapping.relation == .equal) == !notEqual.contains(mapping.from),
          "\(crosswalk.to) \(mapping.from)")
      }
    }
  }
}
