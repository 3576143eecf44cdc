import InspectionDSL

/// The id of the annual report, which SQS's items cite.
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// Short Quality Screening of youth offending work (SQS), version 2012.2: a declared subset
  /// of the FJI question bank (``fji2013Revised``), organised by the four themes.
  ///
  /// **Period.** September 2012 (replacing the Core Case Inspection) to 2015; about 20–30 YOTs a
  /// year "whatever their performance" (Annual Report 2013–14, paragraph 4.3).
  ///
  /// **Why a new version.** ``sqs`` (version 2012) declared its own practice section beside
  /// FJI's. The inspectorate's programme page says one case assessment tool served FJI and SQS,
  /// "with SQS using a subset of the questions". This version says so in the declaration:
  /// `Subset(of: FrameworkCatalog.fji2013Revised, "1", "2", "3", "4")` without the initial
  /// outcomes (`.excluding("1.5", "2.6", "3.6", "4.2")`). Its questions are FJI's, word for
  /// word, with their citations; the document records the bank by fingerprint (`subsetOf`).
  /// Which questions SQS used was not published: this subset is the practice questions,
  /// because the report's SQS key findings cover practice (paragraph 4.3) and FJI "highlighted
  /// areas which relate to outcomes and the management of practice" on top (paragraph 4.4).
  ///
  /// **Changes from version 2012.** Ids follow the bank (the mapping is in ``fji2013Revised``
  /// and `Frameworks/Crosswalks/YouthRevisions.swift`). **Question count** 32 (was 25): reviews
  /// asked per theme (+6) and the remedying of managers' findings per theme (+1); `inspect
  /// provenance SQS`: 32 from report prose. Sections are the four themes; each theme headline
  /// pools its section's questions (version 2012 averaged question scores across practice
  /// areas). The "overall score" is not declared: the report printed it only as an image and
  /// states no formula (version 2012 read it as the mean of the practice areas).
  ///
  /// **Not recovered.** The case assessment tool and which of its questions SQS used; the
  /// "Overall score for Short Quality Screenings" table (an image) and its formula; the
  /// diversity chart. The sample is described by the bank's case attributes (sentence type,
  /// offence, looked after, out of area, Welsh, report type); no question concerns looked-after
  /// children or out-of-area placements. ``sqs`` stays in the catalog so that samples and scores
  /// recorded under it can be read and rescored.
  public static let sqsRevised = Framework(
    "SQS", version: "2012.2", title: "Short Quality Screening of youth offending work"
  ) {
    Period("2012", to: "2015")
    Summary(
      "A two-and-a-half-day screening of a YOT's work in the first few weeks of new orders, "
        + "across four themes: reducing the likelihood of reoffending, protecting the public, "
        + "protecting the child or young person and ensuring the sentence is served. Each case "
        + "is discussed with its case manager; findings are published as a short letter with an "
        + "overall score. It asks a subset of the Full Joint Inspection's questions.")
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    PublishedSources.annualReport2013to14(
      note: "Chapter 4, paragraphs 4.1 and 4.3: themes, method, sample and key findings by "
        + "practice area.")
    PublishedSources.youthProgrammePage(
      note: "One case assessment tool for FJI and SQS, 'with SQS using a subset of the "
        + "questions'; the published criteria were organised by the four themes.")
    YouthQuestionBank.assumptions
    Assumption(
      "SQS asks the bank's practice questions: the four theme sections without their initial "
        + "outcomes, and neither FJI's management of practice nor its governance. Which "
        + "questions SQS used was not published.")
    Assumption(
      "The overall score per YOT (printed as an image, formula not stated) is not declared.")
    Presentation(displayDecimals: 0)

    Subset(of: fji2013Revised, "1", "2", "3", "4")
      .excluding("1.5", "2.6", "3.6", "4.2")
      .from(
        PublishedSources.youthProgrammeID, at: "Inspection of Youth Offending Work",
        basis: .printedInWords, quote: "with SQS using a subset of the questions",
        note: "That SQS used a subset of the one tool's questions is the inspectorate's; which "
          + "subset is ours: the practice questions (the SQS key findings cover practice, "
          + "Annual Report 2013-14 paragraph 4.3; FJI adds outcomes and the management of "
          + "practice, paragraph 4.4).")

    sqsThemeHeadline("LoR", "Reducing the likelihood of reoffending", section: "1")
    sqsThemeHeadline("RoH", "Protecting the public", section: "2")
    sqsThemeHeadline("Safeguarding", "Protecting the child or young person", section: "3")
    sqsThemeHeadline("CE", "Ensuring the sentence is served", section: "4")
  }

  /// An SQS theme score: its section's questions, pooled; the report prints none per YOT.
  private static func sqsThemeHeadline(
    _ id: String, _ title: String, section: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Headline {
    Headline(
      id, title, theme: id, sections: section, rule: .pooledQuestions, fileID: fileID,
      line: line, column: column
    )
    .measures("youth-theme-\(YouthQuestionBank.themeConcept(id))", .exact)
    .from(
      annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
      quote: "the result is information across four themes",
      note: "The report prints no SQS score per theme; the SQS overall score per YOT was printed "
        + "as an image, not recovered."
    )
    .rule(
      from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
      note: "The report states no formula; pooling the theme's questions is ours, as for FJI."
    )
    .membership(
      from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
      note: "The report names the four themes and the criteria were organised by them; which "
        + "questions sit under each theme is ours: the questions of the theme's section.")
  }
}
