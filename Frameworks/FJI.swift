import InspectionDSL

/// The id of the annual report, which FJI's items cite.
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// Full Joint Inspection of youth offending work (FJI), version 2012: the star descriptors in
  /// use until the 2013 change (**** very good, *** good, ** unsatisfactory, * poor).
  ///
  /// Identical to ``fji2013`` except for what the stars are called; see ``fji2013`` for the
  /// structure, sources, assumptions and gaps.
  ///
  /// **Period.** 2012 (the programme replaced CCI in autumn 2012) to the 2013 change of
  /// descriptors.
  ///
  /// **Why a version, not a second grade scale.** A headline names one grade scale, and the
  /// descriptors belong to the time of the inspection, not to the item: two versions let each
  /// inspection be scored under the words in force, and keep the scales identical in their
  /// bounds. Croydon (published July 2013) was reported under these descriptors: the press
  /// called its three stars "good".
  ///
  /// **Assumptions (this version only).**
  /// - The cut-offs are those of 2013: the change "recognise[d] that work could not be
  ///   described as 'good' if it was only two-thirds sufficient" (Annual Report 2013–14,
  ///   paragraph 4.4), i.e. it
  ///   renamed *** and left the bands where they were.
  /// - **** meant "very good": from a January 2013 press release (Warwickshire), not from the
  ///   annual report. *** good, ** unsatisfactory and * poor are from the Croydon coverage (2013).
  public static let fji2012 = fullJointInspection(
    version: "2012", from: "2012", to: "2013",
    descriptors: (four: "very good", three: "good", two: "unsatisfactory", one: "poor"),
    descriptorAssumption: "Pre-2013 descriptors: **** very good (HMI Probation press release on "
      + "Warwickshire, January 2013), *** good, ** unsatisfactory, * poor (CYP Now on "
      + "Croydon, 2013).")

  /// Full Joint Inspection of youth offending work (FJI), version 2013: the four themes with
  /// initial outcomes and management of practice, theme headline scores with stars
  /// (**** good, *** satisfactory, ** unsatisfactory, * poor), and governance judged by stars.
  ///
  /// **Period.** 2013 (the descriptor change, Annual Report 2013–14, paragraph 4.4) to 2015. Six
  /// FJIs in 2013–14: Croydon, Rochdale, Wrexham, Portsmouth, Peterborough, Islington (paragraph
  /// 4.4).
  ///
  /// **Sources.** HM Inspectorate of Probation, *Annual Report 2013–14* (July 2014), chapter 4,
  /// paragraphs 4.1 and 4.4: themes, method, key findings on initial outcomes and management of
  /// practice, and the table of headline scores and stars. Every item cites the place it comes
  /// from (`inspect provenance FJI`).
  ///
  /// **Faithful.** The four themes and the governance row, titled as in the table; the star key
  /// and its 2013 descriptors; governance has stars and no percentage, so it is a judgement with
  /// no questions; the practice areas shared with SQS (paragraph 4.4); every
  /// question is one of the report's case-level findings, cited beside it.
  ///
  /// **Layout (themes + sections).** Section 1 *Practice* (the SQS practice areas), section 2
  /// *Initial outcomes* and section 3 *Management of practice* (the two FJI key-findings
  /// headings, paragraph 4.4), section 4 *Governance and leadership* (paragraph 4.1). The four themes are
  /// carried by questions; each published theme percentage is a headline over sections 1–2,
  /// banded in stars.
  ///
  /// **Star bands (an inferred rule).** **** ≥ 80, *** 65–79, ** 50–64, * < 50, on
  /// the displayed whole percentage. They fit 23 of the 24 published cells; the 24th, Croydon's
  /// "protecting the child or young person 55% ***", is kept as a published override in
  /// `Examples/Published/FJI-AnnualReport-2013-14.json` (Portsmouth's 55% on the same theme,
  /// and Croydon's own 55% for reoffending, have **; contemporary coverage gave Croydon two
  /// stars for protecting children).
  ///
  /// **Assumptions.**
  /// - The star cut-offs are inferred, not published.
  /// - Theme headlines are the mean of the questions carrying the theme in sections 1–2;
  ///   management of practice counts towards no theme.
  /// - The practice section is the SQS one: FJI used the same tool with more questions.
  /// - Initial-outcome findings are tagged with the theme they concern: frequency,
  ///   seriousness and sustainability with reoffending; risk of harm to others with the
  ///   public; safety and health and well-being with the child; compliance, engagement in the
  ///   sentence's requirements and diversity with the sentence being served.
  /// - Each finding given as a range across YOTs (Initial outcomes) is one yes/no question per
  ///   case; management of practice is asked per case, in the case manager interview.
  /// - The practice-section assumptions of ``sqs`` (one neutral question per theme where the
  ///   report gives one proportion; reviews carry three themes; engagement carries *ensuring
  ///   the sentence is served*; PSR questions cover panel reports; untagged PSR questions).
  /// - Governance is judged by inspectors on the star scale (stars, no percentage).
  ///
  /// **Not recovered.** The FJI case assessment tool and criteria; the governance module's
  /// criteria (only its stars are published); the "interventions module" (paragraph 4.4);
  /// partner inspectorates' contributions; the 2016 "court work and reports" area.
  public static let fji2013 = fullJointInspection(
    version: "2013", from: "2013", to: "2015",
    descriptors: (four: "good", three: "satisfactory", two: "unsatisfactory", one: "poor"),
    descriptorAssumption: nil)

  /// One FJI version; the versions differ only in the star descriptors.
  private static func fullJointInspection(
    version: String, from: String, to: String,
    descriptors: (four: String, three: String, two: String, one: String),
    descriptorAssumption: String?
  ) -> Framework {
    Framework(
      "FJI", version: version, title: "Full Joint Inspection of youth offending work"
    ) {
      Period(from, to: to)
      Summary(
        "A two-week joint inspection, targeted at YOTs whose performance gives cause for "
          + "concern and at least one performing well. HMI Probation assesses a sample of cases "
          + "with their case managers in week one; partner inspectorates explore the findings "
          + "in week two. Each of the four themes gets a percentage and stars; governance gets "
          + "stars only.")
      Historical()
      PublishedSources.annualReport2013to14(
        note: "Chapter 4, paragraphs 4.1 and 4.4: themes, key findings on initial outcomes and "
          + "management of practice, headline scores and stars for six YOTs, the star key and the "
          + "2013 change of descriptors.")
      PublishedSources.youthProgrammePage()
      Source(
        id: "cypnow-croydon-2013", publisher: "CYP Now",
        title: "Inspectors criticise Croydon youth offending service", date: "2013",
        reference: "CYP Now news archive",
        url: "https://www.cypnow.co.uk/content/news/inspectors-criticise-croydon-youth-offending-"
          + "service",
        note: "Croydon: one star (poor) protecting the public; two stars (unsatisfactory) for "
          + "reoffending, protecting children and governance; three (good) sentence served.")
      if version == "2012" {
        Source(
          id: "warwickshire-press-release-2013", publisher: "HM Inspectorate of Probation",
          title: "Inspection of youth offending work: Warwickshire continues to perform well "
            + "(press release)",
          date: "January 2013", reference: "HM Inspectorate of Probation press releases, 2013",
          url: "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/"
            + "2013/01/inspection-of-youth-offending-work-warwickshire-continues-to-perform-well",
          note: "Themes described as 'good' and 'very good' under the pre-2013 descriptors.")
      }
      AnswerScale.yesNo()
        .from(
          annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
          quote: "that information is collated to provide us with quantitative data across a "
            + "sample of cases",
          note: "Each case is judged on each aspect; whether the work was sufficient is the "
            + "report's, the options are ours.")
      Assumption(
        "Star cut-offs **** >= 80, *** 65-79, ** 50-64, * < 50 on the displayed whole "
          + "percentage are inferred from the 2013-14 table (23 of 24 cells fit); they are not "
          + "published.")
      if let descriptorAssumption {
        Assumption(descriptorAssumption)
        Assumption(
          "The 2013 change renamed the bands and kept their cut-offs: it recognised that work "
            + "'only two-thirds sufficient' (the *** floor) could not be called good.")
      }
      Assumption(
        "Each theme headline is the mean of the questions carrying the theme in sections 1 "
          + "(practice) and 2 (initial outcomes); management of practice counts towards no "
          + "theme.")
      Assumption(
        "The practice section is the SQS one: one tool served both programmes, SQS using a "
          + "subset of its questions.")
      Assumption(
        "Initial outcomes carry the theme they concern: frequency, seriousness and "
          + "sustainability the reoffending theme; risk of harm to others the public; safety "
          + "and health and well-being the child; compliance, engagement with the sentence's "
          + "requirements and diversity the sentence being served.")
      YouthInspection.practiceAssumptions
      Assumption(
        "Findings the report gives as a range across YOTs (reduction in frequency and "
          + "seriousness of offending, compliance) are each one yes/no question per case.")
      Assumption(
        "Management of practice is asked per case, in the case manager interview; the report "
          + "gives these findings per YOT only.")
      Assumption(
        "Governance is judged by inspectors on the star scale: the report prints stars and no "
          + "percentage for it.")
      Presentation(displayDecimals: 0)

      YouthInspection.attributes
      YouthInspection.themes

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
          + "displayed whole percentage) are ours."
          + (version == "2012"
            ? " The pre-2013 descriptors are from the Warwickshire press release (January 2013) "
              + "and CYP Now's Croydon coverage (2013)." : ""))
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
          + "descriptors)."
          + (version == "2012"
            ? " The pre-2013 descriptors are from the Warwickshire press release (January 2013) "
              + "and CYP Now's Croydon coverage (2013)." : ""))

      YouthInspection.practiceSection

      Section("2", "Initial outcomes") {
        Criterion(
          "2.1", "Reduction in frequency and seriousness of offending",
          standard: "For individual cases, inspectors judge whether there has been a reduction "
            + "in the frequency of offending and the seriousness of offending since the start of "
            + "the sentence/ release from custody."
        ) {
          Question(
            "2.1.a",
            "Has the frequency of offending reduced since the start of the sentence or release "
              + "from custody?",
            themes: "LoR"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "inspectors judge whether there has been a reduction in the frequency of "
              + "offending and the seriousness of offending since the start of the sentence/ "
              + "release from custody",
            note: "The report gives the reduction only as a range across YOTs (56% in the well "
              + "performing YOTs, 33% in the poorer ones).")
          Question(
            "2.1.b",
            "Has the seriousness of offending reduced since the start of the sentence or "
              + "release from custody?",
            themes: "LoR"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "inspectors judge whether there has been a reduction in the frequency of "
              + "offending and the seriousness of offending since the start of the sentence/ "
              + "release from custody",
            note: "The report gives the reduction only as a range across YOTs (62% to 37%).")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "For individual cases, inspectors judge whether there has been a reduction in the "
            + "frequency of offending and the seriousness of offending since the start of the "
            + "sentence/ release from custody.",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.2", "Health and well-being") {
          Question(
            "2.2.a", "Were health and well-being outcomes achieved for the child or young person?",
            themes: "Safeguarding"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "Health and well-being outcomes were mainly a strength")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "Health and well-being outcomes were mainly a strength",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.3", "Diversity factors") {
          Question(
            "2.3.a", "Were diversity factors identified and attended to?",
            themes: "CE"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "identifying and attending to diversity factors")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "identifying and attending to diversity factors",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.4", "Engagement in meeting the requirements of the sentence") {
          Question(
            "2.4.a",
            "Did the child or young person engage in meeting the requirements of the sentence?",
            themes: "CE"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "the engagement of children and young people in meeting the requirements of "
              + "the sentence")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "the engagement of children and young people in meeting the requirements of the "
            + "sentence",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.5", "Compliance") {
          Question(
            "2.5.a",
            "Did the child or young person comply with the sentence, fully or after initial "
              + "difficulties?",
            themes: "CE"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "The quality of compliance (fully or after initial difficulties) by children "
              + "and young people varied from 45% to 75%.",
            note: "The report gives compliance only as a range across YOTs.")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "The quality of compliance (fully or after initial difficulties) by children and "
            + "young people varied from 45% to 75%.",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.6", "Risk of harm to others") {
          Question(
            "2.6.a",
            "Was the risk of harm to others, including to identifiable victims, kept to a "
              + "minimum?",
            themes: "RoH"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "risk of harm to others, including identifiable victims")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "risk of harm to others, including identifiable victims",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.7", "Keeping the child or young person safe") {
          Question(
            "2.7.a", "Was the child or young person kept safe from themselves and from others?",
            themes: "Safeguarding"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "keeping the child or young person safe from themselves or others")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "keeping the child or young person safe from themselves or others",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("2.8", "Sustainability of positive outcomes") {
          Question(
            "2.8.a",
            "Was sufficient attention given to ensuring that positive outcomes are "
              + "sustainable?",
            themes: "LoR"
          )
          .from(
            annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
            basis: .reportProse,
            quote: "giving sufficient attention to ensuring that positive outcomes are "
              + "sustainable")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .reportProse,
          quote: "giving sufficient attention to ensuring that positive outcomes are sustainable",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
        basis: .printedInWords,
        note: "A heading of the FJI key findings; no score is printed for it."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes",
        basis: .placeholder,
        note: "No section score is printed; the mean of the criteria is ours.")

      Section("3", "Management of practice") {
        Criterion("3.1", "Resources") {
          Question(
            "3.1.a",
            "Did the case manager have access to sufficient resources to address reducing "
              + "offending?"
          )
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "the case manager had access to sufficient resources to address reducing "
              + "offending, managing the risk of harm and addressing safeguarding needs in the "
              + "vast majority of cases")
          Question(
            "3.1.b",
            "Did the case manager have access to sufficient resources to manage the risk of "
              + "harm?"
          )
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "the case manager had access to sufficient resources to address reducing "
              + "offending, managing the risk of harm and addressing safeguarding needs in the "
              + "vast majority of cases")
          Question(
            "3.1.c",
            "Did the case manager have access to sufficient resources to address safeguarding "
              + "needs?"
          )
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "the case manager had access to sufficient resources to address reducing "
              + "offending, managing the risk of harm and addressing safeguarding needs in the "
              + "vast majority of cases")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .reportProse,
          quote: "the case manager had access to sufficient resources",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport,
          at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("3.2", "Staff supervision and quality assurance") {
          Question(
            "3.2.a",
            "Had staff supervision and other quality assurance arrangements made a positive "
              + "difference to the case?"
          )
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "staff supervision and other quality assurance arrangements had made a "
              + "positive difference to cases")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .reportProse,
          quote: "staff supervision and other quality assurance arrangements",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport,
          at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("3.3", "Effective practice, policies and procedures") {
          Question(
            "3.3.a",
            "Did the case manager understand the principles of effective practice and the local "
              + "policies and procedures?"
          )
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "staff understood the principles of effective practice and their local "
              + "policies and procedures")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .reportProse,
          quote: "staff understood the principles of effective practice and their local policies "
            + "and procedures",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport,
          at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
        Criterion("3.4", "Training and skills development") {
          Question(
            "3.4.a",
            "Did the case manager consider their training and skills development needs were "
              + "met?"
          )
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "the case managers considered their training and skills development needs "
              + "were met")
        }
        .from(
          annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .reportProse,
          quote: "the case managers considered their training and skills development needs were "
            + "met",
          note: "A criterion of ours for an aspect the report's key findings name."
        )
        .rule(
          from: annualReport,
          at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
          basis: .placeholder,
          note: "The report states no formula; the mean of the criterion's questions is ours.")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
        basis: .printedInWords,
        note: "A heading of the FJI key findings; no score is printed for it."
      )
      .rule(
        from: annualReport,
        at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
        basis: .placeholder,
        note: "No section score is printed; the mean of the criteria is ours.")

      Section("4", "Governance and leadership") {
        Criterion("4.1", "Governance", judgement: "governance-stars")
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14 (Governance row)",
            basis: .printedFigure,
            note: "The table prints stars and no percentage for governance, so it is judged.")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
        quote: "the FJI has an additional section on governance and leadership")

      Headline(
        "LoR", "Reducing the likelihood of reoffending", theme: "LoR", sections: "1", "2",
        grade: "stars"
      )
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
        basis: .printedFigure,
        note: "A percentage and stars for each of six YOTs."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme in "
          + "sections 1 and 2 is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
      Headline(
        "RoH", "Protecting the public", theme: "RoH", sections: "1", "2", grade: "stars"
      )
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
        basis: .printedFigure,
        note: "A percentage and stars for each of six YOTs."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme in "
          + "sections 1 and 2 is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
      Headline(
        "Safeguarding", "Protecting the child or young person", theme: "Safeguarding",
        sections: "1", "2", grade: "stars"
      )
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
        basis: .printedFigure,
        note: "A percentage and stars for each of six YOTs."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme in "
          + "sections 1 and 2 is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
      Headline(
        "CE", "Ensuring the sentence is served", theme: "CE", sections: "1", "2",
        grade: "stars"
      )
      .from(
        annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
        basis: .printedFigure,
        note: "A percentage and stars for each of six YOTs."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report states no formula; the mean of the questions carrying the theme in "
          + "sections 1 and 2 is ours."
      )
      .membership(
        from: annualReport, at: "Chapter 4, paragraph 4.1", basis: .placeholder,
        note: "The report names the four themes; which questions carry each theme is ours, by each "
          + "question's subject.")
    }
  }
}
