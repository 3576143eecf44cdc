import InspectionDSL

/// The ids of IAOW's sources: the annual report, the published criteria and the York and North
/// Yorkshire report.
private let annualReport = PublishedSources.annualReportID
private let iaowCriteria = "iaow-criteria-2013"
private let york = "york-north-yorkshire-2014"

extension FrameworkCatalog {
  /// Inspection of Adult Offending Work (IAOW): five key areas scored as "% of work of sufficient
  /// quality" from a case sample, as in 2013–14.
  ///
  /// **Period.** The programme started in April 2013 and inspected 12 probation trusts before the
  /// 2014–15 transitional programme (Annual Report 2013–14, paragraph 2.1).
  ///
  /// **Sources.** HM Inspectorate of Probation, *Annual Report 2013–14* (July 2014), chapter 2
  /// (paragraphs 2.1–2.4): the five key areas and the five "headline" scores of 11 trusts with the
  /// aggregates of the two sets of inspections. The criteria grid comes from HM Inspectorate of
  /// Probation, *Criteria for the Inspection of Adult Offending Work* (February 2013), and the
  /// split between case-based and interview-based criteria from Appendix 5 "Scoring approach" of
  /// the York and North Yorkshire IAOW report (February 2014). Every item cites the place it comes
  /// from (`inspect provenance IAOW`).
  ///
  /// **Faithful.** The five key areas, in order, are the sections (ids 1–5, the Criteria's outcome
  /// numbers; titles as listed in paragraph 2.2). The 19 criteria of the outcome × process grid keep
  /// their ids (`outcome.process`) and titles; 1.2 and 1.3 do not exist. The Appendix 5 split of
  /// evidence is kept: criteria x.1–x.3 and 5.5 are scored from the case sample; the leadership
  /// and management criteria x.4 are "obtained through interviews with staff and managers … and
  /// from sentencers", so they are judged, not computed. The outcome 1 statement and the 1.1
  /// standard are the Criteria's words.
  ///
  /// **The five headline scores are section scores.** Each inspection report "present[s] overall
  /// scores for the five key areas of practice" (paragraph 2.3) and Appendix 5 assigns "scores to each of
  /// the sections of the report"; they are not threads cutting across criteria. So they are
  /// declared as the key areas' section scores, and no `Headline` or theme is declared.
  ///
  /// **Assumptions** (each also an `Assumption` below):
  /// - No question texts, answer options or "line" of the October 2013 Case Assessment Tool were
  ///   recovered, and the annual report prints no case-level findings for IAOW. Each case-based
  ///   criterion therefore has one neutral question, `<criterion>.s`, asking whether the work for
  ///   that criterion was of sufficient quality in the case ("inspection staff examine how well the
  ///   work was done across the case, following the criteria", Appendix 5). They are not the
  ///   tool's questions. The one recovered quality indicator, 1.1.a "Reports are based on
  ///   sufficient information", is quoted in the guidance of 1.1.s and not declared on its own.
  /// - A key area's score pools its questions: sufficient judgements ÷ relevant judgements, read
  ///   from "the percentage of work we found to be of sufficient quality" (paragraph 2.3). The formula page
  ///   of Appendix 5 was not recovered; the mean of the criteria is the alternative reading.
  /// - The leadership and management criteria carry a single-label judgement scale,
  ///   *Commentary (not scored)*: the annual report prints commentary for them and no grade.
  /// - Criterion 1.1 is relevant to cases with a pre-sentence report (`psr`); 5.5 to cases where
  ///   the offence required victim contact by probation (`victim_contact`, paragraph 2.4). Where 5.1–5.3 do
  ///   not apply (no identifiable victim) they are answered `na`.
  ///
  /// **Programme aggregates are not means.** The annual report's aggregates for each set of
  /// inspections do not always equal the mean of the trust scores (violent-offender set, victims:
  /// 77 against a mean of 75.7; child-protection set: 86/85.4, 66/66.8, 64/65.4, 67/67.8). They are
  /// presumably pooled over the cases of the set, which is what merging samples does; see
  /// `Examples/Published/IAOW-AnnualReport-2013-14.json`.
  ///
  /// **Not recovered.** The standards of outcomes 2–5 and of every criterion but 1.1; the quality
  /// indicators beyond 1.1.a; the Case Assessment Tool's questions, answer options and line; the
  /// Appendix 5 formula; any bands or comments (none appear for IAOW in the annual report); the
  /// Wales scores. The August 2014 transitional tool (new 1.2 "Assignment to Agency", renamed 2.1
  /// and 2.2) is a different version and is not declared here.
  public static let iaow = Framework(
    "IAOW", version: "2013", title: "Inspection of Adult Offending Work"
  ) {
    Period("2013", to: "2014")
    Summary(
      "HMI Probation's inspection of probation trusts' work with adults in the community, "
        + "2013-14: 50 to 100 cases per trust, each examined through the case records and an "
        + "interview with the offender manager, judged against a grid of five outcomes by four "
        + "process steps. Each report gives the percentage of work of sufficient quality in five "
        + "key areas; leadership and management are evidenced from interviews, not cases.")
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    PublishedSources.annualReport2013to14(
      note: "Chapter 2: the five key areas (paragraph 2.2); headline scores of 11 trusts and two "
        + "set aggregates (paragraph 2.3).")
    Source(
      id: iaowCriteria, publisher: "HM Inspectorate of Probation",
      title: "Criteria for the Inspection of Adult Offending Work", date: "February 2013",
      reference: "'The Criteria', listed among the documents of HM Inspectorate of Probation's "
        + "Inspection of Adult Offending Work programme page (previous adult inspection work)",
      url: "https://www.justiceinspectorates.gov.uk/hmiprobation/about-hmi-probation/"
        + "about-our-work/previous-adult-offending-inspection-work/"
        + "inspection-of-adult-offending-work/",
      note: "The 19 criteria with ids and titles (Full list of criteria with indicators); the "
        + "outcome 1 statement, the 1.1 standard and indicator 1.1.a.")
    Source(
      id: york, publisher: "HM Inspectorate of Probation",
      title: "Inspection of Adult Offending Work: York and North Yorkshire", date: "February 2014",
      reference:
        "Listed in the Annual Report 2013-14, Appendix B (Reports of Inspections Published "
        + "in 2013-14); Appendix 5, 'Scoring approach'",
      note: "Which criteria are scored from the case sample and which from interviews; how "
        + "inspectors examine each case.")
    Assumption(
      "No Case Assessment Tool questions were recovered and the annual report prints no IAOW "
        + "case-level findings: each case-based criterion has one neutral question <criterion>.s "
        + "(was the work for this criterion of sufficient quality in this case?).")
    Assumption(
      "The five headline scores are the key areas' section scores, each pooling its questions "
        + "(sufficient judgements / relevant judgements), from 'the percentage of work we found "
        + "to be of sufficient quality'; the Appendix 5 formula page was not recovered.")
    Assumption(
      "Leadership and management criteria (1.4, 2.4, 3.4, 4.4, 5.4) are evidenced from "
        + "interviews, not cases: they are judged on a single label, 'Commentary (not scored)', "
        + "and stay out of the key-area scores.")
    Assumption(
      "1.1 is relevant to cases with a pre-sentence report; 5.5 to cases where the offence "
        + "required victim contact by probation; 5.1-5.3 are answered na where no victim is "
        + "identifiable.")
    Assumption(
      "Programme aggregates for a set of inspections are pooled over its cases, not the mean of "
        + "the trust scores: the printed aggregates are not always the means (violent-offender "
        + "set, victims: 77 against a mean of 75.7).")
    Assumption(
      "Not recovered: standards beyond outcome 1 and criterion 1.1, quality indicators beyond "
        + "1.1.a, answer options, the line, any bands, and the Wales scores.")
    AnswerScale.yesNo()
      .from(
        annualReport, at: "Chapter 2, paragraph 2.3", basis: .reportProse,
        quote: "the percentage of work we found to be of sufficient quality",
        note: "Sufficient or not is the report's; the Case Assessment Tool's answer options and "
          + "line were not recovered, so the options are ours.")
    Presentation(displayDecimals: 0)

    Attribute("psr", "A pre-sentence report was prepared", values: "yes", "no")
    Attribute(
      "victim_contact", "The offence required victim contact by probation", values: "yes", "no")

    JudgementScale("commentary", "Leadership and management findings") {
      Label(
        "commentary", "Commentary (not scored)",
        meaning: "Evidenced from interviews with staff, managers and sentencers, and reported as "
          + "commentary, not as a case-sample score.")
    }
    .from(
      annualReport, at: "Chapter 2, paragraph 2.2", basis: .reportProse,
      quote: "Our findings are supported by commentary, which is drawn from discussion with senior "
        + "managers and from our interviews with offender managers",
      note: "Leadership and management findings are commentary, not scores; the single label is "
        + "ours.")

    Section(
      "1", "Assisting sentencing",
      standard: "Pre-sentence reports and court liaison work enable sentencers to impose "
        + "appropriate sentences and promote effective community disposals.",
      rule: .pooledQuestions
    ) {
      Criterion(
        "1.1", "Assessment and planning to inform sentencing",
        standard: "Reports assist courts in passing appropriate sentences."
      ) {
        Question(
          "1.1.s",
          "Overall, was the assessment and planning to inform sentencing of sufficient "
            + "quality?", role: .summary,
          guidance: "Quality indicator 1.1.a: Reports are based on sufficient information. "
            + "Indicators 1.1.b onwards were not recovered."
        )
        .measures("iaow-sentencing-assessment-and-planning", .exact)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-preparing-for-sentence", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 1.1",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion(
        "1.4", "Leadership and management to support sentencing", judgement: "commentary"
      )
      .measures("crit-iaow-leadership-sentencing", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 1.4",
        basis: .printedInWords,
        note: "Evidenced from interviews with staff, managers and sentencers, not from the case "
          + "sample (York and North Yorkshire report, Appendix 5).")
    }
    .measures("sec-iaow-sentencing", .exact)
    .from(
      annualReport, at: "Chapter 2, paragraphs 2.2 (the five key areas) and 2.3 (headline scores)",
      basis: .printedFigure,
      note: "The key area's 'headline' score is printed for 11 trusts and for the two sets of "
        + "inspections."
    )
    .rule(
      from: annualReport, at: "Chapter 2, paragraph 2.3", basis: .reportProse,
      quote: "The 'headline' scores for the percentage of work we found to be of sufficient "
        + "quality",
      note: "Read as sufficient judgements over relevant judgements, pooled over the key area's "
        + "questions; the Appendix 5 formula page was not recovered, and the mean of the criteria "
        + "is the other reading.")

    Section(
      "2", "Delivering the sentence of the court",
      rule: .pooledQuestions
    ) {
      Criterion("2.1", "Assessment and planning to deliver the sentence") {
        Question(
          "2.1.s",
          "Overall, was the assessment and planning to deliver the sentence of "
            + "sufficient quality?", role: .summary
        )
        .measures("iaow-sentence-assessment-and-planning", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-iaow-sentence-assessment-and-planning", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 2.1",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion(
        "2.2", "Delivery and review of the sentence plan and maximising offender engagement"
      ) {
        Question(
          "2.2.s",
          "Overall, were the delivery and review of the sentence plan, and the work to "
            + "maximise offender engagement, of sufficient quality?", role: .summary
        )
        .measures("iaow-sentence-delivery-and-engagement", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-iaow-sentence-delivery-and-engagement", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 2.2",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("2.3", "Initial outcomes are achieved") {
        Question("2.3.s", "Were the initial outcomes achieved?", role: .summary)
          .measures("iaow-initial-outcomes", .exact)
          .from(
            york, at: "Appendix 5, Scoring approach", basis: .placeholder,
            note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
              + "questions were not recovered and the annual report prints no case-level findings "
              + "for IAOW.")
      }
      .measures("crit-initial-outcomes", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 2.3",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion(
        "2.4", "Leadership and management to deliver the sentence and achieve initial outcomes",
        judgement: "commentary"
      )
      .measures("crit-iaow-leadership-sentence", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 2.4",
        basis: .printedInWords,
        note: "Evidenced from interviews with staff, managers and sentencers, not from the case "
          + "sample (York and North Yorkshire report, Appendix 5).")
    }
    .measures("sec-iaow-delivering-sentence", .exact)
    .from(
      annualReport, at: "Chapter 2, paragraphs 2.2 (the five key areas) and 2.3 (headline scores)",
      basis: .printedFigure,
      note: "The key area's 'headline' score is printed for 11 trusts and for the two sets of "
        + "inspections."
    )
    .rule(
      from: annualReport, at: "Chapter 2, paragraph 2.3", basis: .reportProse,
      quote: "The 'headline' scores for the percentage of work we found to be of sufficient "
        + "quality",
      note: "Read as sufficient judgements over relevant judgements, pooled over the key area's "
        + "questions; the Appendix 5 formula page was not recovered, and the mean of the criteria "
        + "is the other reading.")

    Section(
      "3", "Reducing the likelihood of reoffending",
      rule: .pooledQuestions
    ) {
      Criterion("3.1", "Assessment to reduce the likelihood of reoffending") {
        Question(
          "3.1.s",
          "Overall, was the assessment to reduce the likelihood of reoffending of "
            + "sufficient quality?", role: .summary
        )
        .measures("iaow-lor-assessment", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-lor-assessment", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 3.1",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("3.2", "Delivery of interventions to reduce the likelihood of reoffending") {
        Question(
          "3.2.s",
          "Overall, was the delivery of interventions to reduce the likelihood of "
            + "reoffending of sufficient quality?", role: .summary
        )
        .measures("iaow-lor-interventions", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-constructive", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 3.2",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("3.3", "Likelihood of reoffending is reduced") {
        Question("3.3.s", "Was the likelihood of reoffending reduced?", role: .summary)
          .measures("iaow-lor-reduced", .exact)
          .from(
            york, at: "Appendix 5, Scoring approach", basis: .placeholder,
            note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
              + "questions were not recovered and the annual report prints no case-level findings "
              + "for IAOW.")
      }
      .measures("crit-reducing-lor", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 3.3",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion(
        "3.4", "Leadership and management to reduce the likelihood of reoffending",
        judgement: "commentary"
      )
      .measures("crit-iaow-leadership-lor", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 3.4",
        basis: .printedInWords,
        note: "Evidenced from interviews with staff, managers and sentencers, not from the case "
          + "sample (York and North Yorkshire report, Appendix 5).")
    }
    .measures("sec-iaow-reducing-lor", .exact)
    .from(
      annualReport, at: "Chapter 2, paragraphs 2.2 (the five key areas) and 2.3 (headline scores)",
      basis: .printedFigure,
      note: "The key area's 'headline' score is printed for 11 trusts and for the two sets of "
        + "inspections."
    )
    .rule(
      from: annualReport, at: "Chapter 2, paragraph 2.3", basis: .reportProse,
      quote: "The 'headline' scores for the percentage of work we found to be of sufficient "
        + "quality",
      note: "Read as sufficient judgements over relevant judgements, pooled over the key area's "
        + "questions; the Appendix 5 formula page was not recovered, and the mean of the criteria "
        + "is the other reading.")

    Section(
      "4", "Protecting the public",
      rule: .pooledQuestions
    ) {
      Criterion("4.1", "Assessment and planning to minimise risk of harm to others") {
        Question(
          "4.1.s",
          "Overall, was the assessment and planning to minimise risk of harm to others "
            + "of sufficient quality?", role: .summary
        )
        .measures("iaow-roh-assessment-and-planning", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-roh-assessment", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 4.1",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("4.2", "Delivery of interventions to minimise risk of harm to others") {
        Question(
          "4.2.s",
          "Overall, was the delivery of interventions to minimise risk of harm to others "
            + "of sufficient quality?", role: .summary
        )
        .measures("iaow-roh-interventions", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-restrictive", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 4.2",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("4.3", "Risk of harm to others is minimised") {
        Question("4.3.s", "Was the risk of harm to others minimised?", role: .summary)
          .measures("iaow-roh-minimised", .exact)
          .from(
            york, at: "Appendix 5, Scoring approach", basis: .placeholder,
            note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
              + "questions were not recovered and the annual report prints no case-level findings "
              + "for IAOW.")
      }
      .measures("crit-minimising-roh", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 4.3",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion(
        "4.4", "Leadership and management to minimise risk of harm to others",
        judgement: "commentary"
      )
      .measures("crit-iaow-leadership-roh", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 4.4",
        basis: .printedInWords,
        note: "Evidenced from interviews with staff, managers and sentencers, not from the case "
          + "sample (York and North Yorkshire report, Appendix 5).")
    }
    .measures("sec-iaow-protecting-public", .exact)
    .from(
      annualReport, at: "Chapter 2, paragraphs 2.2 (the five key areas) and 2.3 (headline scores)",
      basis: .printedFigure,
      note: "The key area's 'headline' score is printed for 11 trusts and for the two sets of "
        + "inspections."
    )
    .rule(
      from: annualReport, at: "Chapter 2, paragraph 2.3", basis: .reportProse,
      quote: "The 'headline' scores for the percentage of work we found to be of sufficient "
        + "quality",
      note: "Read as sufficient judgements over relevant judgements, pooled over the key area's "
        + "questions; the Appendix 5 formula page was not recovered, and the mean of the criteria "
        + "is the other reading.")

    Section(
      "5", "Delivering effective work for victims",
      rule: .pooledQuestions
    ) {
      Criterion("5.1", "Assessment and planning to minimise risk of harm to victims") {
        Question(
          "5.1.s",
          "Overall, was the assessment and planning to minimise risk of harm to victims "
            + "of sufficient quality?", role: .summary
        )
        .measures("iaow-victims-assessment-and-planning", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-iaow-victims-assessment", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 5.1",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("5.2", "Delivery of interventions to minimise risk of harm to victims") {
        Question(
          "5.2.s",
          "Overall, was the delivery of interventions to minimise risk of harm to "
            + "victims of sufficient quality?", role: .summary
        )
        .measures("iaow-victims-interventions", .exact)
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-iaow-victims-delivery", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 5.2",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion("5.3", "Risk of harm to victims is minimised") {
        Question("5.3.s", "Was the risk of harm to victims minimised?", role: .summary)
          .measures("iaow-victims-harm-minimised", .exact)
          .from(
            york, at: "Appendix 5, Scoring approach", basis: .placeholder,
            note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
              + "questions were not recovered and the annual report prints no case-level findings "
              + "for IAOW.")
      }
      .measures("crit-iaow-victims-harm-minimised", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 5.3",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
      Criterion(
        "5.4", "Leadership and management to deliver effective work for victims",
        judgement: "commentary"
      )
      .measures("crit-iaow-leadership-victims", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 5.4",
        basis: .printedInWords,
        note: "Evidenced from interviews with staff, managers and sentencers, not from the case "
          + "sample (York and North Yorkshire report, Appendix 5).")
      Criterion("5.5", "Victim contact and restorative justice") {
        Question(
          "5.5.s",
          "Overall, was the victim contact and restorative justice work of sufficient "
            + "quality?", role: .summary
        )
        .measures("iaow-victim-contact", .exact)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          york, at: "Appendix 5, Scoring approach", basis: .placeholder,
          note: "A stand-in of ours, one per case-based criterion: the Case Assessment Tool's "
            + "questions were not recovered and the annual report prints no case-level findings "
            + "for IAOW.")
      }
      .measures("crit-iaow-victim-contact", .exact)
      .from(
        iaowCriteria, at: "Full list of criteria with indicators, criterion 5.5",
        basis: .printedInWords
      )
      .rule(
        from: york, at: "Appendix 5, Scoring approach", basis: .placeholder,
        note: "The criterion has one stand-in question of ours, so its score is that question's; "
          + "the Appendix 5 formula page was not recovered.")
    }
    .measures("sec-iaow-victims", .exact)
    .from(
      annualReport, at: "Chapter 2, paragraphs 2.2 (the five key areas) and 2.3 (headline scores)",
      basis: .printedFigure,
      note: "The key area's 'headline' score is printed for 11 trusts and for the two sets of "
        + "inspections."
    )
    .rule(
      from: annualReport, at: "Chapter 2, paragraph 2.3", basis: .reportProse,
      quote: "The 'headline' scores for the percentage of work we found to be of sufficient "
        + "quality",
      note: "Read as sufficient judgements over relevant judgements, pooled over the key area's "
        + "questions; the Appendix 5 formula page was not recovered, and the mean of the criteria "
        + "is the other reading.")
  }
}
