import InspectionDSL

/// The id of the annual report, which FJI's items cite.
private let annualReport = PublishedSources.annualReportID

/// What every version of the Full Joint Inspection declares alike: its sources, the star
/// key and the governance stars. ``FrameworkCatalog/fji2012`` and ``FrameworkCatalog/fji2013``
/// (practice-area sections) and ``FrameworkCatalog/fji2012Revised`` and
/// ``FrameworkCatalog/fji2013Revised`` (the question bank by theme) all use them.
enum FullJointInspection {
  /// The star descriptors of one period: what ****, ***, ** and * were called.
  struct Descriptors {
    /// ****.
    let four: String
    /// ***.
    let three: String
    /// **.
    let two: String
    /// *.
    let one: String

    /// Until the 2013 change: **** very good, *** good, ** unsatisfactory, * poor.
    static let before2013 = Descriptors(
      four: "very good", three: "good", two: "unsatisfactory", one: "poor")
    /// From the 2013 change: **** good, *** satisfactory, ** unsatisfactory, * poor.
    static let from2013 = Descriptors(
      four: "good", three: "satisfactory", two: "unsatisfactory", one: "poor")
  }

  /// The programme's summary.
  static var summary: Summary {
    Summary(
      "A two-week joint inspection, targeted at YOTs whose performance gives cause for "
        + "concern and at least one performing well. HMI Probation assesses a sample of cases "
        + "with their case managers in week one; partner inspectorates explore the findings "
        + "in week two. Each of the four themes gets a percentage and stars; governance gets "
        + "stars only.")
  }

  /// The sources: the annual report, the programme page, the Croydon coverage and, under the
  /// pre-2013 descriptors, the Warwickshire press release.
  static func sources(
    preDescriptorChange: Bool, programmePageNote: String? = nil
  ) -> [any FrameworkComponent] {
    var sources: [any FrameworkComponent] = [
      PublishedSources.annualReport2013to14(
        note: "Chapter 4, paragraphs 4.1 and 4.4: themes, key findings on initial outcomes and "
          + "management of practice, headline scores and stars for six YOTs, the star key and the "
          + "2013 change of descriptors."),
      PublishedSources.youthProgrammePage(note: programmePageNote),
      Source(
        id: "cypnow-croydon-2013", publisher: "CYP Now",
        title: "Inspectors criticise Croydon youth offending service", date: "2013",
        reference: "CYP Now news archive",
        url: "https://www.cypnow.co.uk/content/news/inspectors-criticise-croydon-youth-offending-"
          + "service",
        note: "Croydon: one star (poor) protecting the public; two stars (unsatisfactory) for "
          + "reoffending, protecting children and governance; three (good) sentence served."),
    ]
    if preDescriptorChange {
      sources.append(
        Source(
          id: "warwickshire-press-release-2013", publisher: "HM Inspectorate of Probation",
          title: "Inspection of youth offending work: Warwickshire continues to perform well "
            + "(press release)",
          date: "January 2013", reference: "HM Inspectorate of Probation press releases, 2013",
          url: "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/"
            + "2013/01/inspection-of-youth-offending-work-warwickshire-continues-to-perform-well",
          note: "Themes described as 'good' and 'very good' under the pre-2013 descriptors."))
    }
    return sources
  }

  /// The yes/no scale, as the annual report describes the judgement of each aspect of a case.
  static var yesNo: AnswerScale {
    AnswerScale.yesNo()
      .from(
        annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
        quote: "that information is collated to provide us with quantitative data across a "
          + "sample of cases",
        note: "Each case is judged on each aspect; whether the work was sufficient is the "
          + "report's, the options are ours.")
  }

  /// The theme stars (a grade scale with inferred cut-offs) and the governance stars (a
  /// judgement), under `descriptors`.
  static func starScales(
    _ descriptors: Descriptors, preDescriptorChange: Bool
  ) -> [any FrameworkComponent] {
    let older =
      preDescriptorChange
      ? " The pre-2013 descriptors are from the Warwickshire press release (January 2013) "
        + "and CYP Now's Croydon coverage (2013)." : ""
    return [
      GradeScale("stars", "Theme stars", basis: .displayed) {
        Band("4", "****", atLeast: 80, meaning: descriptors.four)
        Band("3", "***", atLeast: 65, below: 80, meaning: descriptors.three)
        Band("2", "**", atLeast: 50, below: 65, meaning: descriptors.two)
        Band("1", "*", below: 50, meaning: descriptors.one)
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
        basis: .inferredRule(
          reproduces: "23 of the 24 theme cells of the 2013-14 table (Croydon's 55% *** is the "
            + "exception)"),
        note: "The table prints the stars and their key; the cut-offs (80, 65 and 50, on the "
          + "displayed whole percentage) are ours." + older),
      JudgementScale("governance-stars", "Governance stars") {
        Label("4", "****", meaning: descriptors.four)
        Label("3", "***", meaning: descriptors.three)
        Label("2", "**", meaning: descriptors.two)
        Label("1", "*", meaning: descriptors.one)
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
        basis: .printedInWords,
        note: "The star key: **** good, *** satisfactory, ** unsatisfactory, * poor (2013 "
          + "descriptors)." + older),
    ]
  }
}
