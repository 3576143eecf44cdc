import InspectionDSL

/// The id of the Hertfordshire report among OMI2's sources: every item cites it.
private let hertfordshire = "hertfordshire-2010"

extension FrameworkCatalog {
  /// Offender Management Inspection 2 (OMI2), as the 2010 Hertfordshire report applied it.
  ///
  /// **Superseded by ``omi2Revised``** (version 2009.2, the printed answer scales); kept so that
  /// samples and scores recorded under version 2009 can be read and scored again
  /// (`docs/versions.md`).
  ///
  /// Period: the OMI2 programme visited every probation area and trust over three years from
  /// September 2009 (Appendix 5, Model), to 2012.
  ///
  /// Source: HM Inspectorate of Probation, *A report on Offender Management in Hertfordshire*
  /// (March 2010, ISBN 978-1-84099-320-2): the Scoring and Summary Table, the report body
  /// (general criteria 1.1–4.5), Appendix 5 (inspection model) and Appendix 6 (scoring
  /// approach). Every item cites the place it comes from (`inspect provenance OMI2`).
  ///
  /// Faithful: criterion ids, titles and one-line standards as printed in the body and Appendix 6:
  /// 1.1-1.4, 2.1-2.4, 3.1-3.3 and 4.1-4.5. The contents page words some titles differently
  /// ("Preparing for sentencing", "purpose" for "element"). Each criterion is the mean of its
  /// questions, each section the mean of its criteria (Appendix 6). There are three headlines:
  /// RoH over the RoH questions of sections 1 and 2, Likelihood of Reoffending over the LoR
  /// questions of sections 1-3, and Compliance and Enforcement over the C&E questions of sections
  /// 1-3 (Appendix 6). Criteria and headlines carry a comment, MINIMUM / MODERATE / SUBSTANTIAL /
  /// DRASTIC improvement required (Scoring and Summary Table). The comment is a judgement scale,
  /// not a grade scale: no fixed thresholds fit Hertfordshire's comments (74 MINIMUM but 75
  /// MODERATE; 71 MODERATE and 71 SUBSTANTIAL; C&E 72 SUBSTANTIAL). Section 4 is judged very /
  /// sufficiently / not sufficiently / not effective (Appendix 6).
  ///
  /// The 80/20 rule: OMI's appendix sentence on weighting individual and summary questions 80/20
  /// (Cheshire 2006, Appendix 3; West Mercia 2008, Appendix 4) is absent from OMI2's Appendix 6,
  /// which otherwise repeats that appendix word for word. Whether OMI2 kept the rule is
  /// unverified. This declaration follows the text as published: each criterion is the plain
  /// mean of its questions, with no summary questions.
  ///
  /// Section scores: Appendix 6 says a section is the mean of its criteria, and that rule is kept.
  /// Hertfordshire's sections 1 (73; mean 73.25) and 3 (50; mean 50.0) agree with it. Section 2
  /// does not: it is published as 69 against a mean of 67.25 for criteria 71, 61, 63 and 74, and
  /// no rounding of the criterion scores reaches 69. The figure is recorded as a known
  /// discrepancy in `Examples/Published/OMI2-Hertfordshire-2010.json`. Pooling section 2 over its
  /// questions might explain it, but that is not what the text says.
  ///
  /// Question ids: the report cites five sub-criteria in its practice examples (Sharing Good
  /// Practice): 1.4b (participation in planning), 2.2.e (victim safety), 2.4b (promoting
  /// compliance), 2.4c (identifying vulnerability) and 3.3.c (improvement in factors linked to
  /// offending). Questions are ordered so that those ids name questions on those topics. The
  /// remaining order is ours.
  ///
  /// Questions: each restates one finding of the report body (its general criterion, Strengths or
  /// Areas for Improvement, and letter), with the finding quoted in its provenance; a finding
  /// printed with a figure is a `.printedFigure`, one given only in words ("all but one", "most")
  /// a `.printedInWords`.
  ///
  /// Assumptions (each also an `Assumption` below): question texts restate the printed findings.
  /// Criteria use the plain mean (no 80/20). RoH, LoR and C&E tags follow each question's subject.
  /// The case attributes are ours. Comments and section 4 grades are judgements with no advisory
  /// band.
  ///
  /// Not recovered: the Offender Management Tool (OMT2) questions, wording and headline tags; the
  /// "fuller detailed description" on the website; whether the 80/20 weighting survived; the
  /// Appendix 1 criterion chart and the Appendix 2 sample charts (so the licence/community split);
  /// the comment thresholds, if any existed; the RoH score that triggers an early further
  /// inspection.
  public static let omi2 = Framework(
    "OMI2", version: "2009", title: "Offender Management Inspection 2"
  ) {
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    Period("2009-09", to: "2012")
    Summary(
      "Second programme of case-sample offender management inspections. Each question is "
        + "scored as the share of relevant cases where the work was sufficiently well done; "
        + "criteria average their questions and sections their criteria; three headlines (Risk of "
        + "Harm, Likelihood of Reoffending, Compliance and Enforcement) average tagged questions "
        + "across criteria. Inspectors comment MINIMUM to DRASTIC improvement required; leadership "
        + "is judged.")
    Source(
      id: hertfordshire, publisher: "HM Inspectorate of Probation",
      title: "Offender Management Inspection 2: A report on Offender Management in Hertfordshire",
      date: "March 2010",
      reference: "ISBN 978-1-84099-320-2; published by HM Inspectorate of Probation, whose website "
        + "the report gives as www.justice.gov.uk/inspectors/hmi-probation",
      url: "http://www.justice.gov.uk/inspectors/hmi-probation",
      note: "Report body: structure, standards, scores and case-level findings. Appendix 6: "
        + "scoring approach.")
    Assumption(
      "Question texts are neutral restatements of the case-level findings the report "
        + "prints; the Offender Management Tool's own questions were not published, so only "
        + "questions with a printed finding are declared (each cites its finding).")
    Assumption(
      "Appendix 6 drops the 80/20 sentence of OMI's scoring appendix, so each criterion is the "
        + "plain mean of its questions and has no summary question; whether OMI2 kept the 80/20 "
        + "weighting is unverified.")
    Assumption(
      "Sections are the mean of their criteria as Appendix 6 says, although "
        + "Hertfordshire's published section 2 (69) is not the mean of its criteria (67.25); see "
        + "the Published figures.")
    Assumption(
      "A question carries RoH, LoR or CE (compliance and enforcement) when its subject "
        + "is risk of harm to others, reducing reoffending, or requiring, promoting and enforcing "
        + "compliance; the tool's own tags were not published.")
    Assumption(
      "The MINIMUM ... DRASTIC comments fit no fixed thresholds (74 is MINIMUM but 75 MODERATE; "
        + "71 is both MODERATE and SUBSTANTIAL), so they are a judgement scale with no advisory "
        + "band; section 4 grades are judgements too.")
    Assumption(
      "Case attributes and their names are ours; a finding given for a subgroup is "
        + "relevant only to that subgroup, and 'where relevant' findings are answered 'na' where "
        + "they do not apply.")
    Assumption(
      "Question letters are ordered so that the report's practice-example references "
        + "1.4b, 2.2.e, 2.4b, 2.4c and 3.3.c (Sharing Good Practice) name questions on those "
        + "topics; the rest is our order.")
    AnswerScale.yesNo()
      .from(
        hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "the proportion of relevant cases in the sample where the work assessed by that "
          + "question was judged sufficient ('above the line')",
        note: "Sufficient, insufficient and not relevant are the report's; the option labels are "
          + "ours: the tool's answer options were not published.")
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence", "custody")
    OffenderManagementInspection.caseAttributes(omitting: "tier", "drr")

    Theme("RoH", "Risk of Harm to others ('Control')")
    Theme("LoR", "Likelihood of Reoffending ('Help' and 'Change')")
    Theme("CE", "Compliance and Enforcement ('Punish')")

    JudgementScale("improvement", "Comment: improvement required in the immediate future") {
      Label("minimum", "MINIMUM improvement required")
      Label("moderate", "MODERATE improvement required")
      Label("substantial", "SUBSTANTIAL improvement required")
      Label("drastic", "DRASTIC improvement required")
    }
    .from(
      hertfordshire, at: "Scoring and Summary Table", basis: .printedInWords,
      quote: "we give a headline 'Comment' by each score, to indicate whether we consider that "
        + "this aspect of work now requires MINIMUM, MODERATE, SUBSTANTIAL or DRASTIC improvement "
        + "in the immediate future",
      note: "The thresholds, if any, were not published; the comment is recorded as a judgement.")
    JudgementScale(
      "effectiveness", "Section 4: effective in making good quality offender management more likely"
    ) {
      Label("very", "Very effective")
      Label("sufficiently", "Sufficiently effective")
      Label("not-sufficiently", "Not sufficiently effective")
      Label("not", "Not effective")
    }
    .from(
      hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "A score of either very/sufficiently/not sufficiently/not effective is assigned on "
        + "the basis of the performance across the specific criteria which make up that criterion")

    Section("1", "Assessment and sentence planning") {
      Criterion(
        "1.1", "Preparing for sentence",
        standard: "High quality reports are produced to inform sentencing.",
        judgement: "improvement"
      ) {
        Question("1.1.a", "Was the report of the appropriate type?")
          .measures("psr-appropriate-type", .exact)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Strengths (a)", basis: .printedInWords,
            quote: "In all but one case, we found the reports to be of the appropriate type")
        Question("1.1.b", "Was the report prepared within the timescale set by the court?")
          .measures("psr-report-prepared-within-timescale-set-court", .exact)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Strengths (a)", basis: .printedInWords,
            quote: "All of the SDRs or FDRs had been prepared within the timescale set by the "
              + "court")
        Question("1.1.c", "Was the nationally approved format used?")
          .measures("psr-nationally-approved-format-used", .exact)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Strengths (a)", basis: .printedInWords,
            quote: "The nationally approved format was used in all cases")
        Question("1.1.d", "Was the report suitably concise?")
          .measures("psr-concise", .exact)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Strengths (a)", basis: .printedFigure,
            quote: "80% of reports were suitably concise")
        Question(
          "1.1.e",
          "Was the report based on the required assessment of the likelihood of reoffending?",
          themes: "LoR"
        )
        .measures("psr-report-based-required-assessment-likelihood-reoffending", .exact)
        .measures("psr-based-on-risk-and-need-assessment", .partOf)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Strengths (b)", basis: .printedFigure,
          quote: "PSRs were based on the required assessment of the LoR in 94% of cases")
        Question(
          "1.1.f", "Was the assessment of the likelihood of reoffending in the report accurate?",
          themes: "LoR"
        )
        .measures("psr-assessment-likelihood-reoffending-report-accurate", .exact)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Strengths (b)", basis: .printedFigure,
          quote: "90% of these assessments were accurate")
        Question("1.1.g", "Was the report based on an assessment of the RoH?", themes: "RoH")
          .measures("psr-report-based-assessment-roh", .exact)
          .measures("psr-based-on-risk-and-need-assessment", .partOf)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "Although 88% of the SDRs and FDRs were based on an assessment of the RoH")
        Question(
          "1.1.h",
          "Did the report contain an accurate analysis of the RoH presented by the offender?",
          themes: "RoH"
        )
        .measures("psr-report-contain-accurate-analysis-roh-presented", .exact)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "19 (32%) did not contain an accurate analysis of the RoH presented by the "
            + "offender")
        Question("1.1.i", "Did the report include a clear proposal for sentence?")
          .measures("psr-clear-proposal", .exact)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
            quote: "A clear proposal for sentence was included in 97% of reports")
        Question("1.1.j", "Was the proposal proportionate to the seriousness of the offence?")
          .measures("psr-proposal-proportionate-seriousness-offence", .exact)
          .measures("iaow-sentencing-assessment-and-planning", .partOf)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
            quote: "In 94% of cases, the proposal was proportionate to the seriousness of the "
              + "offence")
        Question(
          "1.1.k",
          "Where necessary, did the report propose requirements designed to keep the RoH to a "
            + "minimum?",
          themes: "RoH"
        )
        .measures("psr-necessary-report-propose-requirements-designed-keep", .exact)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
          quote: "Where necessary, 84% of PSRs proposed requirements designed to keep the RoH "
            + "presented by the offender to a minimum")
        Question(
          "1.1.l",
          "Where a community sentence was proposed, was the proposal followed by the court?"
        )
        .measures("psr-proposal-followed", .narrower)
        .measures("psr-community-proposal-followed", .exact)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Strengths (d)", basis: .printedFigure,
          quote: "in 86% of these cases the proposal was followed by the court")
        Question(
          "1.1.m",
          "Did the objectives of the outline sentence plan relate to the intended purpose of the "
            + "proposed sentence?"
        )
        .measures("psr-objectives-outline-sentence-plan-relate-intended", .exact)
        .measures("psr-outline-plan", .partOf)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Strengths (d)", basis: .printedInWords,
          quote: "All but one of these outline plans contained objectives which related to the "
            + "intended purpose of the proposed sentence")
        Question(
          "1.1.n",
          "Did the objectives of the outline sentence plan take full account of the assessed "
            + "likelihood of reoffending and RoH?",
          themes: "RoH", "LoR"
        )
        .measures("psr-objectives-outline-sentence-plan-take-full", .exact)
        .measures("psr-outline-plan", .partOf)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "The objectives in the outline sentence plans failed to take full account of "
            + "the assessed LoR and RoH in around one-quarter of cases")
        Question(
          "1.1.o",
          "Did the outline sentence plan specify the desired outcome for the proposed "
            + "interventions?"
        )
        .measures("psr-outline-sentence-plan-specify-desired-outcome", .exact)
        .measures("psr-outline-plan", .partOf)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "In a similar number, the plans did not specify the desired outcome for the "
            + "proposed interventions")
        Question(
          "1.1.p",
          "Where relevant, were concerns about the offender's vulnerability recorded in the "
            + "report?"
        )
        .measures("psr-vulnerability-recorded", .exact)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Strengths (e)", basis: .printedFigure,
          quote: "Where relevant, concerns about the offender's vulnerability were recorded in "
            + "84% of PSRs")
        Question(
          "1.1.q",
          "Where relevant, were concerns about the offender's vulnerability clearly recorded in "
            + "the outline sentence plan?"
        )
        .measures("psr-relevant-concerns-about-s-vulnerability-clearly", .exact)
        .measures("iaow-sentencing-assessment-and-planning", .partOf)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.1, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "these were clearly recorded in the outline sentence plan in less than half of "
            + "relevant cases")
      }
      .measures("crit-preparing-for-sentence", .exact)
      .from(
        hertfordshire, at: "General criterion 1.1", basis: .printedFigure,
        note: "Printed score 88%, comment MINIMUM improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "1.2", "Assessment and planning to minimise Risk of Harm to others",
        standard: "RoH is comprehensively and accurately assessed. Plans are made to keep to a "
          + "minimum the individual's RoH.",
        judgement: "improvement"
      ) {
        Question(
          "1.2.a", "Was a RoSH screening completed at the start of sentence or licence?",
          themes: "RoH"
        )
        .measures("roh-assessment-completed", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Strengths (a)", basis: .printedFigure,
          quote: "A RoSH screening was completed at the start of sentence or licence in 91% of "
            + "cases")
        Question("1.2.b", "Was the RoSH screening completed on time?", themes: "RoH")
          .measures("roh-screening-on-time", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (a)", basis: .printedFigure,
            quote: "it was completed on time in 82% of the sample")
        Question(
          "1.2.c", "Was the RoSH screening accurately completed at the start of sentence?",
          themes: "RoH"
        )
        .measures("roh-screening-accurate", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "The RoSH screening was not accurately completed at the start of sentence in "
            + "29% of cases in the inspection sample. This figure included both those cases "
            + "where the RoSH screening was either not completed (11) or where it was "
            + "inaccurate (25)")
        Question("1.2.d", "Was the RoSH classification accurate?", themes: "RoH")
          .measures("roh-classification-accurate", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (b)", basis: .printedFigure,
            quote: "The RoSH classification was accurate in 86% of cases")
        Question("1.2.e", "Where relevant, was a full RoH analysis completed?", themes: "RoH")
          .measures("roh-full-analysis-completed", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (c)", basis: .printedFigure,
            quote: "A full RoH analysis was completed in 89% of relevant cases")
        Question("1.2.f", "Was the full RoH analysis completed on time?", themes: "RoH")
          .measures("roh-full-roh-analysis-completed-time", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (c)", basis: .printedFigure,
            quote: "with 78% being done on time")
        Question(
          "1.2.g", "Was the RoSH analysis of sufficient quality at the start of sentence?",
          themes: "RoH"
        )
        .measures("roh-full-analysis-quality", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Only 41% of relevant cases had a RoSH analysis of sufficient quality at the "
            + "start of sentence")
        Question(
          "1.2.h",
          "Did the analysis correctly identify who was at risk (children, the general public, "
            + "known adults)?",
          themes: "RoH"
        )
        .measures("roh-analysis-correctly-identify-who-risk-children", .exact)
        .measures("roh-analysis-reflects-risk-to-public", .broader)
        .measures("roh-analysis-identifies-all-at-risk", .partOf)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Strengths (c)", basis: .printedFigure,
          quote: "the analysis did correctly identify who was at risk in the specific groups "
            + "(children, the general public, known adults) in around 70% of cases")
        Question(
          "1.2.i", "Where relevant, were risks to staff and other prisoners identified?",
          themes: "RoH"
        )
        .measures("roh-relevant-risks-staff-other-prisoners-identified", .exact)
        .measures("roh-analysis-identifies-all-at-risk", .partOf)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Strengths (c)", basis: .printedFigure,
          quote: "Risks to staff and other prisoners were identified in over 80% of relevant "
            + "cases")
        Question(
          "1.2.j", "Did the assessment draw on all available sources of information?",
          themes: "RoH"
        )
        .measures("roh-assessment-draw-all-available-sources-information", .exact)
        .measures("roh-other-assessments-used", .broader)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "The assessment drew on all available sources of information in 62% of cases")
        Question(
          "1.2.k", "Was previous relevant behaviour considered and taken into account?",
          themes: "RoH"
        )
        .measures("roh-previous-relevant-behaviour-considered-taken-account", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "previous relevant behaviour was considered and taken into account in 72% of "
            + "cases")
        Question("1.2.l", "Where required, was a risk management plan prepared?", themes: "RoH")
          .measures("rmp-completed", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (d)", basis: .printedFigure,
            quote: "A risk management plan was prepared in 82% of cases, where required")
        Question("1.2.m", "Was the risk management plan completed on time?", themes: "RoH")
          .measures("rmp-on-time", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (d)", basis: .printedFigure,
            quote: "and in 72%, was completed on time")
        Question(
          "1.2.n", "Was the appropriate format used for the risk management plan?",
          themes: "RoH"
        )
        .measures("roh-appropriate-format-used-risk-management-plan", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Strengths (d)", basis: .printedFigure,
          quote: "The appropriate format had been used for 83% of plans")
        Question("1.2.o", "Was the risk management plan comprehensive?", themes: "RoH")
          .measures("rmp-comprehensive-community", .broader)
          .measures("rmp-comprehensive", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.2, Areas for improvement (e)",
            basis: .printedFigure,
            quote: "A comprehensive risk management plan was prepared in only 26% of cases")
        Question(
          "1.2.p",
          "Did the plan accurately describe how the objectives of the sentence plan and other "
            + "activities would address RoH issues and protect actual and potential victims?",
          themes: "RoH"
        )
        .measures("roh-plan-accurately-describe-how-objectives-sentence", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .measures("iaow-victims-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (e)",
          basis: .printedInWords,
          quote: "Only one-third accurately described how the objectives of the sentence plan "
            + "and other activities would address RoH issues and protect actual and potential "
            + "victims")
        Question(
          "1.2.q", "Was the risk management plan shared with others involved?",
          themes: "RoH"
        )
        .measures("roh-risk-management-plan-shared-others-involved", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "risk management plans were shared with others involved in 56% of cases")
        Question(
          "1.2.r",
          "Where additional restrictive conditions or requirements were included, were they "
            + "proportionate to the protection of victims and the assessed RoH?",
          themes: "RoH"
        )
        .measures("restrictive-conditions-proportionate", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .measures("iaow-victims-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Strengths (e)", basis: .printedInWords,
          quote: "Additional restrictive conditions or requirements were included in the order "
            + "or licence in 30 cases. In all but two, the requirements were proportionate")
        Question(
          "1.2.s",
          "Where the case met the criteria for MAPPA, was it referred or notified to MAPPA?",
          themes: "RoH"
        )
        .measures("roh-met-criteria-mappa-referred-notified-mappa", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.2, Strengths (f)", basis: .printedFigure,
          quote: "Twenty-five cases met the criteria for referral or notification to MAPPA. Of "
            + "these, 23 were referred to MAPPA")
        Question("1.2.t", "Was the initial level of MAPPA management appropriate?", themes: "RoH")
          .measures("roh-initial-level-mappa-management-appropriate", .exact)
          .measures("iaow-roh-assessment-and-planning", .partOf)
          .relevant(when: .attribute("mappa", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 1.2, Strengths (f)", basis: .printedInWords,
            quote: "The initial level of MAPPA management was appropriate in all referred cases")
        Question(
          "1.2.u", "Were proposed MAPPA actions communicated to all relevant bodies?",
          themes: "RoH"
        )
        .measures("roh-proposed-mappa-actions-communicated-all-relevant", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "Proposed actions from MAPPA were communicated to all relevant bodies in 76% of "
            + "cases")
        Question(
          "1.2.v", "Were MAPPA actions incorporated in the risk management and sentence plans?",
          themes: "RoH"
        )
        .measures("roh-mappa-actions-incorporated-risk-management-sentence", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "These actions were incorporated in 41% of risk management and sentence plans")
        Question(
          "1.2.w",
          "Where the offender presented a RoH, were managers effectively involved in the "
            + "assessment and planning?",
          themes: "RoH"
        )
        .measures("roh-presented-roh-managers-effectively-involved-assessment", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (g)",
          basis: .printedInWords,
          quote: "managers had been involved effectively in the assessment and planning of work "
            + "with only half of the cases where the offender presented a RoH")
        Question(
          "1.2.x",
          "Where the offender posed a RoH to children, were managers effectively involved?",
          themes: "RoH"
        )
        .measures("roh-posed-roh-children-managers-effectively-involved", .exact)
        .measures("iaow-roh-assessment-and-planning", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.2, Areas for improvement (h)",
          basis: .printedFigure,
          quote: "in a further 26% the involvement of managers had not been effective")
      }
      .measures("crit-roh-assessment", .exact)
      .from(
        hertfordshire, at: "General criterion 1.2", basis: .printedFigure,
        note: "Printed score 71%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "1.3", "Assessment and planning to reduce the Likelihood of Reoffending",
        standard: "The LoR is comprehensively and accurately assessed. Plans address offending "
          + "related factors needs to reduce the LoR.",
        judgement: "improvement"
      ) {
        Question(
          "1.3.a",
          "Was the case allocated to an offender manager promptly at the start of sentence or "
            + "licence?"
        )
        .measures("allocation-on-time", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Strengths (a)", basis: .printedFigure,
          quote: "Allocation of cases to an offender manager was completed promptly at the start "
            + "of sentence or licence in 97% of the cases inspected")
        Question("1.3.b", "Was the national guidance on allocation and tiering followed?")
          .measures("plan-national-guidance-allocation-tiering-followed", .exact)
          .measures("iaow-sentence-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.3, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "The national guidance on allocation or tiering was not followed in 12 cases")
        Question(
          "1.3.c",
          "Where the guidance on allocation or tiering was not followed, was an appropriate "
            + "reason recorded?"
        )
        .measures("plan-guidance-allocation-tiering-followed-appropriate-reason", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .relevant(when: .answer("1.3.b", is: "no"))
        .from(
          hertfordshire, at: "General criterion 1.3, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "An appropriate reason for the departure from the guidance was not recorded in "
            + "nine")
        Question("1.3.d", "In a custody case, was an offender supervisor allocated on time?")
          .measures("plan-custody-supervisor-allocated-time", .exact)
          .measures("iaow-sentence-assessment-and-planning", .partOf)
          .relevant(when: .attribute("case_type", is: "custody"))
          .from(
            hertfordshire, at: "General criterion 1.3, Strengths (a)", basis: .printedInWords,
            quote: "Three-quarters of the prisoners in the custody sample were allocated an "
              + "offender supervisor on time")
        Question(
          "1.3.e", "Where required, was an assessment of the likelihood of reoffending completed?",
          themes: "LoR"
        )
        .measures("lor-assessment-completed", .exact)
        .measures("iaow-lor-assessment", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Strengths (b)", basis: .printedFigure,
          quote: "an assessment of the LoR was completed in 91% of cases")
        Question(
          "1.3.f",
          "Was the assessment of the likelihood of reoffending completed in a timely manner?",
          themes: "LoR"
        )
        .measures("lor-assessment-on-time", .exact)
        .measures("iaow-lor-assessment", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Strengths (b)", basis: .printedFigure,
          quote: "and in 79% in a timely manner")
        Question("1.3.g", "Was an initial sentence plan (ISP) completed?", themes: "LoR")
          .measures("plan-in-place", .exact)
          .measures("iaow-sentence-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.3, Strengths (c)", basis: .printedFigure,
            quote: "An ISP was completed in 88% of cases")
        Question(
          "1.3.h",
          "Was the ISP prepared within the required timescale and appropriate to the purpose of "
            + "sentencing?",
          themes: "LoR"
        )
        .measures("plan-isp-prepared-within-required-timescale-appropriate", .exact)
        .measures("plan-reflects-purpose-of-sentence", .broader)
        .measures("plan-on-time", .broader)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Strengths (c)", basis: .printedFigure,
          quote: "77% had been prepared within the required timescale and were appropriate to "
            + "the purpose of sentencing")
        Question("1.3.i", "Was the ISP informed by relevant assessments?", themes: "LoR")
          .measures("plan-isp-informed-relevant-assessments", .exact)
          .measures("plan-reflects-other-assessments", .broader)
          .measures("iaow-sentence-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.3, Areas for improvement (b)",
            basis: .printedInWords,
            quote: "One-third of ISPs did not appear to be informed by relevant assessments")
        Question(
          "1.3.j",
          "Did the ISP contain outcome-focused objectives and sequence objectives and activities "
            + "logically?",
          themes: "LoR"
        )
        .measures("plan-isp-contain-outcome-focused-objectives-sequence", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "A similar percentage did not contain outcome focused objectives or attempt to "
            + "sequence objectives and activities logically")
        Question(
          "1.3.k",
          "Did the ISP include objectives designed to address the likelihood of reoffending?",
          themes: "LoR"
        )
        .measures("plan-addresses-lor", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Strengths (c)", basis: .printedFigure,
          quote: "Objectives designed to address the LoR were included in 84% of ISPs")
        Question("1.3.l", "Did the ISP include objectives to manage the RoH?", themes: "RoH")
          .measures("plan-isp-include-objectives-manage-roh", .exact)
          .measures("plan-interventions-reintegration-and-roh", .partOf)
          .measures("iaow-sentence-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.3, Strengths (c)", basis: .printedFigure,
            quote: "only 71% included objectives to manage the RoH")
        Question(
          "1.3.m",
          "Where child safeguarding concerns had been identified, did the ISP include objectives "
            + "to manage them?",
          themes: "RoH"
        )
        .measures("plan-child-safeguarding-concerns-identified-isp-include", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Objectives designed to manage child Safeguarding concerns were included in 41% "
            + "of ISPs where this had been identified as a factor")
        Question(
          "1.3.n", "Did the ISP detail the planned levels of contact with the offender?",
          themes: "CE"
        )
        .measures("plan-contact-levels", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "In 35%, the planned levels of contact with the offender were not detailed")
        Question(
          "1.3.o",
          "Were the roles and responsibilities of relevant others involved in the case clearly "
            + "defined in the ISP?"
        )
        .measures("plan-roles-defined", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.3, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "The roles and responsibilities of relevant others involved in the case were "
            + "clearly defined in 62% of ISPs")
        Question("1.3.p", "Was the plan shared with all relevant staff?")
          .measures("plan-plan-shared-all-relevant-staff", .exact)
          .measures("iaow-sentence-assessment-and-planning", .partOf)
          .from(
            hertfordshire, at: "General criterion 1.3, Areas for improvement (c)",
            basis: .printedFigure,
            quote: "The plan was shared with all relevant staff in 71% of cases")
        Question(
          "1.3.q",
          "In a PPO case, did the ISP require intensive levels of contact and interventions?",
          themes: "CE"
        )
        .measures("plan-ppo-isp-require-intensive-levels-contact", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .relevant(when: .attribute("ppo", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 1.3, Areas for improvement (d)",
          basis: .printedInWords,
          quote: "Of the 17 offenders who were identified as PPOs, less than half had ISPs "
            + "requiring intensive levels of contact and interventions")
      }
      .measures("crit-lor-assessment-and-planning", .exact)
      .from(
        hertfordshire, at: "General criterion 1.3", basis: .printedFigure,
        note: "Printed score 75%, comment MODERATE improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "1.4", "Assessment and planning for offender engagement",
        standard: "Individual diversity needs are taken fully into account at the earliest "
          + "opportunity. Plans are put in place to minimise the impact of potential obstacles to "
          + "engagement.",
        judgement: "improvement"
      ) {
        Question(
          "1.4.a",
          "Had the offender manager assessed the offender's motivation and capacity to change and "
            + "reflected it in planning?",
          themes: "LoR"
        )
        .measures("engage-manager-assessed-s-motivation-capacity-change", .exact)
        .measures("engage-learning-style-and-motivation", .partOf)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Strengths (a)", basis: .printedInWords,
          quote: "Offender managers had been able to assess the level of an offender's "
            + "motivation and capacity to change and to reflect this in their planning in "
            + "three-quarters of cases")
        Question(
          "1.4.b",
          "Was the offender actively and meaningfully involved in the sentence planning process?",
          themes: "LoR"
        )
        .measures("engage-actively-meaningfully-involved-sentence-planning-process", .exact)
        .measures("plan-participation", .broader)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "Only half of the offenders in the sample had been actively and meaningfully "
            + "involved in the sentence planning process")
        Question(
          "1.4.c",
          "Where diversity issues or other individual needs were identified, did planning "
            + "documents include actions to minimise the impact of discriminatory or "
            + "disadvantaging factors?"
        )
        .measures("engage-discrimination-plans", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Strengths (b)", basis: .printedFigure,
          quote: "Planning documents included actions to minimise the impact of "
            + "discriminatory/disadvantaging factors in 88% of cases where diversity issues or "
            + "other individual needs were identified")
        Question(
          "1.4.d",
          "Was sufficient attention given to the methods most likely to be effective with the "
            + "offender?",
          themes: "LoR"
        )
        .measures("engage-effective-methods", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Insufficient attention was given to the methods most likely to be effective "
            + "with individual offenders in 40% of cases")
        Question(
          "1.4.e",
          "Was it clear what contribution the offender had to make to achieve the sentence plan "
            + "objectives?"
        )
        .measures("engage-clear-what-contribution-make-achieve-sentence", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "In 42% of cases, it was not clear what contribution the offender had to make "
            + "to achieve the sentence plan objectives")
        Question(
          "1.4.f", "Was a Skills for Life screening carried out at the start of sentence?",
          themes: "LoR"
        )
        .measures("engage-literacy-screening", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Although a Skills for Life screening had been carried out at the start of "
            + "sentence in 61% of cases")
        Question(
          "1.4.g",
          "Where required, was a full diagnostic assessment of learning and skills needs "
            + "undertaken?",
          themes: "LoR"
        )
        .measures("engage-required-full-diagnostic-assessment-learning-skills", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "a full diagnostic assessment of learning and skills needs was undertaken in "
            + "only one-third of cases where required")
        Question(
          "1.4.h",
          "Were diversity issues, discriminatory or disadvantaging factors and other individual "
            + "needs assessed?"
        )
        .measures("engage-individual-needs-assessed", .exact)
        .measures("iaow-sentence-assessment-and-planning", .partOf)
        .from(
          hertfordshire, at: "General criterion 1.4, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "Diversity issues, discriminatory/disadvantaging factors and other individual "
            + "needs appeared only to have been assessed in 54% of cases")
      }
      .measures("crit-engagement-assessment", .exact)
      .from(
        hertfordshire, at: "General criterion 1.4", basis: .printedFigure,
        note: "Printed score 59%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
    }
    .measures("sec-assessment-and-planning", .exact)
    .from(
      hertfordshire, at: "Section 1; Summary", basis: .printedFigure,
      note: "Printed overall score 73% (Summary)."
    )
    .rule(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("2", "Implementation of interventions") {
      Criterion(
        "2.1", "Delivering the sentence plan (including the Punish element)",
        standard: "Interventions are delivered in line with the requirements of the sentence and "
          + "meet prescribed standards.",
        judgement: "improvement"
      ) {
        Question(
          "2.1.a",
          "In a community order or licence, was the offender offered a full and timely induction "
            + "following sentence or release?",
          themes: "CE"
        )
        .measures("comply-induction", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: !.attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (a)", basis: .printedFigure,
          quote: "82% of offenders had been offered a full and timely induction")
        Question(
          "2.1.b",
          "Were the expectations on the offender's behaviour, and their responsibilities and "
            + "rights, fully explained?",
          themes: "CE"
        )
        .measures("deliver-expectations-s-behaviour-responsibilities-rights-fully", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (a)", basis: .printedFigure,
          quote: "In 86%, expectations regarding their behaviour throughout the sentence, as "
            + "well as their responsibilities and rights, had been fully explained")
        Question(
          "2.1.c",
          "In a custody case, was the offender offered a full and timely induction following "
            + "sentence?",
          themes: "CE"
        )
        .measures("comply-induction", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (g)",
          basis: .printedFigure,
          quote: "In 7 of the 14 custody cases, there was no evidence that the offender had been "
            + "offered a full and timely induction following sentence")
        Question(
          "2.1.d",
          "In a custody case, did the offender manager contribute to sentence planning boards?"
        )
        .measures("deliver-custody-manager-contribute-sentence-planning-boards", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (b)", basis: .printedFigure,
          quote: "Offender managers contributed to sentence planning boards in 12 of the 14 "
            + "custody cases")
        Question(
          "2.1.e",
          "In a custody case, was the offender manager notified promptly when the offender was "
            + "transferred between establishments?"
        )
        .measures("deliver-prison-moves-notified", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (b)", basis: .printedFigure,
          quote: "The offender manager had been notified promptly about eight of the ten "
            + "offenders who had been transferred between custodial establishments")
        Question(
          "2.1.f",
          "In a custody case, were interventions delivered in custody to prepare the offender for "
            + "release?",
          themes: "LoR"
        )
        .measures("deliver-custody-interventions-delivered-custody-prepare-release", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (b)", basis: .printedFigure,
          quote: "In eight of the ten relevant cases, interventions had been delivered in "
            + "custody to prepare the offender for release")
        Question(
          "2.1.g", "Did the frequency of contact meet or exceed the national standard?",
          themes: "CE"
        )
        .measures("comply-contact-frequency", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (c)", basis: .printedFigure,
          quote: "The frequency of contact met or exceeded the national standard in 82% of cases")
        Question(
          "2.1.h", "Did the frequency of contact facilitate the requirements of the sentence?",
          themes: "CE"
        )
        .measures("comply-contact-facilitates-requirements", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (c)", basis: .printedFigure,
          quote: "facilitated the requirements of the sentence in 88%")
        Question(
          "2.1.i", "Did the frequency of contact take full account of the assessed RoH?",
          themes: "RoH"
        )
        .measures("comply-contact-meets-roh", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (c)", basis: .printedFigure,
          quote: "It took full account of the assessed level of RoH and LoR in 82% and 78% of "
            + "cases respectively")
        Question(
          "2.1.j",
          "Did the frequency of contact take full account of the assessed likelihood of "
            + "reoffending?",
          themes: "LoR"
        )
        .measures("deliver-frequency-contact-take-full-account-assessed", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (c)", basis: .printedFigure,
          quote: "It took full account of the assessed level of RoH and LoR in 82% and 78% of "
            + "cases respectively")
        Question(
          "2.1.k",
          "Did the frequency of contact promote the achievement of sentence plan objectives?"
        )
        .measures("deliver-frequency-contact-promote-achievement-sentence-plan", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (c)", basis: .printedFigure,
          quote: "promoted the achievement of sentence plan objectives in 74%")
        Question(
          "2.1.l",
          "Had interventions been delivered according to the requirements of the sentence?",
          themes: "CE"
        )
        .measures("deliver-requirements-implemented", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (d)", basis: .printedFigure,
          quote: "Interventions had been delivered according to the requirements of the sentence "
            + "in 80% of cases")
        Question(
          "2.1.m",
          "Were interventions delivered in line with the objectives of the sentence plan and "
            + "sequenced according to the RoH and likelihood of reoffending?",
          themes: "RoH", "LoR"
        )
        .measures("deliver-interventions-delivered-line-objectives-sentence-plan", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "In one-third of cases, interventions were not delivered in line with the "
            + "objectives defined in the sentence plan and were not sequenced according to the "
            + "RoH and LoR")
        Question(
          "2.1.n", "Were interventions delivered on time in relation to the RoH?",
          themes: "RoH"
        )
        .measures("deliver-interventions-delivered-time-relation-roh", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Interventions were delivered on time in relation to RoH and LoR in 67% and 70% "
            + "of cases")
        Question(
          "2.1.o",
          "Were interventions delivered on time in relation to the likelihood of reoffending?",
          themes: "LoR"
        )
        .measures("deliver-interventions-delivered-time-relation-likelihood-reoffending", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Interventions were delivered on time in relation to RoH and LoR in 67% and 70% "
            + "of cases")
        Question(
          "2.1.p",
          "Where a general offending behaviour programme was required, was the offender "
            + "instructed to start it within six weeks of sentence or release?",
          themes: "LoR"
        )
        .measures("deliver-general-offending-behaviour-programme-required-instructed", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(
          when: .attribute("accredited_programme", is: "yes")
            && !.attribute("case_type", is: "custody")
        )
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Nine offenders on community orders or licence were required to attend general "
            + "offending behaviour programmes. Only two had been instructed to start the "
            + "programme within six weeks of sentence or release")
        Question(
          "2.1.q",
          "Were appropriate resources allocated throughout the sentence to address the RoH?",
          themes: "RoH"
        )
        .measures("deliver-resources-match-roh", .exact)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (e)", basis: .printedFigure,
          quote: "Appropriate resources were allocated throughout the sentence to address the "
            + "RoH and LoR in 75% and 78% of cases respectively")
        Question(
          "2.1.r",
          "Were appropriate resources allocated throughout the sentence to address the likelihood "
            + "of reoffending?",
          themes: "LoR"
        )
        .measures("deliver-resources-match-lor", .exact)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (e)", basis: .printedFigure,
          quote: "Appropriate resources were allocated throughout the sentence to address the "
            + "RoH and LoR in 75% and 78% of cases respectively")
        Question("2.1.s", "Were resources commensurate with the purpose of the sentence?")
          .measures("deliver-resources-commensurate-purpose-sentence", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Strengths (e)", basis: .printedFigure,
            quote: "Resources were commensurate with the purpose of the sentence in 85% of cases "
              + "inspected")
        Question("2.1.t", "Did the resources meet relevant diversity needs?")
          .measures("deliver-resources-meet-relevant-diversity-needs", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Strengths (e)", basis: .printedFigure,
            quote: "met relevant diversity needs in 67%")
        Question(
          "2.1.u", "Did the offender manager coordinate the input of all workers in the case?"
        )
        .measures("deliver-coordination", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (f)", basis: .printedFigure,
          quote: "Offender managers had coordinated the input of all workers in the case in 81% "
            + "of cases")
        Question(
          "2.1.v",
          "Was the delivery of sentence plan objectives supported by good communication between "
            + "the offender manager and other workers?"
        )
        .measures("deliver-delivery-sentence-plan-objectives-supported-good", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (f)", basis: .printedFigure,
          quote: "in 76% we found evidence that the delivery of sentence plan objectives had "
            + "been supported by good communication between the offender manager and other "
            + "workers")
        Question(
          "2.1.w",
          "Did the offender manager monitor the offender's attendance across all interventions?",
          themes: "CE"
        )
        .measures("comply-attendance-monitored", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (g)", basis: .printedFigure,
          quote: "The offender's attendance across all interventions had been monitored by the "
            + "offender manager in 86% of cases")
        Question(
          "2.1.x",
          "Where necessary, was effective action taken to secure the offender's compliance?",
          themes: "CE"
        )
        .measures("comply-action-to-support-compliance", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (g)", basis: .printedFigure,
          quote: "Where necessary, effective action had been taken to secure the compliance of "
            + "the offender in 84%")
        Question(
          "2.1.y",
          "Were judgements about the acceptability of absences and other behaviour appropriate, "
            + "consistent and clearly recorded?",
          themes: "CE"
        )
        .measures("comply-absence-judgements", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (h)", basis: .printedFigure,
          quote: "Judgements about the acceptability of absences and other behaviour by the "
            + "offender were appropriate, consistent and clearly recorded in 83% or more of "
            + "cases")
        Question(
          "2.1.z", "Where breach action or recall was required, was it taken as appropriate?",
          themes: "CE"
        )
        .measures("deliver-breach-action-recall-required-taken-appropriate", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Where breach action or recall was required, it had been taken as appropriate "
            + "in 60% of cases")
        Question(
          "2.1.aa", "Was the breach action or recall instigated within the required timescale?",
          themes: "CE"
        )
        .measures("deliver-breach-action-recall-instigated-within-required", .exact)
        .measures("comply-breach-on-time", .broader)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "These actions had been instigated in line with the required timescale in 71% "
            + "of cases")
        Question(
          "2.1.ab", "Was the breach action or recall resolved within the required timescale?",
          themes: "CE"
        )
        .measures("deliver-breach-action-recall-resolved-within-required", .exact)
        .measures("comply-breach-resolved", .broader)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "and resolved in 66%")
        Question(
          "2.1.ac",
          "In an unpaid work case, was the placement matched to the offender, sufficiently "
            + "demanding and of benefit to the community?",
          themes: "CE"
        )
        .measures("comply-unpaid-work-benefit", .broader)
        .measures("comply-unpaid-work-placement", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("unpaid_work", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (i)", basis: .printedFigure,
          quote: "92% or more of placements had been matched to the offender, were sufficiently "
            + "demanding and of benefit to the community")
        Question(
          "2.1.ad",
          "In an unpaid work case, did the placement take account of the offender's assessed RoH?",
          themes: "RoH"
        )
        .measures("deliver-unpaid-work-placement-take-account-s", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("unpaid_work", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (i)", basis: .printedFigure,
          quote: "The offender's assessed level of RoH was taken into account in 91% of "
            + "placements")
        Question(
          "2.1.ae",
          "In an unpaid work case, where an opportunity arose, was the offender's development of "
            + "skills or educational attainment taken into account?",
          themes: "LoR"
        )
        .measures("deliver-unpaid-work-opportunity-arose-s-development", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("unpaid_work", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (i)", basis: .printedFigure,
          quote: "Where an opportunity arose to promote the offender's development of skills or "
            + "educational attainment, it was taken into account in 78% of cases in the sample")
        Question(
          "2.1.af", "Was the assessment of the likelihood of reoffending reviewed on time?",
          themes: "LoR"
        )
        .measures("deliver-assessment-likelihood-reoffending-reviewed-time", .exact)
        .measures("iaow-lor-assessment", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "Assessments of the LoR and RoH had been reviewed on time in 66% and 62% of "
            + "cases respectively")
        Question("2.1.ag", "Was the RoH assessment reviewed on time?", themes: "RoH")
          .measures("deliver-roh-assessment-reviewed-time", .exact)
          .measures("public-roh-reviewed-16-weekly", .partOf)
          .measures("iaow-roh-interventions", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Areas for improvement (d)",
            basis: .printedFigure,
            quote: "Assessments of the LoR and RoH had been reviewed on time in 66% and 62% of "
              + "cases respectively")
        Question(
          "2.1.ah",
          "Where a significant change in circumstances occurred, was the assessment updated?",
          themes: "RoH", "LoR"
        )
        .measures("deliver-significant-change-circumstances-occurred-assessment-updated", .exact)
        .measures("public-roh-reviewed-after-change", .broader)
        .measures("iaow-roh-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (d)",
          basis: .printedInWords,
          quote: "Where a significant change in circumstances had occurred, the assessment had "
            + "been updated in less than half of the relevant cases")
        Question("2.1.ai", "Was the sentence plan reviewed within the required timescale?")
          .measures("deliver-plan-reviewed-on-time", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Areas for improvement (e)",
            basis: .printedFigure,
            quote: "sentence plans had been reviewed in line with the required timescale in 76% of "
              + "cases")
        Question(
          "2.1.aj",
          "Were the review of the plan and the prioritisation of objectives informed by the "
            + "review of the likelihood of reoffending and RoH?",
          themes: "RoH", "LoR"
        )
        .measures("deliver-review-plan-prioritisation-objectives-informed-review", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (e)",
          basis: .printedInWords,
          quote: "The review of the plan and the prioritisation of objectives had been informed "
            + "by the review of the LoR and RoH in less than half of the cases we inspected")
        Question(
          "2.1.ak",
          "Following a change in the offender's circumstances, was the sentence plan updated?"
        )
        .measures("deliver-following-change-s-circumstances-sentence-plan", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (e)",
          basis: .printedFigure,
          quote: "In 53% of the relevant cases, the sentence plan had not been updated following "
            + "a change in the offender's circumstances")
        Question("2.1.al", "Did the offender participate in the sentence plan review?")
          .measures("deliver-participate-sentence-plan-review", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Areas for improvement (e)",
            basis: .printedFigure,
            quote: "Only 46% of offenders had participated in the sentence plan review process")
        Question(
          "2.1.am",
          "In a transferred case, did the receiving area or unit receive up-to-date assessments "
            + "and sentence planning documents?"
        )
        .measures("deliver-transfer-documents", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("transferred", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (j)", basis: .printedFigure,
          quote: "Twenty cases in the inspection had been transferred between local delivery "
            + "units or into Hertfordshire. The receiving area or local delivery unit had "
            + "received up-to-date assessments and sentence planning documents in 17 cases")
        Question(
          "2.1.an",
          "In a transferred case, was an appointment made to see the offender within five days of "
            + "notification of the change of address?",
          themes: "CE"
        )
        .measures("deliver-transfer-appointment-timely", .broader)
        .measures("deliver-transfer-appointment-five-days", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("transferred", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (j)", basis: .printedFigure,
          quote: "In 73% of cases, an appointment was made to see the offender in the new area "
            + "within five days of notification of their change of address")
        Question(
          "2.1.ao",
          "Where a medium or high RoH offender transferred in, did the transferring area provide "
            + "an up-to-date risk management plan?",
          themes: "RoH"
        )
        .measures("deliver-medium-high-roh-transferred-transferring-area", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(
          when: .attribute("transferred", is: "yes")
            && .attribute("roh", is: "medium", "high", "very high")
        )
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "an up to date risk management plan was provided by the transferring area in 10 "
            + "out of 17 relevant cases")
        Question(
          "2.1.ap",
          "Where a medium or high RoH offender transferred in, was the risk management plan "
            + "promptly updated by the new area or unit?",
          themes: "RoH"
        )
        .measures("deliver-medium-high-roh-transferred-risk-management", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(
          when: .attribute("transferred", is: "yes")
            && .attribute("roh", is: "medium", "high", "very high")
        )
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (f)",
          basis: .printedInWords,
          quote: "Fewer than half were promptly updated by the new area or local delivery unit")
        Question(
          "2.1.aq",
          "Where a high RoH offender in the community transferred in, was a home visit made "
            + "within ten days of notification of the change of address?",
          themes: "RoH"
        )
        .measures("deliver-high-roh-community-transferred-home-visit", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(
          when: .attribute("transferred", is: "yes")
            && .attribute("roh", is: "high", "very high")
        )
        .from(
          hertfordshire, at: "General criterion 2.1, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "Only two of the five high RoH offenders who were in the community received a "
            + "home visit within ten days of notification of their change of address")
        Question("2.1.ar", "Was the file well organised?")
          .measures("records-well-organised", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Strengths (k)", basis: .printedFigure,
            quote: "The files made available for the inspection were well organised in 72% of "
              + "cases")
        Question(
          "2.1.as",
          "Was information clearly recorded, in an appropriate timescale, and did it reflect the "
            + "work carried out?"
        )
        .measures("records-timely-and-clear", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.1, Strengths (k)", basis: .printedInWords,
          quote: "In a similar number, information was clearly recorded; in an appropriate "
            + "timescale; and reflected the work carried out")
        Question("2.1.at", "Was all relevant documentation present in the case record?")
          .measures("deliver-all-relevant-documentation-present-record", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.1, Areas for improvement (h)",
            basis: .printedFigure,
            quote: "Relevant documentation was missing in 42% of case records")
      }
      .measures("crit-delivering-plan-and-compliance", .exact)
      .from(
        hertfordshire, at: "General criterion 2.1", basis: .printedFigure,
        note: "Printed score 71%, comment MODERATE improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "2.2", "Delivering restrictive interventions (the Control element of the sentence plan)",
        standard: "All reasonable action is taken to keep to a minimum the individual's RoH.",
        judgement: "improvement"
      ) {
        Question(
          "2.2.a", "In a MAPPA case, did probation staff contribute effectively to MAPPA?",
          themes: "RoH"
        )
        .measures("public-mappa-contribution", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
          quote: "Probation staff had contributed effectively to MAPPA in 77% of cases")
        Question(
          "2.2.b", "In a MAPPA case, was the input of other agencies effective?",
          themes: "RoH"
        )
        .measures("public-mappa-input-other-agencies-effective", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
          quote: "the input of other agencies had been effective in 74% of cases")
        Question(
          "2.2.c",
          "Where the RoH to children was managed within multi-agency child safeguarding "
            + "procedures, did the offender manager and other relevant staff contribute "
            + "appropriately?",
          themes: "RoH"
        )
        .measures("public-roh-children-managed-within-multi-agency", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
          quote: "offender managers and other relevant staff had made an appropriate "
            + "contribution in 73% of cases")
        Question(
          "2.2.d", "In a licence case, were restrictive requirements monitored fully?",
          themes: "RoH"
        )
        .measures("public-restrictive-monitored", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (b)", basis: .printedFigure,
          quote: "For offenders released on licence, restrictive requirements were monitored "
            + "fully in 73% of relevant cases")
        Question(
          "2.2.e",
          "Was appropriate priority given to victim safety by the offender manager and other "
            + "workers?",
          themes: "RoH"
        )
        .measures("victims-safety-prioritised", .exact)
        .measures("iaow-victims-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "Appropriate priority was accorded to victim safety by the offender manager and "
            + "other workers in only 47% of relevant cases")
        Question(
          "2.2.f", "Were multi-agency child safeguarding procedures effective?",
          themes: "RoH"
        )
        .measures("public-multi-agency-child-safeguarding-procedures-effective", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (c)", basis: .printedFigure,
          quote: "Multi-agency child Safeguarding procedures were seen to be effective in 69% of "
            + "cases")
        Question(
          "2.2.g",
          "Were decisions taken within multi-agency child safeguarding procedures followed "
            + "through and acted upon?",
          themes: "RoH"
        )
        .measures("public-decisions-taken-within-multi-agency-child", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (c)", basis: .printedFigure,
          quote: "Decisions taken were followed through and acted upon in 71% of cases")
        Question(
          "2.2.h",
          "Were decisions taken within multi-agency child safeguarding procedures clearly "
            + "recorded?",
          themes: "RoH"
        )
        .measures("public-decisions-taken-within-multi-agency-child-2", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Decisions taken within multi-agency child Safeguarding procedures were clearly "
            + "recorded in 60% of relevant cases")
        Question(
          "2.2.i",
          "Were decisions taken within multi-agency child safeguarding procedures reviewed "
            + "appropriately?",
          themes: "RoH"
        )
        .measures("public-decisions-taken-within-multi-agency-child-3", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "and reviewed appropriately in 61%")
        Question(
          "2.2.j",
          "In a MAPPA case, were the decisions taken by MAPPA clearly recorded, followed through, "
            + "acted upon and reviewed appropriately?",
          themes: "RoH"
        )
        .measures("public-mappa-decisions-taken-mappa-clearly-recorded", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "The decisions taken by MAPPA were clearly recorded, followed through and acted "
            + "upon and reviewed appropriately in 16 out of 23 cases")
        Question(
          "2.2.k",
          "In a statutory victim contact case, was an offer of a face-to-face meeting between the "
            + "victim and the victim liaison officer made?",
          themes: "RoH"
        )
        .measures("victims-contact-offered", .exact)
        .measures("iaow-victim-contact", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (d)", basis: .printedFigure,
          quote: "an offer of a face-to-face meeting between the victim and the VLO was made in "
            + "14 of the 19 identified cases")
        Question(
          "2.2.l",
          "In a statutory victim contact case, was the offer made within 40 days of sentence?",
          themes: "RoH"
        )
        .measures("victims-contact-within-40-days", .exact)
        .measures("iaow-victim-contact", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (d)", basis: .printedFigure,
          quote: "However, this offer was not made within 40 days of sentence in seven cases")
        Question(
          "2.2.m",
          "In a statutory victim contact case, was the victim given the opportunity to comment on "
            + "proposed licence conditions, to see the appropriate part of reports and kept "
            + "informed of relevant conditions of release?",
          themes: "RoH"
        )
        .measures("victims-release-conditions-view", .broader)
        .measures("victims-kept-informed-on-release", .exact)
        .measures("iaow-victim-contact", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (d)", basis: .printedInWords,
          quote: "In all relevant cases, victims were given the opportunity to comment on "
            + "proposed licence conditions")
        Question(
          "2.2.n",
          "In a statutory victim contact case, was the victim informed of relevant events during "
            + "the offender's sentence?",
          themes: "RoH"
        )
        .measures("public-statutory-victim-contact-victim-informed-relevant", .exact)
        .measures("iaow-victim-contact", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (d)", basis: .printedInWords,
          quote: "In two out of three cases, they were informed of relevant events during the "
            + "offender's sentence")
        Question(
          "2.2.o",
          "Where victim contact proceeded, did the offender manager exchange information with "
            + "prison staff appropriately?",
          themes: "RoH"
        )
        .measures("public-victim-contact-proceeded-manager-exchange-information", .exact)
        .measures("iaow-victim-contact", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "the offender manager appropriately exchanged information with prison staff in "
            + "five cases of the six cases where victim contact proceeded")
        Question(
          "2.2.p",
          "Where victim contact proceeded, was there regular and accurate information exchange "
            + "between the offender manager and the victim liaison officer?",
          themes: "RoH"
        )
        .measures("public-victim-contact-proceeded-regular-accurate-information", .exact)
        .measures("iaow-victim-contact", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "there was regular and accurate information exchange between the offender "
            + "manager and the VLO. in only four")
        Question(
          "2.2.q", "Where required, was an initial and purposeful home visit carried out?",
          themes: "RoH"
        )
        .measures("public-required-initial-purposeful-home-visit-carried", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (f)", basis: .printedFigure,
          quote: "An initial and purposeful home visit was carried out in 82% of cases where "
            + "this was required")
        Question(
          "2.2.r",
          "Where identified as necessary, were home visits undertaken as part of ongoing "
            + "monitoring of child safeguarding concerns?",
          themes: "RoH"
        )
        .measures("public-home-visits-children", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (f)", basis: .printedFigure,
          quote: "Home visits were undertaken as part of ongoing monitoring of child "
            + "Safeguarding concerns in all the six cases where it had been identified as "
            + "necessary")
        Question(
          "2.2.s", "In a child safeguarding case, was an initial home visit made?",
          themes: "RoH"
        )
        .measures("public-child-safeguarding-initial-home-visit-made", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (g)",
          basis: .printedFigure,
          quote: "An initial home visit had been made in only 9 out of 27 child safeguarding "
            + "cases")
        Question(
          "2.2.t",
          "In a case not classified as high RoSH, was an initial home visit made where it was "
            + "appropriate to minimise the RoH?",
          themes: "RoH"
        )
        .measures("public-classified-high-rosh-initial-home-visit", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: !.attribute("roh", is: "high", "very high"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (g)",
          basis: .printedFigure,
          quote: "in 16 out of 39 cases where we considered such action appropriate to minimise "
            + "the RoH, even though the offender had not been classified as high RoSH")
        Question(
          "2.2.u",
          "For an approved premises resident, were the approved premises used effectively as a "
            + "restrictive intervention to manage the RoH?",
          themes: "RoH"
        )
        .measures("public-approved-premises-effective", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Strengths (g)", basis: .printedFigure,
          quote: "In five out of six applicable cases, approved premises were used effectively "
            + "as a restrictive intervention to manage RoH")
        Question(
          "2.2.v", "Were potential and actual changes in the RoH anticipated?",
          themes: "RoH"
        )
        .measures("public-roh-changes-anticipated", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Potential and actual changes in the RoH were not anticipated in 42% of cases")
        Question(
          "2.2.w", "Were changes in the RoH that occurred identified swiftly?",
          themes: "RoH"
        )
        .measures("public-roh-changes-identified-and-acted-on", .partOf)
        .measures("public-roh-changes-identified", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "in 39%, changes that occurred were not identified swiftly")
        Question("2.2.x", "Were changes in the RoH acted upon appropriately?", themes: "RoH")
          .measures("public-roh-changes-identified-and-acted-on", .partOf)
          .measures("public-roh-changes-acted-on", .exact)
          .measures("iaow-roh-interventions", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.2, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "These changes were acted upon appropriately in 46% of cases")
        Question(
          "2.2.y",
          "In a community order where the RoH increased, was breach action undertaken promptly?",
          themes: "RoH", "CE"
        )
        .measures("public-community-order-roh-increased-breach-action", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
          basis: .printedFigure,
          quote: "Where an offender's RoH increased, breach action was undertaken promptly in 11 "
            + "out of 18 relevant community orders (61%)")
        Question("2.2.z", "Was the breached offender given a clear explanation?", themes: "CE")
          .measures("public-breached-given-clear-explanation", .exact)
          .measures("iaow-roh-interventions", .partOf)
          .relevant(when: .attribute("case_type", is: "community"))
          .from(
            hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
            basis: .printedFigure,
            quote: "Clear explanations were given to 12 of the breached offenders")
        Question(
          "2.2.aa", "Were efforts made to re-engage the breached offender with the sentence plan?",
          themes: "CE"
        )
        .measures("public-efforts-made-re-engage-breached-sentence", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
          basis: .printedFigure,
          quote: "in ten cases, efforts were made to re-engage them with the sentence plan")
        Question(
          "2.2.ab",
          "In a licence case where recall was necessary on the grounds of increased RoH, was the "
            + "recall action taken promptly?",
          themes: "RoH", "CE"
        )
        .measures("public-licence-recall-necessary-grounds-increased-roh", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
          basis: .printedFigure,
          quote: "We also inspected five cases where recall to prison was necessary on the "
            + "grounds of increased RoH. This action had been taken promptly in three cases")
        Question(
          "2.2.ac", "Was the recalled offender given a clear explanation of the reason for recall?",
          themes: "CE"
        )
        .measures("public-recall-explained", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (h)",
          basis: .printedFigure,
          quote: "The three offenders who were recalled were all given clear explanations")
        Question("2.2.ad", "In a PPO case, was there evidence of enhanced contact?", themes: "CE")
          .measures("public-ppo-evidence-enhanced-contact", .exact)
          .measures("public-ppo-enhanced-contact", .partOf)
          .measures("iaow-roh-interventions", .partOf)
          .relevant(when: .attribute("ppo", is: "yes"))
          .from(
            hertfordshire, at: "General criterion 2.2, Areas for improvement (d)",
            basis: .printedFigure,
            quote: "There was evidence of enhanced contact with PPOs in only 8 out of 17 "
              + "identified cases")
        Question(
          "2.2.ae",
          "In a PPO case, was the offender subject to appropriate restrictive interventions?",
          themes: "RoH"
        )
        .measures("public-ppo-subject-appropriate-restrictive-interventions", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("ppo", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "Nine of these offenders were subject to appropriate restrictive interventions")
        Question(
          "2.2.af", "In a community sentence, were restrictive requirements monitored fully?",
          themes: "RoH"
        )
        .measures("public-restrictive-monitored", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (e)",
          basis: .printedFigure,
          quote: "Restrictive requirements in community sentences were monitored fully in four "
            + "out of seven cases")
        Question(
          "2.2.ag",
          "In a high RoSH case, was there effective management oversight of the quality of work?",
          themes: "RoH"
        )
        .measures("public-high-rosh-effective-management-oversight-quality", .exact)
        .measures("roh-management-involvement-high", .narrower)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("roh", is: "high", "very high"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (i)",
          basis: .printedFigure,
          quote: "In the first category (RoSH) there was effective oversight in 50% of cases")
        Question(
          "2.2.ah",
          "In a child safeguarding case, was there effective management oversight of the quality "
            + "of work?",
          themes: "RoH"
        )
        .measures("public-child-safeguarding-effective-management-oversight-quality", .exact)
        .measures("iaow-roh-interventions", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.2, Areas for improvement (i)",
          basis: .printedFigure,
          quote: "In respect of children's safety, the proportions were 26%, 26% and 49% "
            + "respectively")
      }
      .measures("crit-restrictive", .exact)
      .from(
        hertfordshire, at: "General criterion 2.2", basis: .printedFigure,
        note: "Printed score 61%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "2.3", "Delivering constructive interventions (the Help and Change elements)",
        standard: "Interventions are delivered that address criminogenic needs and the reduction "
          + "of LoR.",
        judgement: "improvement"
      ) {
        Question(
          "2.3.a",
          "After sentence, were the supportive and protective factors in the offender's life "
            + "identified?",
          themes: "LoR"
        )
        .measures("lor-positive-influences-identified", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Strengths (a)", basis: .printedFigure,
          quote: "After sentence, offender managers identified supportive and protective factors "
            + "in the life of 77% of offenders where they were present")
        Question(
          "2.3.b",
          "Where relevant, was the offender sufficiently supported in retaining or developing "
            + "community ties and relationships throughout the sentence?",
          themes: "LoR"
        )
        .measures("help-relevant-sufficiently-supported-retaining-developing-community", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Strengths (a)", basis: .printedFigure,
          quote: "In 71% of relevant cases they ensured that the offender was sufficiently "
            + "supported in retaining or developing community ties and relationships throughout "
            + "the sentence")
        Question(
          "2.3.c",
          "Were arrangements in place to prepare the offender thoroughly for interventions?",
          themes: "LoR"
        )
        .measures("deliver-prepare-for-interventions", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Strengths (b)", basis: .printedFigure,
          quote: "Arrangements were in place to prepare offenders thoroughly for interventions "
            + "in 71% of cases")
        Question(
          "2.3.d",
          "In a custody case, was immediate action taken to identify and preserve employment, "
            + "housing and family ties?",
          themes: "LoR"
        )
        .measures("help-preserve-ties-on-custody", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Immediate action had been taken to identify and preserve employment, housing "
            + "and family ties on six of nine cases sentenced to custody")
        Question(
          "2.3.e",
          "Where needed, were sufficient information, advice and guidance provided to address "
            + "learning or skills development?",
          themes: "LoR"
        )
        .measures("help-needed-sufficient-information-advice-guidance-provided", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Sufficient information, advice and guidance were provided to 55% of the "
            + "offenders who needed it")
        Question(
          "2.3.f",
          "Where a learning need was identified, were arrangements made for an appropriate "
            + "intervention?",
          themes: "LoR"
        )
        .measures("help-skills-intervention-arranged", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "arrangements for an appropriate intervention to be delivered were made in 52% "
            + "of cases")
        Question(
          "2.3.g",
          "Where a learning need was identified, was an appropriate intervention delivered?",
          themes: "LoR"
        )
        .measures("help-learning-need-identified-appropriate-intervention-delivered", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "actually delivered in 32% of cases")
        Question(
          "2.3.h",
          "Was sufficient work directed at overcoming practical obstacles to community "
            + "integration and at promoting and achieving key life skills?",
          themes: "LoR"
        )
        .measures("help-sufficient-work-directed-overcoming-practical-obstacles", .exact)
        .measures("help-community-reintegration-work", .broader)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (c)",
          basis: .printedInWords,
          quote: "There was insufficient work directed at overcoming practical obstacles to "
            + "community integration and promoting and achieving key life skills in one-third "
            + "of cases in the sample")
        Question(
          "2.3.i",
          "In a community case, was the offender encouraged and challenged to take responsibility "
            + "for their actions and decisions related to offending?",
          themes: "LoR"
        )
        .measures("help-accept-responsibility", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .relevant(when: !.attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (e)",
          basis: .printedFigure,
          quote: "Such work had taken place in only 62% of cases in the community")
        Question(
          "2.3.j",
          "In a custody case, was the offender encouraged and challenged to take responsibility "
            + "for their actions and decisions related to offending?",
          themes: "LoR"
        )
        .measures("help-accept-responsibility", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (e)",
          basis: .printedFigure,
          quote: "and in 10 out of 14 custody cases")
        Question("2.3.k", "Where required, was victim awareness work undertaken?", themes: "LoR")
          .measures("victims-awareness-work", .exact)
          .measures("iaow-lor-interventions", .partOf)
          .measures("iaow-victims-interventions", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.3, Areas for improvement (e)",
            basis: .printedInWords,
            quote: "In half of the cases in the sample, there was no evidence of victim awareness "
              + "work being undertaken where it was required")
        Question(
          "2.3.l", "Were arrangements put in place to reinforce new learning or skills?",
          themes: "LoR"
        )
        .measures("help-reinforce-learning", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "Arrangements were put in place to reinforce new learning and/or skills with "
            + "51% of offenders")
        Question(
          "2.3.m", "For an approved premises resident, were appropriate interventions delivered?",
          themes: "LoR"
        )
        .measures("help-approved-premises-interventions", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (g)",
          basis: .printedFigure,
          quote: "Appropriate interventions were delivered to four out of the six offenders who "
            + "were in approved premises")
        Question(
          "2.3.n",
          "For an approved premises resident, did the interventions feature in the sentence plan?"
        )
        .measures("help-approved-premises-in-plan", .exact)
        .measures("iaow-lor-interventions", .partOf)
        .relevant(when: .attribute("approved_premises", is: "yes") && .answer("2.3.m", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.3, Areas for improvement (g)",
          basis: .printedFigure,
          quote: "In three of these cases, the interventions featured in the sentence plan")
      }
      .measures("crit-constructive", .exact)
      .from(
        hertfordshire, at: "General criterion 2.3", basis: .printedFigure,
        note: "Printed score 63%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "2.4", "Managing diversity and maximising offender engagement",
        standard: "The management of offenders' diversity needs facilitates effective engagement "
          + "with the sentence.",
        judgement: "improvement"
      ) {
        Question(
          "2.4.a",
          "Did the arrangements for interventions take account of the offender's diversity needs?"
        )
        .measures("diversity-needs-in-interventions", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (a)", basis: .printedFigure,
          quote: "the arrangements for interventions took account of the offenders' needs in 72%")
        Question(
          "2.4.b",
          "Did the offender manager demonstrate commitment to their work with the offender, "
            + "motivating and supporting them throughout the sentence?",
          themes: "CE"
        )
        .measures("motivation-and-support", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
          quote: "In 76% of cases we inspected, the offender manager had demonstrated commitment "
            + "to their work with the offender")
        Question(
          "2.4.c",
          "Where the offender was identified as vulnerable, were arrangements put in place to "
            + "support and, where possible, protect them?"
        )
        .measures("engage-identified-vulnerable-arrangements-put-place-support", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (c)", basis: .printedFigure,
          quote: "Where the offender was identified as vulnerable to some degree, arrangements "
            + "were put in place to support, and where possible, protect them, in 70% of cases")
        Question("2.4.d", "Did the case contain a recorded assessment of diversity needs?")
          .measures("engage-contain-recorded-assessment-diversity-needs", .exact)
          .measures("iaow-sentence-delivery-and-engagement", .partOf)
          .from(
            hertfordshire, at: "General criterion 2.4, Strengths (a)", basis: .printedFigure,
            quote: "only 54% of cases contained a recorded assessment of diversity needs")
        Question(
          "2.4.e",
          "Was there a positive and productive working relationship between the offender and the "
            + "offender manager?"
        )
        .measures("engage-positive-productive-working-relationship-between-manager", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
          quote: "we saw evidence of positive and productive working relationships between "
            + "offenders and their offender managers in 74% of cases")
        Question(
          "2.4.f",
          "Was there a positive and productive working relationship between the offender and "
            + "other workers?"
        )
        .measures("engage-positive-productive-working-relationship-between-other", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
          quote: "and with other workers in 82%")
        Question(
          "2.4.g", "Was progress made by the offender reinforced by the offender manager?",
          themes: "LoR"
        )
        .measures("engage-progress-made-reinforced-manager", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
          quote: "Progress made by the offender during their sentence was reinforced by the "
            + "offender manager in 66% of cases")
        Question(
          "2.4.h", "Was progress made by the offender reinforced by other workers?",
          themes: "LoR"
        )
        .measures("engage-progress-made-reinforced-other-workers", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
          quote: "and by other workers in 73%")
        Question(
          "2.4.i",
          "Where diversity issues were identified, did the offender manager ensure that staff "
            + "were aware of the offender's needs?"
        )
        .measures("engage-diversity-issues-identified-manager-ensure-staff", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Where diversity issues had been identified, the offender manager ensured that "
            + "staff were aware of the offender's needs in 67% of cases")
        Question(
          "2.4.j",
          "For an approved premises resident, did the regime meet the resident's diverse needs?"
        )
        .measures("diversity-approved-premises-needs-met", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 2.4, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "In four of the six cases where the offender was resident in approved premises, "
            + "the regime met the diverse needs of the individual")
        Question(
          "2.4.k",
          "Were concerns about the offender's vulnerability shared with all workers involved?"
        )
        .measures("engage-concerns-about-s-vulnerability-shared-all", .exact)
        .measures("iaow-sentence-delivery-and-engagement", .partOf)
        .from(
          hertfordshire, at: "General criterion 2.4, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Concerns about offender vulnerability were not shared with all workers "
            + "involved in 41% of cases")
      }
      .measures("crit-diversity-and-engagement", .exact)
      .from(
        hertfordshire, at: "General criterion 2.4", basis: .printedFigure,
        note: "Printed score 74%, comment MINIMUM improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
    }
    .measures("sec-interventions", .exact)
    .from(
      hertfordshire, at: "Section 2; Summary", basis: .printedFigure,
      note: "Printed overall score 69% (Summary)."
    )
    .rule(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("3", "Achieving and sustaining planned outcomes") {
      Criterion(
        "3.1", "Achievement of initial outcomes (including the Punish element)",
        standard: "Offender managers adhere to the prescribed standards for requiring, promoting, "
          + "and where necessary enforcing the order or licence.",
        judgement: "improvement"
      ) {
        Question(
          "3.1.a", "Had the sentence been delivered as intended by the sentencing court?",
          themes: "CE"
        )
        .measures("outcomes-sentence-delivered-intended-sentencing-court", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (a)", basis: .printedFigure,
          quote: "In 79% of cases, the sentence had been delivered as intended by the sentencing "
            + "court")
        Question(
          "3.1.b", "Had every effort been made to promote the compliance of the offender?",
          themes: "CE"
        )
        .measures("outcomes-every-effort-made-promote-compliance", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (a)", basis: .printedFigure,
          quote: "Every effort had been made to promote the compliance of the offender in 81% of "
            + "our sample")
        Question(
          "3.1.c", "Where enforcement action was required, was it undertaken effectively?",
          themes: "CE"
        )
        .measures("outcomes-enforcement-action-required-undertaken-effectively", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (a)", basis: .printedFigure,
          quote: "Where enforcement action was required, it was undertaken effectively in 79% of "
            + "cases")
        Question(
          "3.1.d", "Had the offender abided by the requirements of the sentence?",
          themes: "CE"
        )
        .measures("comply-requirements-complied", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "36% of offenders had not abided by the requirements of the sentence")
        Question(
          "3.1.e", "Has the offender avoided conviction for an offence since sentence?",
          themes: "LoR"
        )
        .measures("outcome-no-further-offence", .partOf)
        .measures("outcome-no-reconviction", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
          quote: "and 24% (30) convicted of, an offence")
        Question(
          "3.1.f", "Has the offender avoided a caution for an offence since sentence?",
          themes: "LoR"
        )
        .measures("outcomes-avoided-caution-offence-since-sentence", .exact)
        .measures("outcome-no-further-offence", .partOf)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
          quote: "Since being sentenced, 2% of the sample (three) had been cautioned for")
        Question(
          "3.1.g",
          "Where the offender was not a first offender, had the frequency of offending reduced?",
          themes: "LoR"
        )
        .measures("outcome-frequency-reduced", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
          quote: "The frequency and seriousness of offending of those cases who were not first "
            + "offenders appeared to have reduced in 42% and 35% respectively")
        Question(
          "3.1.h",
          "Where the offender was not a first offender, had the seriousness of offending reduced?",
          themes: "LoR"
        )
        .measures("outcome-seriousness-reduced", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
          quote: "The frequency and seriousness of offending of those cases who were not first "
            + "offenders appeared to have reduced in 42% and 35% respectively")
        Question("3.1.i", "Had the sentence plan objectives been achieved, fully or partially?")
          .measures("outcomes-sentence-plan-objectives-achieved-fully-partially", .exact)
          .measures("iaow-initial-outcomes", .partOf)
          .from(
            hertfordshire, at: "General criterion 3.1, Areas for improvement (a)",
            basis: .printedInWords,
            quote: "in a similar percentage of the sample, the sentence plan objectives had not "
              + "been achieved")
        Question("3.1.j", "Had the sentence plan objectives been fully achieved?")
          .measures("outcomes-sentence-plan-objectives-fully-achieved", .exact)
          .measures("outcomes-sentence-plan-objectives-achieved-fully-partially", .broader)
          .measures("iaow-initial-outcomes", .partOf)
          .from(
            hertfordshire, at: "General criterion 3.1, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "The objectives had been fully achieved in 14%")
        Question(
          "3.1.k",
          "Where the case was terminated early for good progress, was the termination appropriate?"
        )
        .measures("outcomes-terminated-early-good-progress-termination-appropriate", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Only four cases had been terminated early for good progress; one of these "
            + "terminations was not appropriate")
        Question(
          "3.1.l",
          "Where there had been a change of offender manager, was the delivery of the sentence "
            + "plan maintained?"
        )
        .measures("outcome-om-changes-no-harm", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "The delivery of the sentence plan had not been maintained in 26% of cases "
            + "where there had been a change of offender manager")
        Question(
          "3.1.m",
          "Did the delivery of offender management support the achievement of planned outcomes?"
        )
        .measures("outcomes-delivery-management-support-achievement-planned-outcomes", .exact)
        .measures("iaow-initial-outcomes", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "The delivery of offender management supported the achievement of planned "
            + "outcomes in 64% of cases")
      }
      .measures("crit-initial-outcomes", .exact)
      .from(
        hertfordshire, at: "General criterion 3.1", basis: .printedFigure,
        note: "Printed score 61%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "3.2", "Minimising Risk of Harm to others (the Control objective)",
        standard: "All reasonable action has been taken to keep to a minimum the individual's RoH.",
        judgement: "improvement"
      ) {
        Question(
          "3.2.a", "Had all reasonable action been taken to keep to a minimum the RoH?",
          themes: "RoH"
        )
        .measures("public-all-reasonable-action", .exact)
        .measures("iaow-roh-minimised", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.2, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "In one-third of cases, all reasonable action had not been taken to keep to a "
            + "minimum the RoH")
        Question(
          "3.2.b",
          "In a MAPPA case, had multi-agency work through MAPPA contributed effectively to the "
            + "management of the RoH?",
          themes: "RoH"
        )
        .measures("public-mappa-effective", .exact)
        .measures("iaow-roh-minimised", .partOf)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 3.2, Strengths (a)", basis: .printedFigure,
          quote: "Multi-agency work through MAPPA had contributed effectively to the management "
            + "of RoH in 71% of cases")
        Question(
          "3.2.c",
          "For an approved premises resident, had the level of restriction imposed contributed to "
            + "the management of the RoH?",
          themes: "RoH"
        )
        .measures("outcomes-approved-premises-resident-level-restriction-imposed", .exact)
        .measures("iaow-roh-minimised", .partOf)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 3.2, Strengths (b)", basis: .printedInWords,
          quote: "The level of restriction imposed in approved premises had contributed to the "
            + "management of RoH in all relevant cases")
        Question(
          "3.2.d",
          "In a domestic abuse case, was it known whether there had been police callouts in "
            + "relation to the offender?",
          themes: "RoH"
        )
        .measures("public-domestic-abuse-police-information", .exact)
        .measures("iaow-roh-minimised", .partOf)
        .relevant(when: .attribute("domestic_abuse", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 3.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "this left a further 18 domestic abuse cases where it was not known whether "
            + "there had been any police callouts in relation to the offender")
        Question(
          "3.2.e",
          "Where child safeguarding concerns had been identified, had multi-agency work "
            + "contributed effectively to the management of the RoH?",
          themes: "RoH"
        )
        .measures("outcomes-child-safeguarding-concerns-identified-multi-agency", .exact)
        .measures("iaow-roh-minimised", .partOf)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          hertfordshire, at: "General criterion 3.2, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "Where child Safeguarding concerns had been identified, multi-agency work had "
            + "contributed effectively to the management of RoH in half of the cases in the "
            + "inspection")
        Question(
          "3.2.f",
          "Was there evidence of a reduced threat to victims or potential victims from the "
            + "offender?",
          themes: "RoH"
        )
        .measures("victims-threat-reduced", .exact)
        .measures("iaow-victims-harm-minimised", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.2, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "There was evidence of a reduced threat to victims or potential victims from "
            + "the offender in 29% of cases")
        Question(
          "3.2.g",
          "Did the offender demonstrate an increased awareness of the impact of their offending "
            + "on the victim?",
          themes: "RoH"
        )
        .measures("victims-awareness-improved", .exact)
        .measures("iaow-victims-harm-minimised", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.2, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Only 27% of offenders demonstrated an increased awareness of the impact of "
            + "their offending on the victim")
      }
      .measures("crit-minimising-roh", .exact)
      .from(
        hertfordshire, at: "General criterion 3.2", basis: .printedFigure,
        note: "Printed score 46%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
      Criterion(
        "3.3", "Reducing Likelihood of Reoffending (the Help and Change objectives)",
        standard: "There is a measurable reduction in the LoR and/or the achievement of other "
          + "positive outcomes that are known to promote the reduction of LoR.",
        judgement: "improvement"
      ) {
        Question(
          "3.3.a", "Was there evidence of positive change in the offender's lifestyle?",
          themes: "LoR"
        )
        .measures("outcomes-evidence-positive-change-s-lifestyle", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Strengths (a)", basis: .printedFigure,
          quote: "There was evidence of positive change in the offender's lifestyle in 42% of "
            + "the cases inspected")
        Question(
          "3.3.b", "Was there a positive demonstrable change in the offender's attitude?",
          themes: "LoR"
        )
        .measures("outcome-attitude-changed", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Strengths (a)", basis: .printedFigure,
          quote: "There was a positive demonstrable change in the offender's attitude and "
            + "behaviour in 35% and 45% of cases")
        Question(
          "3.3.c",
          "Had the offender made progress in relation to the factor most closely linked to their "
            + "offending?",
          themes: "LoR"
        )
        .measures("outcome-priority-factor-progress", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .printedFigure,
          quote: "48% of offenders had made some or substantial progress")
        Question(
          "3.3.d", "Was there a positive demonstrable change in the offender's behaviour?",
          themes: "LoR"
        )
        .measures("outcome-behaviour-changed", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Strengths (a)", basis: .printedFigure,
          quote: "There was a positive demonstrable change in the offender's attitude and "
            + "behaviour in 35% and 45% of cases")
        Question(
          "3.3.e", "Had the offender made progress against the second priority factor?",
          themes: "LoR"
        )
        .measures("outcome-second-factor-progress", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .printedFigure,
          quote: "They had also made progress against the second and third priority factors in "
            + "41% and 44% of cases respectively")
        Question(
          "3.3.f", "Had the offender made progress against the third priority factor?",
          themes: "LoR"
        )
        .measures("outcome-third-factor-progress", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Strengths (b)", basis: .printedFigure,
          quote: "They had also made progress against the second and third priority factors in "
            + "41% and 44% of cases respectively")
        Question(
          "3.3.g", "Where relevant, was sufficient attention paid to community reintegration?",
          themes: "LoR"
        )
        .measures("outcome-long-term-reintegration", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Insufficient attention was paid to community reintegration in 44% of relevant "
            + "cases")
        Question(
          "3.3.h",
          "Where appropriate, was there a clear exit strategy to cover the end of the sentence?",
          themes: "LoR"
        )
        .measures("outcomes-appropriate-clear-exit-strategy-cover-end", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "Two-thirds of the appropriate cases had no clear exit strategy to cover the "
            + "end of the sentence")
        Question(
          "3.3.i",
          "Where it may have helped to address continuing offence-related needs, had the offender "
            + "manager encouraged future engagement with community organisations?",
          themes: "LoR"
        )
        .measures("outcome-community-organisations", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "In 44% of cases, offender managers had not encouraged future engagement with "
            + "community organisations")
        Question(
          "3.3.j", "Had progress been made in relation to learning and skill development?",
          themes: "LoR"
        )
        .measures("outcomes-progress-made-relation-learning-skill-development", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Progress appeared to have been made in relation to learning and skill "
            + "development in just over one-third (36%) of cases")
        Question(
          "3.3.k",
          "Where relevant, had the offender gained a qualification related to learning and skill "
            + "development?",
          themes: "LoR"
        )
        .measures("outcomes-relevant-gained-qualification-related-learning-skill", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Only ten offenders had gained any qualifications related to learning and skill "
            + "development (15% of relevant cases)")
        Question("3.3.l", "Was the offender in employment?", themes: "LoR")
          .measures("outcomes-employment", .exact)
          .measures("iaow-lor-reduced", .partOf)
          .from(
            hertfordshire, at: "General criterion 3.3, Areas for improvement (b)",
            basis: .printedFigure,
            quote: "whereas 64% remained unemployed")
        Question(
          "3.3.m",
          "Had resources been used effectively to achieve the outcomes planned for the offender?",
          themes: "LoR"
        )
        .measures("outcome-resources-efficient", .exact)
        .measures("iaow-lor-reduced", .partOf)
        .from(
          hertfordshire, at: "General criterion 3.3, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Resources had been used effectively to achieve the outcomes planned for the "
            + "offender in 68% of cases")
      }
      .measures("crit-reducing-lor", .exact)
      .from(
        hertfordshire, at: "General criterion 3.3", basis: .printedFigure,
        note: "Printed score 43%, comment SUBSTANTIAL improvement required."
      )
      .rule(
        from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
        quote: "The score is based on an average, across each of the questions in the Offender "
          + "Management Tool for that criterion, of the proportion of relevant cases")
    }
    .measures("sec-outcomes", .exact)
    .from(
      hertfordshire, at: "Section 3; Summary", basis: .printedFigure,
      note: "Printed overall score 50% (Summary)."
    )
    .rule(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("4", "Leadership and strategic management") {
      Criterion(
        "4.1", "Effective leadership makes good quality offender management more likely",
        standard: "Strong leadership contributes to public protection and reduction in LoR.",
        judgement: "effectiveness"
      )
      .measures("crit-leadership", .exact)
      .from(
        hertfordshire, at: "General criterion 4.1", basis: .printedInWords,
        note: "Graded: Sufficiently effective (Leadership and strategic management, Summary).")
      Criterion(
        "4.2", "Effective resource deployment makes good quality offender management more likely",
        standard: "Deployment of resources contributes to public protection and reduction in LoR.",
        judgement: "effectiveness"
      )
      .measures("crit-resource-deployment", .exact)
      .from(
        hertfordshire, at: "General criterion 4.2", basis: .printedInWords,
        note: "Graded: Sufficiently effective (Leadership and strategic management, Summary).")
      Criterion(
        "4.3",
        "Effective workforce planning and development makes good quality offender management more "
          + "likely",
        standard: "There is a workforce strategy that promotes the development of all staff to "
          + "meet service delivery outcomes.",
        judgement: "effectiveness"
      )
      .measures("crit-workforce", .exact)
      .from(
        hertfordshire, at: "General criterion 4.3", basis: .printedInWords,
        note: "Graded: Sufficiently effective (Leadership and strategic management, Summary).")
      Criterion(
        "4.4",
        "An effective review and evaluation regime makes good quality offender management more "
          + "likely",
        standard: "Outcomes from interventions are evaluated for their impact on public "
          + "protection and reducing reoffending.",
        judgement: "effectiveness"
      )
      .measures("crit-review-evaluation", .exact)
      .from(
        hertfordshire, at: "General criterion 4.4", basis: .printedInWords,
        note: "Graded: Not sufficiently effective (Leadership and strategic management, Summary).")
      Criterion(
        "4.5",
        "Effective provision of accessible services makes good quality offender management more "
          + "likely",
        standard: "The approach to the commissioning and delivery of services contributes to "
          + "positive outcomes for offenders and work with victims. Services are accessible and "
          + "of a high quality.",
        judgement: "effectiveness"
      )
      .measures("crit-accessible-services", .exact)
      .from(
        hertfordshire, at: "General criterion 4.5", basis: .printedInWords,
        note: "Graded: Sufficiently effective (Leadership and strategic management, Summary).")
    }
    .measures("sec-leadership", .exact)
    .from(
      hertfordshire, at: "Section 4; Summary, Leadership and strategic management",
      basis: .printedInWords,
      note: "Judged, not scored: each criterion is graded on the four-point scale of Appendix 6.")

    Headline(
      "RoH", "'Control' - Risk of Harm to others score", theme: "RoH", sections: "1", "2",
      judgement: "improvement"
    )
    .measures("thread-risk-of-harm", .exact)
    .from(
      hertfordshire, at: "Scoring and Summary Table", basis: .printedFigure,
      note: "Printed score 65%, comment SUBSTANTIAL improvement required."
    )
    .rule(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "The RoH headline score is calculated as an average, over all the questions in the "
        + "Offender Management Tool in sections 1 and 2 relating to RoH"
    )
    .membership(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      note: "The report states the scope (questions in sections 1 and 2 relating to RoH); which "
        + "questions those are is ours, by each question's subject: the tool's tags were not "
        + "published.")
    Headline(
      "LoR", "'Help' and 'Change' - Likelihood of Reoffending score", theme: "LoR",
      sections: "1", "2", "3", judgement: "improvement"
    )
    .measures("thread-likelihood-of-reoffending", .exact)
    .from(
      hertfordshire, at: "Scoring and Summary Table", basis: .printedFigure,
      note: "Printed score 65%, comment SUBSTANTIAL improvement required."
    )
    .rule(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "The Likelihood of Reoffending headline score is calculated as an average, over all "
        + "the questions in the Offender Management Tool in sections 1, 2 and 3 relating to LoR"
    )
    .membership(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      note: "The report states the scope (questions in sections 1, 2 and 3 relating to LoR); which "
        + "questions those are is ours, by each question's subject: the tool's tags were not "
        + "published.")
    Headline(
      "CE", "'Punish' - Compliance and Enforcement score", theme: "CE", sections: "1", "2", "3",
      judgement: "improvement"
    )
    .measures("thread-compliance-and-enforcement", .exact)
    .from(
      hertfordshire, at: "Scoring and Summary Table", basis: .printedFigure,
      note: "Printed score 72%, comment SUBSTANTIAL improvement required."
    )
    .rule(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      quote: "The Compliance and Enforcement headline score is calculated as an average, over all "
        + "the questions in the Offender Management Tool in sections 1,2, and 3 relating to "
        + "compliance and enforcement"
    )
    .membership(
      from: hertfordshire, at: "Appendix 6, Scoring approach", basis: .statedRule,
      note: "The report states the scope (questions in sections 1, 2 and 3 relating to compliance "
        + "and enforcement); which questions those are is ours, by each question's subject: the "
        + "tool's tags were not published.")
  }
}
