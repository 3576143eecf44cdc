import InspectionCompiler
import InspectionDSL
import InspectionSchema

/// The validator rows for provenance: a historical copy of the fixture with every part cited,
/// broken one way at a time.
extension ValidatorTable {
  /// The fixture, historical, with one source and every part cited.
  static func cited(_ edit: (inout Document) -> Void = { _ in }) -> ValidationSubject {
    var document = Fixtures.valid
    citeEverything(&document)
    edit(&document)
    return .document(document)
  }

  /// Makes `document` historical, declares the source `report` and cites it everywhere.
  static func citeEverything(_ document: inout Document) {
    let cite = Document.Provenance(source: "report", location: "Chapter 1", basis: .printedFigure)
    let rule = Document.Provenance(source: "report", location: "Appendix 1", basis: .statedRule)
    document.historical = true
    document.sources = [
      .init(
        id: "report", publisher: "HM Inspectorate of Probation", title: "A report",
        date: "March 2010", reference: "ISBN 978-0-00-000000-0")
    ]
    for s in document.sections.indices {
      document.sections[s].provenance = cite
      document.sections[s].ruleProvenance = rule
      for c in document.sections[s].criteria.indices {
        document.sections[s].criteria[c].provenance = cite
        document.sections[s].criteria[c].ruleProvenance = rule
        for q in document.sections[s].criteria[c].questions.indices {
          document.sections[s].criteria[c].questions[q].provenance = cite
        }
      }
    }
    for h in document.headlines.indices {
      document.headlines[h].provenance = cite
      document.headlines[h].ruleProvenance = rule
      document.headlines[h].membershipProvenance = rule
    }
    for o in document.overall.indices {
      document.overall[o].provenance = cite
      document.overall[o].ruleProvenance = rule
    }
    for i in document.scales.indices { document.scales[i].provenance = rule }
    for i in document.gradeScales.indices { document.gradeScales[i].provenance = rule }
    for i in document.judgementScales.indices { document.judgementScales[i].provenance = rule }
  }

  private static let question = "sections[0].criteria[0].questions[1]"
  private static let criterion = "sections[0].criteria[0]"

  static let provenance: [ValidatorCase] = [
    ValidatorCase(
      name: "historical framework with a question that cites nothing",
      broken: cited { $0.sections[0].criteria[0].questions[1].provenance = nil },
      fixed: cited(),
      code: .missingProvenance,
      fragment: "question 1.1.b says nothing of where it comes from, and T@1 is historical; "
        + "add .from(\"source\", at: …, basis: …): cite one of 'report'",
      path: question),
    ValidatorCase(
      name: "historical framework with a criterion rule that cites nothing",
      broken: cited { $0.sections[0].criteria[0].ruleProvenance = nil },
      fixed: cited(),
      code: .missingProvenance,
      fragment: "rule of criterion 1.1 says nothing of where it comes from",
      path: criterion),
    ValidatorCase(
      name: "historical framework with a headline membership that cites nothing",
      broken: cited { $0.headlines[0].membershipProvenance = nil },
      fixed: cited(),
      code: .missingProvenance,
      fragment: "add .membership(from: \"source\", at: …, basis: …)", path: "headlines[0]"),
    ValidatorCase(
      name: "historical framework with a grade scale that cites nothing",
      broken: cited { $0.gradeScales[0].provenance = nil },
      fixed: cited(),
      code: .missingProvenance,
      fragment: "grade scale conclusion says nothing of where it comes from",
      path: "gradeScales[0]"),
    ValidatorCase(
      name: "a new framework may leave its parts uncited",
      broken: cited {
        $0.sections[0].criteria[0].questions[1].provenance = nil
        $0.sections[0].criteria[0].questions[0].provenance?.source = "reprot"
      },
      fixed: cited {
        $0.historical = nil
        $0.sections[0].criteria[0].questions[1].provenance = nil
      },
      code: .unknownSource,
      fragment: "cites source 'reprot', which the framework does not declare. Did you mean "
        + "'report'?",
      path: "sections[0].criteria[0].questions[0].provenance",
      alsoExpected: [.missingProvenance]),
    ValidatorCase(
      name: "citation of an undeclared source",
      broken: cited { $0.sections[0].criteria[0].questions[1].provenance?.source = "reprot" },
      fixed: cited(),
      code: .unknownSource,
      fragment: "question 1.1.b cites source 'reprot', which the framework does not declare. "
        + "Did you mean 'report'?",
      path: "\(question).provenance"),
    ValidatorCase(
      name: "inferred rule that does not say what it reproduces",
      broken: cited { $0.gradeScales[0].provenance?.basis = .inferredRule },
      fixed: cited {
        $0.gradeScales[0].provenance?.basis = .inferredRule
        $0.gradeScales[0].provenance?.reproduces = "27 of 27 printed conclusions"
      },
      code: .incompleteProvenance,
      fragment: "grade scale conclusion rests on an inferred rule but does not say what it "
        + "reproduces", path: "gradeScales[0].provenance"),
    ValidatorCase(
      name: "citation without a place",
      broken: cited { $0.sections[0].criteria[0].questions[1].provenance?.location = " " },
      fixed: cited(),
      code: .incompleteProvenance,
      fragment: "question 1.1.b does not say where in 'report' it comes from",
      path: "\(question).provenance"),
    ValidatorCase(
      name: "cited source of a historical framework without a date",
      broken: cited { $0.sources[0].date = nil },
      fixed: cited(),
      code: .incompleteProvenance,
      fragment: "source 'report' is cited but gives no date", path: "sources[0]"),
    ValidatorCase(
      name: "two sources with one id",
      broken: cited { $0.sources.append(.init(id: "report", title: "Another")) },
      fixed: cited { $0.sources.append(.init(id: "report-2", title: "Another")) },
      code: .duplicateID, fragment: "duplicate source id 'report'", path: "sources[1]",
      notePaths: ["sources[0]"]),
  ]
}
