import InspectionDSL

/// The id of the annual report, which FJI's items cite.
private let annualReport = PublishedSources.annualReportID

extension FrameworkCatalog {
  /// Full Joint Inspection of youth offending work (FJI), version 2012: the star descriptors in
  /// use until the 2013 change (**** very good, *** good, ** unsatisfactory, * poor).
  ///
  /// Identical to ``fji2013`` except for what the stars are called; see ``fji2013`` for the
  /// structure, sources, assumptions and gaps. **Superseded by ``fji2012Revised``** (version
  /// 2012.2, the question bank by theme).
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
  /// **Superseded by ``fji2013Revised``** (version 2013.2, the one case assessment tool as a
  /// question bank by theme); kept so that samples and scores recorded under version 2013 can be
  /// read and scored again (`docs/versions.md`).
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
      FullJointInspection.summary
      Historical()
      Concepts(from: FrameworkCatalog.concepts)
      FullJointInspection.sources(preDescriptorChange: version == "2012")
      FullJointInspection.yesNo
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

      FullJointInspection.starScales(
        FullJointInspection.Descriptors(
          four: descriptors.four, three: descriptors.three, two: descriptors.two,
          one: descriptors.one), preDescriptorChange: version == "2012")

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
          .measures("youth-frequency-offending-reduced-since-start-sentence", .exact)
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
          .measures("youth-seriousness-offending-reduced-since-start-sentence", .exact)
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
          .measures("youth-health-well-being-outcomes-achieved", .exact)
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
          .measures("youth-diversity-factors-identified-attended", .exact)
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
          .measures("youth-engage-meeting-requirements-sentence", .exact)
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
          .measures("youth-comply-requirements-sentence", .exact)
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
          .measures("youth-risk-harm-others-including-identifiable-victims", .exact)
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
          .measures("youth-kept-safe-themselves-others", .exact)
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
          .measures("youth-sufficient-attention-given-ensuring-positive-outcomes", .exact)
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
          .measures("youth-case-manager-have-access-sufficient-resources", .exact)
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
          .measures("youth-case-manager-have-access-sufficient-resources-2", .exact)
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
          .measures("youth-case-manager-have-access-sufficient-resources-2-2", .exact)
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "the case manager had access to sufficient resources to address reducing "
              + "offending, managing the risk of harm and addressing safeguarding needs in the "
              + "vast majority of cases")
        }
        .measures("youth-resources", .exact)
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
          .measures("youth-staff-supervision-other-quality-assurance-arrangements", .exact)
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "staff supervision and other quality assurance arrangements had made a "
              + "positive difference to cases")
        }
        .measures("youth-staff-supervision", .exact)
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
          .measures("youth-case-manager-understand-principles-effective-practice", .exact)
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "staff understood the principles of effective practice and their local "
              + "policies and procedures")
        }
        .measures("youth-effective-practice", .exact)
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
          .measures("youth-case-manager-consider-training-skills-development", .exact)
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice",
            basis: .reportProse,
            quote: "the case managers considered their training and skills development needs "
              + "were met")
        }
        .measures("youth-training", .exact)
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
      .measures("youth-management-of-practice", .exact)
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
          .measures("youth-governance", .exact)
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
      .measures("youth-theme-lor", .exact)
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
      .measures("youth-theme-roh", .exact)
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
      .measures("youth-theme-safeguarding", .exact)
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
      .measures("youth-theme-sentence-served", .exact)
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
