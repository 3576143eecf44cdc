import InspectionDSL

/// The id of the West Mercia report, which every item of this framework cites.
private let westMercia = OffenderManagementInspection.Report.westMercia.source

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), as the 2008 West Mercia report applied it.
  ///
  /// Period: the OMI programme ran from May 2006 to 2009 (Appendix 3). Version `2008` is the
  /// tool of the later programme years: samples of 110-120 cases that include custody cases
  /// (Appendix 3), here 40 licence, 60 community order and 10 custody cases (Appendix 2).
  ///
  /// Source: HM Inspectorate of Probation, *A report on Offender Management in West Mercia*
  /// (November 2008, ISBN 978-1-84099-186-4): the report body (general criteria 1.1–4.6, each with
  /// Strengths, Areas for Improvement and a Conclusion), the Summary of Scores, Appendix 2
  /// (sample), Appendix 3 (model) and Appendix 4 (scoring approach). Every item cites the place it
  /// comes from (`inspect provenance OMI@2008`).
  ///
  /// Faithful: criterion ids, titles and one-line standards as printed in the body, which matches
  /// Appendix 4's list. The structure is the same as the body of the 2006 report (``omi2006``).
  /// Each criterion weights its individual and summary questions 80/20, each section is the mean
  /// of its criteria, and the RoH thread averages the RoH questions of sections 1 and 2 (Appendix
  /// 4). Section 4 is graded well met / satisfactorily met / partly met / not met (Appendix 4).
  /// Conclusions are a grade scale on the displayed whole-number score: >= 70 good, 60-69 priority
  /// for improvement, < 60 urgent priority. The cut-offs are an inferred rule: they reproduce all
  /// 27 printed OMI conclusions; the tight cases are 69 priority (1.4), 60 priority (3.2) and 59
  /// urgent (2.1, 3.1). Questions are the case-level findings of the body, including those for
  /// custody cases; each cites its finding (criterion, Strengths or Areas for Improvement,
  /// letter).
  ///
  /// Assumptions (each also an `Assumption` below): question texts restate the printed findings.
  /// The 80/20 rule applies per criterion. We word the summary questions (placeholders). The
  /// conclusion bands are inferred and band the displayed score. RoH tags follow each question's
  /// subject. The case attributes are ours. Findings printed only as words ("almost all",
  /// "variable") become questions without a figure. Section 4 judgements carry no points.
  ///
  /// Not recovered: the Offender Management Tool's question list, wording and RoH tags; the "fuller
  /// description on the website" of the 80/20 calculation; Chart 1, an image holding the section
  /// scores; Appendix 1 (IPPF detail), listed but absent; the RoH score that triggers a further
  /// focused inspection.
  public static let omi2008 = Framework(
    "OMI", version: "2008", title: "Offender Management Inspection"
  ) {
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    OffenderManagementInspection.programme
    Source(
      id: westMercia, publisher: "HM Inspectorate of Probation",
      title: "Offender Management Inspection: A report on Offender Management in West Mercia",
      date: "November 2008",
      reference: "ISBN 978-1-84099-186-4; published by HM Inspectorate of Probation, whose website "
        + "the report gives as www.inspectorates.justice.gov.uk/hmiprobation",
      url: "http://www.inspectorates.justice.gov.uk/hmiprobation",
      note: "Report body: structure, standards, scores and case-level findings. Appendix 4: "
        + "scoring approach.")
    OffenderManagementInspection.assumptions
    Assumption(
      "Findings the report gives only in words ('almost all', 'variable', "
        + "'insufficient') are declared as questions with no published figure.")
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence", "custody")
    OffenderManagementInspection.caseAttributes()
    Attribute("electronic_monitoring", "Electronic monitoring", values: "yes", "no")

    OffenderManagementInspection.themeAndScales(.westMercia)

    Section("1", "Assessment and sentence planning") {
      Criterion(OffenderManagementInspection.preparingForSentence, in: .westMercia) {
        Question("1.1.a", "Was the PSR responsive to the seriousness level indicated by the court?")
          .measures("psr-takes-account-of-court-seriousness", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Strengths (a)", basis: .printedFigure,
            quote: "PSRs were responsive to the seriousness level indicated by the court (93%)")
        Question("1.1.b", "Did the PSR contain a clear proposal for a community sentence?")
          .measures("psr-clear-proposal", .narrower)
          .measures("psr-clear-community-proposal", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Strengths (a)", basis: .printedFigure,
            quote: "A high proportion (80%) contained a clear proposal for a community sentence")
        Question("1.1.c", "Was the proposal for a community sentence taken up by the court?")
          .measures("psr-proposal-followed", .narrower)
          .measures("psr-community-proposal-followed", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Strengths (a)", basis: .printedFigure,
            quote: "which was taken up by the court in 77% of cases")
        Question("1.1.d", "Was the report of the appropriate type?")
          .measures("psr-appropriate-type", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Strengths (b)", basis: .printedFigure,
            quote: "Most reports were of the appropriate type (81%)")
        Question(
          "1.1.e",
          "Was the report objective, impartial and free from discriminatory language or "
            + "stereotype?"
        )
        .measures("psr-report-objective-impartial-free-discriminatory-language", .exact)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.1, Strengths (b)", basis: .printedFigure,
          quote: "73% were judged as objective, impartial and free from discriminatory language "
            + "or stereotype")
        Question(
          "1.1.f", "In a PPO case, did the report clearly outline the seriousness of the offence?"
        )
        .measures("psr-ppo-report-clearly-outline-seriousness-offence", .exact)
        .relevant(when: .attribute("psr", is: "yes") && .attribute("ppo", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.1, Strengths (c)", basis: .printedInWords,
          quote: "All reports prepared on PPOs clearly outlined the seriousness of the offence")
        Question(
          "1.1.g",
          "In a PPO case, did the report outline the likelihood of reoffending and avoid "
            + "labelling the offender as a PPO?"
        )
        .measures("psr-ppo-report-outline-likelihood-reoffending-avoid", .exact)
        .measures("psr-ppo-not-labelled", .partOf)
        .relevant(when: .attribute("psr", is: "yes") && .attribute("ppo", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
          quote: "four out of five outlined the likelihood of reoffending and avoided labelling "
            + "them as a PPO")
        Question(
          "1.1.h", "Where there was a risk of self-harm, was it clearly recorded in the report?"
        )
        .measures("psr-self-harm-recorded", .exact)
        .measures("psr-vulnerability-recorded", .narrower)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.1, Strengths (d)", basis: .printedFigure,
          quote: "Risk of self-harm was clearly recorded in 21 out of 24 relevant cases")
        Question("1.1.i", "Was the report concise?")
          .measures("psr-concise", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Areas for improvement (b)",
            basis: .printedFigure,
            quote: "resulting in reports that were not concise (44%)")
        Question(
          "1.1.j", "Was the report based on an appropriate risk and need assessment?",
          themes: "RoH"
        )
        .measures("psr-based-on-risk-and-need-assessment", .exact)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.1, Areas for improvement (c)",
          basis: .printedInWords,
          quote: "Around a third of reports seen were not based on an appropriate risk/need "
            + "assessment")
        Question("1.1.k", "Was the report balanced, verified and factually accurate?")
          .measures("psr-report-balanced-verified-factually-accurate", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Areas for improvement (c)",
            basis: .printedInWords,
            quote: "only half were balanced, verified and factually accurate")
        Question(
          "1.1.l", "Did the report include appropriate information about the victim?",
          themes: "RoH"
        )
        .measures("psr-victim-information", .exact)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.1, Areas for improvement (c)",
          basis: .printedInWords,
          quote: "A similar proportion failed to include appropriate information about the "
            + "victim")
        Question("1.1.m", "Did the report contain an appropriate outline plan?")
          .measures("psr-outline-plan", .exact)
          .relevant(when: .attribute("psr", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.1, Areas for improvement (c)",
            basis: .printedFigure,
            quote: "only 42% contained an appropriate outline plan")
        Question(
          "1.1.s", "Overall, was the work in preparing for sentence sufficient?",
          role: .summary
        )
        .measures("criterion-preparing-for-sentence-overall", .exact)
        .relevant(when: .attribute("psr", is: "yes"))
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 1.1", basis: .printedFigure,
        note: "Printed score 72%; conclusion: Performance against this criterion was good.")
      Criterion(OffenderManagementInspection.riskOfHarmAssessment, in: .westMercia) {
        Question("1.2.a", "Was a RoH screening completed?", themes: "RoH")
          .measures("roh-assessment-completed", .exact)
          .from(
            westMercia, at: "General criterion 1.2, Strengths (b)", basis: .printedFigure,
            quote: "Screening had been completed in 94% of relevant cases")
        Question(
          "1.2.b", "At the start of a community order, was the RoH screening done on time?",
          themes: "RoH"
        )
        .measures("roh-screening-on-time", .exact)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          westMercia, at: "General criterion 1.2, Strengths (b)", basis: .printedFigure,
          quote: "was done on time in 94% of community order and 88% of licence commencements")
        Question(
          "1.2.c", "At the start of a licence, was the RoH screening done on time?",
          themes: "RoH"
        )
        .measures("roh-screening-on-time", .exact)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 1.2, Strengths (b)", basis: .printedFigure,
          quote: "was done on time in 94% of community order and 88% of licence commencements")
        Question("1.2.d", "Was the content of the RoH screening accurate?", themes: "RoH")
          .measures("roh-content-roh-screening-accurate", .exact)
          .measures("roh-screening-accurate", .narrower)
          .from(
            westMercia, at: "General criterion 1.2, Strengths (b)", basis: .printedFigure,
            quote: "Accuracy of the content was high at 84%")
        Question("1.2.e", "Was the RoH classification correct?", themes: "RoH")
          .measures("roh-classification-accurate", .exact)
          .from(
            westMercia, at: "General criterion 1.2, Strengths (a)", basis: .printedFigure,
            quote: "RoH classification was correct in 90% of the sample")
        Question(
          "1.2.f",
          "Did the RoH analysis accurately reflect the risk to children, the public, known "
            + "adults, staff and prisoners?",
          themes: "RoH"
        )
        .measures("roh-analysis-reflects-risk-to-public", .broader)
        .measures("roh-analysis-identifies-all-at-risk", .exact)
        .from(
          westMercia, at: "General criterion 1.2, Strengths (c)", basis: .printedFigure,
          quote: "the area scored over 80% on these factors")
        Question("1.2.g", "Where required, was a full RoH analysis completed?", themes: "RoH")
          .measures("roh-full-analysis-completed", .exact)
          .from(
            westMercia, at: "General criterion 1.2, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "A full RoH analysis was not completed in 21 relevant cases")
        Question(
          "1.2.h",
          "Where a full RoH analysis was not completed, was an acceptable explanation recorded?",
          themes: "RoH"
        )
        .measures("roh-full-roh-analysis-completed-acceptable-explanation", .exact)
        .relevant(when: .answer("1.2.g", is: "no"))
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "A full RoH analysis was not completed in 21 relevant cases and an acceptable "
            + "explanation for this was recorded only on three occasions")
        Question(
          "1.2.i", "Was the full RoH analysis completed to a sufficient standard?",
          themes: "RoH"
        )
        .measures("roh-full-analysis-quality", .exact)
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "41% of full analyses were not completed to a sufficient standard")
        Question("1.2.j", "Did the assessment cover victim issues thoroughly?", themes: "RoH")
          .measures("roh-victim-issues-in-assessment", .exact)
          .from(
            westMercia, at: "General criterion 1.2, Areas for improvement (b)",
            basis: .printedFigure,
            quote: "Assessments did not cover victim issues thoroughly often enough (44%)")
        Question(
          "1.2.k",
          "Were assessments made by other agencies integrated into OASys or other specialist "
            + "assessments?",
          themes: "RoH"
        )
        .measures("roh-other-assessments-used", .exact)
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (c)",
          basis: .printedInWords,
          quote: "The assessments made by other agencies were not sufficiently well integrated "
            + "into OASys or other specialist assessments in around a third of cases")
        Question(
          "1.2.l", "In a MAPPA case, was the level of management made clear to all staff involved?",
          themes: "RoH"
        )
        .measures("roh-mappa-level-management-made-clear-all", .exact)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          westMercia, at: "General criterion 1.2, Strengths (d)", basis: .printedFigure,
          quote: "there were five cases where the level of management was not made clear")
        Question(
          "1.2.m", "Where a referral to approved premises was made, was it appropriate?",
          themes: "RoH"
        )
        .measures("roh-approved-premises-referral-appropriate", .exact)
        .from(
          westMercia, at: "General criterion 1.2, Strengths (e)", basis: .printedInWords,
          quote: "All referrals to approved premises in our sample of cases were appropriate and "
            + "seven out of nine were accepted")
        Question(
          "1.2.n", "At the start of a community order, was a risk management plan completed?",
          themes: "RoH"
        )
        .measures("rmp-completed", .exact)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "nine risk management plans had not been completed at the start of a community "
            + "order")
        Question(
          "1.2.o", "At the start of a community order, was the risk management plan comprehensive?",
          themes: "RoH"
        )
        .measures("rmp-comprehensive-community", .exact)
        .measures("rmp-comprehensive", .narrower)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "In the community order sample, only 26% of plans were judged to be "
            + "comprehensive")
        Question(
          "1.2.p",
          "In a high or very high RoH community order, was the risk management plan completed "
            + "within five working days?",
          themes: "RoH"
        )
        .measures("roh-high-very-high-roh-community-order", .exact)
        .measures("rmp-on-time", .narrower)
        .relevant(
          when: .attribute("roh", is: "high", "very high")
            && .attribute("case_type", is: "community")
        )
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (d)",
          basis: .printedInWords,
          quote: "only half of high/very high RoH cases met the standard for completion in five "
            + "working days")
        Question(
          "1.2.q", "On release from custody, was a risk management plan completed?",
          themes: "RoH"
        )
        .measures("rmp-completed", .exact)
        .relevant(
          when: .attribute("case_type", is: "licence")
            || .attribute("case_type", is: "custody")
        )
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "and three on release from custody")
        Question(
          "1.2.r", "In a high or very high RoH case, was there effective management oversight?",
          themes: "RoH"
        )
        .measures("roh-management-involvement-high", .exact)
        .relevant(when: .attribute("roh", is: "high", "very high"))
        .from(
          westMercia, at: "General criterion 1.2, Areas for improvement (e)",
          basis: .printedInWords,
          quote: "Effective management oversight of high/very high RoH cases and child "
            + "safeguarding issues was insufficient.")
        Question(
          "1.2.s", "Overall, was the RoH assessment sufficient?",
          themes: "RoH", role: .summary
        )
        .measures("roh-assessment-quality", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 1.2", basis: .printedFigure,
        note: "Printed score 63%; conclusion: This criterion represents a priority for "
          + "improvement.")
      Criterion(OffenderManagementInspection.likelihoodOfReoffendingAssessment, in: .westMercia) {
        Question(
          "1.3.a",
          "Was an OASys or OGRS2 score calculated at the start of the community sentence or "
            + "release from custody?"
        )
        .measures("lor-oasys-ogrs2-score-calculated-start-community", .exact)
        .measures("lor-assessment-completed", .partOf)
        .from(
          westMercia, at: "General criterion 1.3, Strengths (a)", basis: .printedInWords,
          quote: "Either an OASys or OGRS2 score was calculated, as appropriate, at the start of "
            + "a community sentence or release from custody in all cases")
        Question(
          "1.3.b",
          "Were positive influences on the offender, such as supportive and pro-social factors, "
            + "identified?"
        )
        .measures("lor-positive-influences-identified", .exact)
        .from(
          westMercia, at: "General criterion 1.3, Strengths (b)", basis: .printedInWords,
          quote: "Positive influences on offenders such as supportive and pro-social factors "
            + "were well identified")
        Question("1.3.c", "In a PPO case, was the assessment comprehensive?")
          .measures("lor-ppo-assessment-comprehensive", .exact)
          .relevant(when: .attribute("ppo", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.3, Strengths (c)", basis: .printedFigure,
            quote: "Assessment of PPO cases was comprehensive in eight out of ten cases")
        Question("1.3.d", "In a PPO case, did the assessment meet the required timescale?")
          .measures("lor-ppo-assessment-on-time", .exact)
          .relevant(when: .attribute("ppo", is: "yes"))
          .from(
            westMercia, at: "General criterion 1.3, Strengths (c)", basis: .printedInWords,
            quote: "although only half met the required timescale")
        Question(
          "1.3.e",
          "Were criminogenic factors accurately and comprehensively assessed at the start of "
            + "sentence or release on licence?"
        )
        .measures("lor-criminogenic-factors-assessed", .exact)
        .from(
          westMercia, at: "General criterion 1.3, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "In around a third of relevant cases criminogenic factors had not been "
            + "accurately or comprehensively assessed")
        Question("1.3.f", "Was the assessment completed on time?")
          .measures("lor-assessment-on-time", .exact)
          .from(
            westMercia, at: "General criterion 1.3, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "24% of assessments were late")
        Question("1.3.g", "Did the offender manager make full use of other assessments available?")
          .measures("lor-other-assessments-used", .exact)
          .from(
            westMercia, at: "General criterion 1.3, Areas for improvement (b)",
            basis: .printedInWords,
            quote: "Offender managers did not make full use of other assessments which were "
              + "available to them")
        Question(
          "1.3.s", "Overall, was the assessment of likelihood of reoffending sufficient?",
          role: .summary
        )
        .measures("criterion-lor-assessment-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 1.3", basis: .printedFigure,
        note: "Printed score 72%; conclusion: Performance against this criterion was good.")
      Criterion(OffenderManagementInspection.offenderEngagementAssessment, in: .westMercia) {
        Question("1.4.a", "Was the race and ethnic monitoring classification recorded?")
          .measures("engage-rem-recorded", .exact)
          .from(
            westMercia, at: "General criterion 1.4, Strengths (a)", basis: .printedInWords,
            quote: "Race and ethnic monitoring classification was recorded in almost all cases")
        Question(
          "1.4.b",
          "Were individual needs and diversity issues actively assessed at the start of contact?"
        )
        .measures("engage-individual-needs-assessed", .exact)
        .from(
          westMercia, at: "General criterion 1.4, Strengths (b)", basis: .printedFigure,
          quote: "individual needs and broader diversity issues were actively assessed at the "
            + "start of contact (73%), though this left 19 cases where these important issues "
            + "had been missed")
        Question(
          "1.4.c",
          "Were plans put in place to minimise discriminatory or disadvantaging factors that "
            + "prevented access to services?"
        )
        .measures("engage-discrimination-plans", .exact)
        .from(
          westMercia, at: "General criterion 1.4, Strengths (c)", basis: .printedInWords,
          quote: "In the vast majority of cases plans had been put in place to minimise "
            + "discriminatory or disadvantaging factors which prevented offender access to "
            + "services.")
        Question(
          "1.4.d",
          "Was an initial screening carried out to identify levels of literacy and numeracy?"
        )
        .measures("engage-literacy-screening", .exact)
        .from(
          westMercia, at: "General criterion 1.4, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "offender managers did not carry out an initial screening to identify levels of "
            + "literacy and numeracy in a third of cases")
        Question(
          "1.4.e",
          "Was the offender referred to the STEPS (employment, training and education) team?"
        )
        .measures("engage-referred-steps-employment-training-education-team", .exact)
        .from(
          westMercia, at: "General criterion 1.4, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "Referrals to the STEPS team were low (41%)")
        Question(
          "1.4.f",
          "Was full attention paid to the methods most likely to be effective with the offender?"
        )
        .measures("engage-effective-methods", .exact)
        .from(
          westMercia, at: "General criterion 1.4, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "full attention to which methods might be most effective was evidenced in 61% "
            + "of cases")
        Question(
          "1.4.g",
          "Were the offender's intellectual ability, learning style and motivation to change "
            + "taken into account at the earliest opportunity?"
        )
        .measures("engage-learning-style-and-motivation", .exact)
        .from(
          westMercia, at: "General criterion 1.4, Areas for improvement (c)",
          basis: .printedInWords,
          quote: "The same proportion of cases showed that the offender's intellectual ability, "
            + "learning style and motivation to change had not been taken into account at the "
            + "earliest opportunity")
        Question(
          "1.4.s", "Overall, was the assessment of offender engagement sufficient?",
          role: .summary
        )
        .measures("criterion-engagement-assessment-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 1.4", basis: .printedFigure,
        note: "Printed score 69%; conclusion: This criterion represents a priority for "
          + "improvement.")
      Criterion(OffenderManagementInspection.sentencePlanning, in: .westMercia) {
        Question(
          "1.5.a",
          "Was the offender allocated to an offender manager within the required time limits?"
        )
        .measures("allocation-on-time", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Strengths (a)", basis: .printedFigure,
          quote: "87% were allocated to an offender manager within the required time limits")
        Question("1.5.b", "Did the planning reflect the stated tier?")
          .measures("plan-planning-reflect-stated-tier", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Strengths (a)", basis: .printedFigure,
            quote: "planning reflected the stated tier in 85% of cases")
        Question(
          "1.5.c", "Did the plan include planned contact levels for the sentence requirements?"
        )
        .measures("plan-contact-levels", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Strengths (b)", basis: .printedFigure,
          quote: "Planned contact levels for sentence requirements were high (82%)")
        Question("1.5.d", "Were the planned appointments enforceable?")
          .measures("plan-appointments-enforceable", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Strengths (b)", basis: .printedFigure,
            quote: "although fewer appointments (70%) were seen as enforceable")
        Question(
          "1.5.e",
          "In a tier 3 or 4 case, were the identified interventions aimed at addressing offending "
            + "behaviour?"
        )
        .measures("plan-tier-3-4-identified-interventions-aimed", .exact)
        .measures("plan-interventions-offending-and-reintegration", .partOf)
        .measures("plan-addresses-lor", .narrower)
        .relevant(when: .attribute("tier", is: "3", "4"))
        .from(
          westMercia, at: "General criterion 1.5, Strengths (c)", basis: .printedFigure,
          quote: "85% of identified interventions were aimed at addressing offending behaviour "
            + "in Tier 3 and Tier 4 cases")
        Question(
          "1.5.f",
          "Was there evidence that the offender understood the requirements of the sentence and "
            + "breach proceedings?"
        )
        .measures("plan-understood-requirements-and-breach", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Strengths (d)", basis: .printedFigure,
          quote: "This was confirmed by evidence in over 90% of cases inspected")
        Question("1.5.g", "Did the sentence plan reflect the purpose of sentencing?")
          .measures("plan-reflects-purpose-of-sentence", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (a)",
            basis: .printedInWords,
            quote: "Almost three-quarters of sentence plans reflected the purpose of sentencing")
        Question("1.5.h", "Did the sentence plan give a clear shape to supervision?")
          .measures("plan-clear-shape", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "just over half gave a clear shape to supervision (56%)")
        Question("1.5.i", "Did the sentence plan focus on achievable change?")
          .measures("plan-achievable-change", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "focused on achievable change (56%)")
        Question("1.5.j", "Did the sentence plan set relevant goals for the offender?")
          .measures("plan-relevant-goals", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (a)",
            basis: .printedFigure,
            quote: "set relevant goals for the offender (53%)")
        Question("1.5.k", "Were the roles and responsibilities of all workers clearly defined?")
          .measures("plan-roles-defined", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (b)",
            basis: .printedFigure,
            quote: "Roles and responsibilities of all workers had been clearly defined in 56% of "
              + "cases")
        Question(
          "1.5.l",
          "Where relevant, were restrictive conditions or requirements aimed at minimising RoH "
            + "considered?",
          themes: "RoH"
        )
        .measures("plan-restrictive-conditions-considered", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Restrictive conditions/requirements aimed at minimising RoH were underused as "
            + "they were not considered in 37% of relevant cases")
        Question(
          "1.5.m", "Did the initial plan cover the basic requirements of the national standard?"
        )
        .measures("plan-initial-plan-cover-basic-requirements-national", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "Five initial plans did not cover the basic requirements of the national "
            + "standard")
        Question("1.5.n", "Was the initial plan completed on time?")
          .measures("plan-on-time", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (d)",
            basis: .printedFigure,
            quote: "a large proportion (43%) were late")
        Question(
          "1.5.o",
          "Where relevant, was the initial sentence plan cross-referenced to the risk management "
            + "plan?",
          themes: "RoH"
        )
        .measures("plan-relevant-initial-sentence-plan-cross-referenced", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "cross-referenced the initial sentence plan to the risk management plan but "
            + "this was only achieved in 40% of relevant cases")
        Question(
          "1.5.p",
          "In a custody case, was it clear which elements of the plan were to be delivered in "
            + "custody and which in the community?"
        )
        .measures("plan-custody-clear-which-elements-plan-delivered", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 1.5, Areas for improvement (f)",
          basis: .printedFigure,
          quote: "In the custody sample, it was not clear which elements of the plan were to be "
            + "delivered in custody or the community in six out of nine cases")
        Question(
          "1.5.q",
          "Were relevant interventions identified for promoting community reintegration and for "
            + "reducing or containing the RoH?",
          themes: "RoH"
        )
        .measures("plan-interventions-reintegration-and-roh", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Areas for improvement (g)",
          basis: .printedInWords,
          quote: "Relevant interventions for promoting community reintegration and for reducing "
            + "or containing the RoH were not identified in a significant number of cases - "
            + "almost a third")
        Question(
          "1.5.r", "Had the offender had the opportunity to participate in the planning process?"
        )
        .measures("plan-participation", .exact)
        .from(
          westMercia, at: "General criterion 1.5, Areas for improvement (h)",
          basis: .printedFigure,
          quote: "Less than half of offenders had had the opportunity to participate in the "
            + "planning process (43%)")
        Question("1.5.t", "Was the sentence plan sensitive to diversity issues?")
          .measures("plan-diversity", .exact)
          .from(
            westMercia, at: "General criterion 1.5, Areas for improvement (h)",
            basis: .printedInWords,
            quote: "we saw a high proportion of sentence plans which were not sensitive to "
              + "diversity issues.")
        Question("1.5.s", "Overall, was the sentence planning sufficient?", role: .summary)
          .measures("plan-quality-overall", .exact)
          .from(
            westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
            note: "The 80/20 rule needs a summary question; its wording was not published and the "
              + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 1.5", basis: .printedFigure,
        note: "Printed score 62%; conclusion: This criterion represents a priority for "
          + "improvement.")
    }
    .measures("sec-assessment-and-planning", .exact)
    .from(
      westMercia, at: "Section 1; Summary of Scores, Chart 1: Scoring of sections 1-3",
      basis: .printedInWords,
      note: "The section is headed in the body; its score is printed in Chart 1, an image whose "
        + "values were not recovered."
    )
    .rule(
      from: westMercia, at: "Appendix 4, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("2", "Implementation of interventions") {
      Criterion(OffenderManagementInspection.deliveringTheSentencePlan, in: .westMercia) {
        Question(
          "2.1.a",
          "Were arrangements in place to prepare the offender thoroughly for interventions?"
        )
        .measures("deliver-prepare-for-interventions", .exact)
        .from(
          westMercia, at: "General criterion 2.1, Strengths (b)", basis: .printedFigure,
          quote: "Arrangements to prepare offenders thoroughly for interventions were in place "
            + "in 78% of cases")
        Question(
          "2.1.b",
          "Did the offender manager work positively to raise the offender's motivation and offer "
            + "support?"
        )
        .measures("motivation-and-support", .exact)
        .from(
          westMercia, at: "General criterion 2.1, Strengths (c)", basis: .printedInWords,
          quote: "It was good to see high levels of commitment by offender managers who had "
            + "worked positively to raise offender motivation and offer support.")
        Question(
          "2.1.c",
          "Where a custody report was prepared, was it clear, thorough and completed within the "
            + "required timescale?"
        )
        .measures("deliver-custody-report-prepared-clear-thorough-completed", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.1, Strengths (d)", basis: .printedFigure,
          quote: "Two custody reports were in the sample and both were clear")
        Question("2.1.d", "Had the requirements of the sentence been fully implemented?")
          .measures("deliver-requirements-implemented", .exact)
          .from(
            westMercia, at: "General criterion 2.1, Strengths (e)", basis: .printedInWords,
            quote: "Three-quarters of sentence requirements had been fully implemented")
        Question(
          "2.1.e",
          "In a case transferred between areas, were appointments offered in a timely way?"
        )
        .measures("deliver-transfer-appointment-timely", .exact)
        .relevant(when: .attribute("transferred", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.1, Strengths (f)", basis: .printedFigure,
          quote: "On receipt of the case in West Mercia, appointments had been offered in a "
            + "timely way in two cases")
        Question(
          "2.1.f",
          "In a case transferred between areas, was all the relevant documentation provided?"
        )
        .measures("deliver-transfer-documents", .exact)
        .relevant(when: .attribute("transferred", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.1, Strengths (f)", basis: .printedFigure,
          quote: "in one case all the relevant documentation had been provided")
        Question(
          "2.1.g",
          "In a custody case, did prison staff inform the offender manager when the prisoner "
            + "moved to another establishment?"
        )
        .measures("deliver-prison-moves-notified", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.1, Strengths (g)", basis: .printedFigure,
          quote: "Prison staff informed offender managers about the movement of prisoners to "
            + "another establishment in the four cases where this had happened")
        Question(
          "2.1.h",
          "After release, did work in the community build on activity during the custodial period "
            + "(for example on substance misuse)?"
        )
        .measures("deliver-licence-builds-on-custody", .exact)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.1, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "substance misuse was not addressed in ten out of 13 cases")
        Question(
          "2.1.i",
          "Did the offender manager oversee and coordinate the input of all workers involved in "
            + "the case?"
        )
        .measures("deliver-coordination", .exact)
        .from(
          westMercia, at: "General criterion 2.1, Areas for improvement (b)",
          basis: .printedInWords,
          quote: "Evidence of the offender manager working to oversee and coordinate the input "
            + "of all workers involved in the case was variable.")
        Question("2.1.j", "Was the sentence plan reviewed?")
          .measures("deliver-sentence-plan-reviewed", .exact)
          .from(
            westMercia, at: "General criterion 2.1, Areas for improvement (c)",
            basis: .printedFigure,
            quote: "Six cases had no sentence plan review")
        Question("2.1.k", "Was the sentence plan reviewed on time?")
          .measures("deliver-plan-reviewed-on-time", .exact)
          .from(
            westMercia, at: "General criterion 2.1, Areas for improvement (c)",
            basis: .printedInWords,
            quote: "two-thirds were reviewed on time")
        Question(
          "2.1.l",
          "Did the plan give a clear direction to the sentence, with interventions flowing from "
            + "it?"
        )
        .measures("deliver-work-flows-from-plan", .exact)
        .from(
          westMercia, at: "General criterion 2.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "most plans (65%) did not give a clear direction to the sentence nor did "
            + "interventions flow routinely from them")
        Question(
          "2.1.m",
          "At review, was the plan integrated with other ongoing plans (MAPPA, risk management, "
            + "child protection or learning plans)?"
        )
        .measures("deliver-review-integrates-other-plans", .exact)
        .from(
          westMercia, at: "General criterion 2.1, Areas for improvement (d)",
          basis: .printedInWords,
          quote: "At review points, we did not see a high level of integration with other "
            + "ongoing plans, for example MAPPA action plans, risk management plans, child "
            + "protection or individual learning plans.")
        Question(
          "2.1.n",
          "During the custodial phase, was there proactive, timely and positive work between "
            + "prison staff and the offender manager?"
        )
        .measures("deliver-prison-om-joint-work", .exact)
        .relevant(
          when: .attribute("case_type", is: "licence")
            || .attribute("case_type", is: "custody")
        )
        .from(
          westMercia, at: "General criterion 2.1, Areas for improvement (e)",
          basis: .printedInWords,
          quote: "There were low levels of proactive, timely and positive work between prison "
            + "staff and offender managers in the custodial phase of a sentence.")
        Question(
          "2.1.s", "Overall, was the work in delivering the sentence plan sufficient?",
          role: .summary
        )
        .measures("criterion-delivering-plan-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.1", basis: .printedFigure,
        note: "Printed score 59%; conclusion: This criterion represents an urgent priority for "
          + "improvement.")
      Criterion(OffenderManagementInspection.protectingThePublic, in: .westMercia) {
        Question(
          "2.2.a", "Was RoH reviewed within 16 weeks of the start of the sentence?",
          themes: "RoH"
        )
        .measures("public-roh-reviewed-within-16-weeks-start", .exact)
        .measures("public-roh-reviewed-16-weekly", .partOf)
        .from(
          westMercia, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
          quote: "RoH was reviewed within 16 weeks of the start of sentence in 75% of cases")
        Question("2.2.b", "Were subsequent RoH reviews done on time?", themes: "RoH")
          .measures("public-subsequent-roh-reviews-done-time", .exact)
          .measures("public-roh-reviewed-16-weekly", .partOf)
          .from(
            westMercia, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
            quote: "this rose to 79% for subsequent reviews")
        Question(
          "2.2.c",
          "In a community case with a significant change, was RoH reviewed following the change?",
          themes: "RoH"
        )
        .measures("public-roh-reviewed-after-change", .exact)
        .relevant(when: .attribute("case_type", is: "community"))
        .from(
          westMercia, at: "General criterion 2.2, Strengths (b)", basis: .printedFigure,
          quote: "undertook reviews following a significant change in three out of four "
            + "community cases where this was indicated")
        Question(
          "2.2.d",
          "Was there ongoing planning to address the RoH to children, the public, staff and known "
            + "adults?",
          themes: "RoH"
        )
        .measures("public-ongoing-planning", .exact)
        .from(
          westMercia, at: "General criterion 2.2, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "In over 70% of cases we found evidence that there was ongoing planning to "
            + "address RoH to children, the public, staff and known adults")
        Question(
          "2.2.e", "Was the right action taken in relation to specific changes in risk factors?",
          themes: "RoH"
        )
        .measures("public-roh-changes-acted-on", .exact)
        .from(
          westMercia, at: "General criterion 2.2, Areas for improvement (d)",
          basis: .printedFigure,
          quote: "did not always take the right action in relation to specific changes in risk "
            + "factors (63%)")
        Question(
          "2.2.f", "In a custody case, were RoH reviews done within the required timescales?",
          themes: "RoH"
        )
        .measures("public-custody-roh-reviews-done-within-required", .exact)
        .measures("public-roh-reviewed-16-weekly", .partOf)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.2, Strengths (c)", basis: .printedFigure,
          quote: "78% of RoH reviews in custody cases were done within required timescales")
        Question(
          "2.2.g",
          "In a custody case, did the offender manager and offender supervisor engage in the "
            + "prison's internal risk processes?",
          themes: "RoH"
        )
        .measures("public-custody-manager-supervisor-engage-prison-s", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.2, Strengths (c)", basis: .printedFigure,
          quote: "Seven out of nine cases demonstrated that the offender manager and offender "
            + "supervisor had engaged in internal risk processes at the prison establishment")
        Question(
          "2.2.h", "In a custody case, was RoH reviewed in preparation for release?",
          themes: "RoH"
        )
        .measures("public-custody-roh-reviewed-preparation-release", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "In two out of six cases, RoH was not reviewed in preparation for release from "
            + "custody")
        Question(
          "2.2.i", "In a custody case, was RoH reviewed within 16 weeks of release?",
          themes: "RoH"
        )
        .measures("public-custody-roh-reviewed-within-16-weeks", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
          quote: "All five cases in the custody sample had been reviewed within 16 weeks of "
            + "release")
        Question(
          "2.2.j", "In a licence case, was recall used where needed to manage RoH?",
          themes: "RoH"
        )
        .measures("public-licence-recall-used-needed-manage-roh", .exact)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.2, Strengths (d)", basis: .printedFigure,
          quote: "Recall had been used to manage RoH in four of five cases")
        Question("2.2.k", "Was the recall properly conducted?", themes: "RoH")
          .measures("public-recall-properly-conducted-2", .exact)
          .measures("public-recall-properly-conducted", .partOf)
          .relevant(when: .attribute("case_type", is: "licence"))
          .from(
            westMercia, at: "General criterion 2.2, Strengths (d)", basis: .printedInWords,
            quote: "all recalls had been properly conducted")
        Question(
          "2.2.l", "Was the recalled prisoner given a clear explanation of the reasons for recall?"
        )
        .measures("public-recall-explained", .exact)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.2, Strengths (d)", basis: .printedFigure,
          quote: "there was no evidence in two cases that prisoners had received a clear "
            + "explanation about reasons for recall")
        Question("2.2.m", "In a MAPPA case, was MAPPA used effectively?", themes: "RoH")
          .measures("public-mappa-effective", .exact)
          .relevant(when: .attribute("mappa", is: "yes"))
          .from(
            westMercia, at: "General criterion 2.2, Areas for improvement (c)",
            basis: .printedFigure,
            quote: "Effective use of MAPPA (57%)")
        Question(
          "2.2.n", "In a MAPPA case, did the offender manager contribute effectively to MAPPA?",
          themes: "RoH"
        )
        .measures("public-mappa-manager-contribute-effectively-mappa", .exact)
        .measures("public-mappa-contribution", .narrower)
        .relevant(when: .attribute("mappa", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.2, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "effective contribution to MAPPA by offender managers (65%)")
        Question(
          "2.2.o", "Were purposeful home visits used in a timely way to manage the RoH to others?",
          themes: "RoH"
        )
        .measures("public-home-visits", .exact)
        .from(
          westMercia, at: "General criterion 2.2, Strengths (e)", basis: .printedInWords,
          quote: "We saw evidence of the timely use of purposeful home visits as an aid to "
            + "managing the RoH to others, although there was some variation across the area.")
        Question(
          "2.2.p",
          "Where there were children's safeguarding concerns, were home visits used effectively "
            + "to monitor them?",
          themes: "RoH"
        )
        .measures("public-home-visits-children", .exact)
        .relevant(when: .attribute("child_concern", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.2, Areas for improvement (e)",
          basis: .printedFigure,
          quote: "In 11 out of 23 relevant cases offender managers did not use home visits "
            + "effectively to monitor children's safeguarding concerns")
        Question(
          "2.2.s",
          "Overall, was sufficient action taken to protect the public by minimising the RoH?",
          themes: "RoH", role: .summary
        )
        .measures("criterion-protecting-public-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.2", basis: .printedFigure,
        note: "Printed score 66%; conclusion: This criterion represents a priority for "
          + "improvement.")
      Criterion(OffenderManagementInspection.victims, in: .westMercia) {
        Question("2.3.a", "Were victim safety issues properly addressed?", themes: "RoH")
          .measures("victims-safety-prioritised", .exact)
          .from(
            westMercia, at: "General criterion 2.3, Strengths (a)", basis: .printedInWords,
            quote: "Victim safety issues were properly addressed in three-quarters of relevant "
              + "cases")
        Question(
          "2.3.b",
          "In a custody case, did the offender supervisor promote victim safety from the prison "
            + "setting?",
          themes: "RoH"
        )
        .measures("victims-custody-supervisor-promote-victim-safety-prison", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.3, Strengths (b)", basis: .printedFigure,
          quote: "Offender supervisors in custody promoted victim safety from a prison setting "
            + "(four out of five cases)")
        Question(
          "2.3.c",
          "In a statutory victim contact case, was contact offered or made within 40 days?",
          themes: "RoH"
        )
        .measures("victims-statutory-victim-contact-contact-offered-made", .exact)
        .measures("victims-contact-offered", .broader)
        .measures("victims-contact-within-40-days", .broader)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.3, Strengths (c)", basis: .printedFigure,
          quote: "Statutory victim contact was offered or took place within 40 days in 71% of "
            + "cases")
        Question(
          "2.3.d",
          "In a statutory victim contact case, was the victim given the opportunity to express a "
            + "view about conditions of release?",
          themes: "RoH"
        )
        .measures("victims-release-conditions-view", .exact)
        .measures("victims-kept-informed-on-release", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.3, Strengths (d)", basis: .printedFigure,
          quote: "All 11 victims in relevant cases were given the opportunity to express a view "
            + "about conditions of release")
        Question(
          "2.3.e",
          "In a statutory victim contact case, did the victim have the chance to see the relevant "
            + "section of the parole report?"
        )
        .measures("victims-statutory-victim-contact-victim-have-chance", .exact)
        .measures("victims-kept-informed-on-release", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.3, Strengths (d)", basis: .printedFigure,
          quote: "only five out of eight had had the chance to see the relevant section of the "
            + "parole report")
        Question(
          "2.3.f",
          "In a statutory victim contact case, was information about release conditions given to "
            + "the victim in a timely manner?",
          themes: "RoH"
        )
        .measures("victims-statutory-victim-contact-information-about-release", .exact)
        .measures("victims-kept-informed-on-release", .partOf)
        .relevant(when: .attribute("victim_contact", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.3, Strengths (d)", basis: .printedInWords,
          quote: "Information about release conditions was given to all relevant victims in a "
            + "timely manner")
        Question("2.3.g", "Where applicable, was victim awareness work done with the offender?")
          .measures("victims-awareness-work", .exact)
          .from(
            westMercia, at: "General criterion 2.3, Strengths (a)", basis: .printedInWords,
            quote: "a degree of victim awareness work had been done in two-thirds of applicable "
              + "cases")
        Question(
          "2.3.s", "Overall, was consistent attention given to issues concerning victims?",
          role: .summary
        )
        .measures("criterion-victims-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.3", basis: .printedFigure,
        note: "Printed score 76%; conclusion: Performance against this criterion was good.")
      Criterion(OffenderManagementInspection.containmentAndCompliance, in: .westMercia) {
        Question(
          "2.4.a",
          "In a custody case, were satisfactory arrangements in place to restrict the offender's "
            + "liberty during the custodial period?"
        )
        .measures("comply-custody-satisfactory-arrangements-place-restrict-s", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.4, Strengths (a)", basis: .printedInWords,
          quote: "Satisfactory arrangements to restrict the offender's liberty during the "
            + "custodial period had been put in place in relevant cases.")
        Question("2.4.b", "Did a full and timely induction into the sentence take place?")
          .measures("comply-induction", .exact)
          .from(
            westMercia, at: "General criterion 2.4, Strengths (b)", basis: .printedInWords,
            quote: "A full and timely induction into community and custodial sentences took place "
              + "in the vast majority of cases.")
        Question("2.4.c", "Did the frequency of appointments conform to national standards?")
          .measures("comply-contact-frequency", .exact)
          .from(
            westMercia, at: "General criterion 2.4, Strengths (c)", basis: .printedInWords,
            quote: "Frequency of appointments conformed to national standards in almost all cases")
        Question("2.4.d", "In an unpaid work case, was the work of benefit to the community?")
          .measures("comply-unpaid-work-benefit", .exact)
          .measures("comply-unpaid-work-placement", .partOf)
          .relevant(when: .attribute("unpaid_work", is: "yes"))
          .from(
            westMercia, at: "General criterion 2.4, Strengths (d)", basis: .printedFigure,
            quote: "81% of unpaid work was judged as being of benefit to the community")
        Question(
          "2.4.e",
          "In a PPO case, were there enhanced levels of contact and a pattern of reporting "
            + "supporting all elements of the sentence?"
        )
        .measures("public-ppo-enhanced-contact", .exact)
        .relevant(when: .attribute("ppo", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.4, Strengths (e)", basis: .printedFigure,
          quote: "reporting patterns supported the delivery of all elements of the sentence in "
            + "eight out of nine cases")
        Question("2.4.f", "Where required, was breach action taken within the required timescales?")
          .measures("comply-breach-on-time", .exact)
          .from(
            westMercia, at: "General criterion 2.4, Strengths (f)", basis: .printedFigure,
            quote: "taken breach action within the required timescales in 85% of cases")
        Question("2.4.g", "Were breach proceedings resolved in a timely way?")
          .measures("comply-breach-resolved", .exact)
          .from(
            westMercia, at: "General criterion 2.4, Strengths (f)", basis: .printedFigure,
            quote: "Resolution of breach proceedings was timely in 71%")
        Question(
          "2.4.h",
          "In a case released from prison, was there sufficient contact and liaison with the "
            + "offender before release?"
        )
        .measures("comply-pre-release-contact", .exact)
        .relevant(
          when: .attribute("case_type", is: "licence")
            || .attribute("case_type", is: "custody")
        )
        .from(
          westMercia, at: "General criterion 2.4, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "In over half of cases released from prison there had been insufficient contact "
            + "and liaison with the offender prior to release")
        Question(
          "2.4.i",
          "Where electronic monitoring was used, was there effective liaison with the monitoring "
            + "provider?"
        )
        .measures("comply-electronic-monitoring-used-effective-liaison-monitoring", .exact)
        .relevant(when: .attribute("electronic_monitoring", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.4, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "Effective liaison with the electronic monitoring provider had not taken place "
            + "in four out of 11 cases")
        Question(
          "2.4.s", "Overall, was the work to ensure containment and promote compliance sufficient?",
          role: .summary
        )
        .measures("criterion-compliance-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.4", basis: .printedFigure,
        note: "Printed score 80%; conclusion: Performance against this criterion was good.")
      Criterion(OffenderManagementInspection.constructiveInterventions, in: .westMercia) {
        Question(
          "2.5.a",
          "Did constructive interventions challenge the offender to accept responsibility for "
            + "their behaviour and its consequences?"
        )
        .measures("help-accept-responsibility", .exact)
        .from(
          westMercia, at: "General criterion 2.5, Strengths (a)", basis: .printedFigure,
          quote: "In over 70% of cases, constructive interventions challenged the offender to "
            + "accept responsibility for their behaviour and its consequences")
        Question(
          "2.5.b",
          "Where needed, was sufficient work and resource directed at community reintegration "
            + "issues?"
        )
        .measures("help-community-reintegration-work", .exact)
        .from(
          westMercia, at: "General criterion 2.5, Strengths (b)", basis: .printedInWords,
          quote: "Sufficient work and resources were directed at community reintegration issues "
            + "in almost three-quarters of the cases that needed it")
        Question(
          "2.5.c",
          "In a DRR case, did the offender manager prepare reports and attend DRR hearings in "
            + "accordance with national standards and court requirements?"
        )
        .measures("help-drr-reports-and-hearings", .exact)
        .relevant(when: .attribute("drr", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.5, Strengths (c)", basis: .printedFigure,
          quote: "There were nine DRR cases in the sample. In eight of these, the offender "
            + "manager prepared reports and/or attended DRR hearings")
        Question(
          "2.5.d",
          "Where there was an accredited programme, were its provision and timing consistent with "
            + "the sentence plan?"
        )
        .measures("help-programme-as-planned", .exact)
        .relevant(when: .attribute("accredited_programme", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.5, Strengths (d)", basis: .printedInWords,
          quote: "Provision and timing of accredited programmes was consistent with the sentence "
            + "plan in three-quarters of cases")
        Question(
          "2.5.e",
          "Where the programme was not consistent with the plan, were the reasons recorded?"
        )
        .measures("help-programme-delay-explained", .exact)
        .relevant(when: .answer("2.5.d", is: "no"))
        .from(
          westMercia, at: "General criterion 2.5, Strengths (d)", basis: .printedFigure,
          quote: "Of the six cases where this had not happened, reasons were not recorded in "
            + "four instances")
        Question(
          "2.5.f",
          "For an approved premises resident, did the resident receive constructive interventions?"
        )
        .measures("help-approved-premises-interventions", .exact)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.5, Strengths (e)", basis: .printedFigure,
          quote: "Seven offenders in the case sample were resident in approved premises. All of "
            + "them received constructive interventions")
        Question(
          "2.5.g",
          "Where skills for life needs were identified, were arrangements in place to deliver an "
            + "appropriate intervention?"
        )
        .measures("help-skills-intervention-arranged", .exact)
        .from(
          westMercia, at: "General criterion 2.5, Areas for improvement (a)",
          basis: .printedInWords,
          quote: "Where skills for life needs had been identified arrangements to deliver an "
            + "appropriate intervention were not in place in around half of cases")
        Question(
          "2.5.h",
          "Following reception into custody, was immediate action taken to preserve employment, "
            + "accommodation and family ties?"
        )
        .measures("help-preserve-ties-on-custody", .exact)
        .relevant(when: .attribute("case_type", is: "custody"))
        .from(
          westMercia, at: "General criterion 2.5, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "In three out of six cases, following reception into custody, we did not see "
            + "evidence that immediate action had been taken to preserve employment, "
            + "accommodation and family ties")
        Question(
          "2.5.s", "Overall, were constructive interventions delivered sufficiently?",
          role: .summary
        )
        .measures("criterion-constructive-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.5", basis: .printedFigure,
        note: "Printed score 67%; conclusion: This criterion represents a priority for "
          + "improvement.")
      Criterion(OffenderManagementInspection.restrictiveInterventions, in: .westMercia) {
        Question(
          "2.6.a", "Did the offender manager monitor restrictive interventions fully?",
          themes: "RoH"
        )
        .measures("public-restrictive-monitored", .exact)
        .from(
          westMercia, at: "General criterion 2.6, Strengths (a)", basis: .printedFigure,
          quote: "Offender managers monitored restrictive interventions fully in 78% of cases. "
            + "This left a small number of cases (ten) where more could have been done")
        Question("2.6.b", "Were all reasonable actions taken to minimise the RoH?", themes: "RoH")
          .measures("public-all-reasonable-action", .exact)
          .from(
            westMercia, at: "General criterion 2.6, Strengths (b)", basis: .printedFigure,
            quote: "All reasonable actions had been taken to minimise RoH in a large majority of "
              + "cases (84%)")
        Question(
          "2.6.c",
          "For an approved premises resident, were the approved premises used effectively?",
          themes: "RoH"
        )
        .measures("public-approved-premises-effective", .exact)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.6, Strengths (c)", basis: .printedFigure,
          quote: "We saw effective use of approved premises in six out of seven cases in the "
            + "sample")
        Question(
          "2.6.d", "In a licence case, were the licence requirements comprehensive?",
          themes: "RoH"
        )
        .measures("public-licence-licence-requirements-comprehensive", .exact)
        .measures("public-licence-conditions-sound", .partOf)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.6, Strengths (d)", basis: .printedFigure,
          quote: "we assessed them as comprehensive in 81% of relevant cases")
        Question(
          "2.6.e", "In a licence case, were the licence requirements necessary?",
          themes: "RoH"
        )
        .measures("public-licence-licence-requirements-necessary", .exact)
        .measures("public-licence-conditions-sound", .partOf)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.6, Strengths (d)", basis: .printedFigure,
          quote: "necessary (95%)")
        Question(
          "2.6.f",
          "In a licence case, were the licence requirements proportionate to the RoH and "
            + "likelihood of reoffending?",
          themes: "RoH"
        )
        .measures("public-licence-licence-requirements-proportionate-roh-likelihood", .exact)
        .measures("restrictive-conditions-proportionate", .partOf)
        .measures("public-licence-conditions-sound", .partOf)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.6, Strengths (d)", basis: .printedFigure,
          quote: "proportionate to the RoH, and likelihood of reoffending in 86%")
        Question(
          "2.6.g",
          "In a licence case, were the licence requirements proportionate to the protection of "
            + "victims?",
          themes: "RoH"
        )
        .measures("restrictive-conditions-proportionate", .partOf)
        .measures("public-licence-conditions-victims", .exact)
        .relevant(when: .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.6, Strengths (d)", basis: .printedFigure,
          quote: "The figure was lower in respect of protection of victims (at 70%)")
        Question(
          "2.6.h",
          "In a PPO licence case with drug misuse issues, were licence conditions in respect of "
            + "drug misuse made?"
        )
        .measures("public-ppo-drug-conditions", .exact)
        .relevant(when: .attribute("ppo", is: "yes") && .attribute("case_type", is: "licence"))
        .from(
          westMercia, at: "General criterion 2.6, Strengths (e)", basis: .printedFigure,
          quote: "In all cases (seven), licence conditions in respect of drug misuse had been "
            + "made for PPOs")
        Question(
          "2.6.s", "Overall, were restrictive interventions delivered sufficiently?",
          role: .summary
        )
        .measures("criterion-restrictive-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.6", basis: .printedFigure,
        note: "Printed score 85%; conclusion: Performance against this criterion was good.")
      Criterion(OffenderManagementInspection.diversityIssues, in: .westMercia) {
        Question(
          "2.7.a",
          "Did the arrangements for interventions take account of the offender's diversity needs?"
        )
        .measures("diversity-needs-in-interventions", .exact)
        .from(
          westMercia, at: "General criterion 2.7, Strengths (a)", basis: .printedFigure,
          quote: "Arrangements for interventions had taken account of offenders' diversity needs "
            + "in 77% of cases")
        Question(
          "2.7.b", "For an approved premises resident, were the resident's diversity needs met?"
        )
        .measures("diversity-approved-premises-needs-met", .exact)
        .relevant(when: .attribute("approved_premises", is: "yes"))
        .from(
          westMercia, at: "General criterion 2.7, Strengths (b)", basis: .printedFigure,
          quote: "In all six cases diversity needs were met for residents in approved premises")
        Question(
          "2.7.c",
          "Was there evidence that the offender had been informed that discriminatory behaviour "
            + "would not be tolerated?"
        )
        .measures("diversity-discrimination-not-tolerated", .exact)
        .from(
          westMercia, at: "General criterion 2.7, Strengths (c)", basis: .printedFigure,
          quote: "93% of the cases inspected showed evidence that this information had been "
            + "given")
        Question("2.7.d", "Where there were literacy or dyslexia issues, were they addressed?")
          .measures("diversity-literacy-needs-met", .exact)
          .from(
            westMercia, at: "General criterion 2.7, Areas for improvement (a)",
            basis: .printedInWords,
            quote: "Literacy and dyslexia issues were not addressed in half of relevant cases; "
              + "this represented 21 offenders where this had been missed")
        Question("2.7.e", "Where disability issues were recorded, were the offender's needs met?")
          .measures("diversity-disability-needs-met", .exact)
          .from(
            westMercia, at: "General criterion 2.7, Areas for improvement (b)",
            basis: .printedFigure,
            quote: "Disability issues were recorded in 22 cases, needs were not met for six people")
        Question(
          "2.7.s", "Overall, was full and proper attention paid to diversity issues?",
          role: .summary
        )
        .measures("criterion-diversity-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 2.7", basis: .printedFigure,
        note: "Printed score 81%; conclusion: Performance against this criterion was good.")
    }
    .measures("sec-interventions", .exact)
    .from(
      westMercia, at: "Section 2; Summary of Scores, Chart 1: Scoring of sections 1-3",
      basis: .printedInWords,
      note: "The section is headed in the body; its score is printed in Chart 1, an image whose "
        + "values were not recovered."
    )
    .rule(
      from: westMercia, at: "Appendix 4, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("3", "Achievement and monitoring of outcomes") {
      Criterion(OffenderManagementInspection.initialOutcomes, in: .westMercia) {
        Question(
          "3.1.a",
          "Has the offender avoided caution or conviction for an offence during the order?"
        )
        .measures("outcome-no-further-offence", .exact)
        .measures("outcome-no-reconviction", .broader)
        .from(
          westMercia, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
          quote: "86% of offenders had not been cautioned or convicted of an offence during the "
            + "currency of the orders inspected")
        Question("3.1.b", "Had the offender complied with the requirements of the sentence?")
          .measures("comply-requirements-complied", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (c)", basis: .printedFigure,
            quote: "71% of cases demonstrating that they had complied with the requirements of the "
              + "sentence")
        Question("3.1.c", "Had OASys been re-scored?")
          .measures("outcomes-oasys-re-scored", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (d)", basis: .printedInWords,
            quote: "OASys had been re-scored in three-quarters of the cases seen")
        Question(
          "3.1.d",
          "Where OASys had been re-scored, did the score show an improvement over the original "
            + "score?"
        )
        .measures("outcome-oasys-score-improved", .exact)
        .relevant(when: .answer("3.1.c", is: "yes"))
        .from(
          westMercia, at: "General criterion 3.1, Strengths (d)", basis: .printedFigure,
          quote: "with 49% showing an improvement over the original score")
        Question(
          "3.1.e",
          "Was there progress in relation to the most important factor linked to offending?"
        )
        .measures("outcome-priority-factor-progress", .exact)
        .from(
          westMercia, at: "General criterion 3.1, Strengths (d)", basis: .printedFigure,
          quote: "47% had shown some level of progress in relation to the most important factor "
            + "linked to their offending")
        Question("3.1.f", "Was there progress in relation to the second priority factor?")
          .measures("outcome-second-factor-progress", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (d)", basis: .printedFigure,
            quote: "Progress was also evident in 45% of second priority factors")
        Question("3.1.g", "Was there progress in relation to the third priority factor?")
          .measures("outcome-third-factor-progress", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (d)", basis: .printedFigure,
            quote: "39% of third priorities (lifestyle/associates)")
        Question("3.1.h", "Was the punish objective of the sentence achieved?")
          .measures("outcome-punish-achieved", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (e)", basis: .printedFigure,
            quote: "The punish objective of the sentence had been achieved in 85%")
        Question("3.1.i", "Was the help objective of the sentence achieved?")
          .measures("outcome-help-achieved", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (f)",
            basis: .printedFigure,
            quote: "the help aspect of sentencing was being achieved in 65% of cases")
        Question("3.1.j", "In a tier 3 or 4 case, was the change objective achieved?")
          .measures("outcome-change-achieved", .exact)
          .relevant(when: .attribute("tier", is: "3", "4"))
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (f)",
            basis: .printedFigure,
            quote: "the change objective relating to Tier 3 and 4 cases in only 28%")
        Question("3.1.k", "Was the control objective of the sentence achieved?", themes: "RoH")
          .measures("outcome-control-achieved", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (e)", basis: .printedFigure,
            quote: "and the control objective in 79% of cases")
        Question(
          "3.1.l", "Were the resources allocated consistent with the offender's RoH to others?",
          themes: "RoH"
        )
        .measures("deliver-resources-match-roh", .exact)
        .from(
          westMercia, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
          quote: "The resources allocated were consistent with the offender's RoH to others in "
            + "82% of cases")
        Question(
          "3.1.m", "Were the resources allocated consistent with the likelihood of reoffending?"
        )
        .measures("deliver-resources-match-lor", .exact)
        .from(
          westMercia, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
          quote: "with the likelihood of reoffending in 86%")
        Question("3.1.n", "In a PPO case, were the resources allocated consistent with the case?")
          .measures("outcomes-ppo-resources-allocated-consistent", .exact)
          .relevant(when: .attribute("ppo", is: "yes"))
          .from(
            westMercia, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
            quote: "and in 90% of PPO cases")
        Question("3.1.o", "Were resources used efficiently in achieving planned objectives?")
          .measures("outcome-resources-efficient", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
            quote: "Resources were found to be used efficiently in achieving planned objectives in "
              + "77% of cases")
        Question(
          "3.1.p",
          "In a case with a history or current offending of domestic violence, was the offender "
            + "manager aware of information held by the police?",
          themes: "RoH"
        )
        .measures("public-domestic-abuse-police-information", .exact)
        .relevant(when: .attribute("domestic_abuse", is: "yes"))
        .from(
          westMercia, at: "General criterion 3.1, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "There were 33 cases which had a previous history or current offending of this "
            + "type in the sample and offender managers were unaware of information held by the "
            + "police in ten of these")
        Question(
          "3.1.q", "Where relevant, had the offender demonstrated improved victim awareness?"
        )
        .measures("victims-awareness-improved", .exact)
        .from(
          westMercia, at: "General criterion 3.1, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "offenders had not demonstrated improved victim awareness in 69% of relevant "
            + "cases")
        Question("3.1.r", "Had the seriousness of offending reduced?")
          .measures("outcome-seriousness-reduced", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (c)",
            basis: .printedFigure,
            quote: "13% of cases demonstrated a reduced seriousness of offending")
        Question("3.1.t", "Had the frequency of offending reduced?")
          .measures("outcome-frequency-reduced", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (c)",
            basis: .printedFigure,
            quote: "and 22% a reduced frequency")
        Question(
          "3.1.u", "Was there a reduced threat to victims or potential victims?",
          themes: "RoH"
        )
        .measures("victims-threat-reduced", .exact)
        .from(
          westMercia, at: "General criterion 3.1, Areas for improvement (c)",
          basis: .printedFigure,
          quote: "A higher number (28%) showed reduced threat to victims or potential victims")
        Question("3.1.v", "Had learning outcomes or skills been applied?")
          .measures("outcome-learning-applied", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (d)",
            basis: .printedFigure,
            quote: "There was evidence that learning outcomes or skills had been applied in 42% of "
              + "cases")
        Question("3.1.w", "Had the offender's offending-related attitude changed?")
          .measures("outcome-attitude-changed", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (e)",
            basis: .printedFigure,
            quote: "Changes in offending-related attitude (28%) and behaviour (38%) were limited")
        Question("3.1.x", "Had the offender's offending-related behaviour changed?")
          .measures("outcome-behaviour-changed", .exact)
          .from(
            westMercia, at: "General criterion 3.1, Areas for improvement (e)",
            basis: .printedFigure,
            quote: "Changes in offending-related attitude (28%) and behaviour (38%) were limited")
        Question(
          "3.1.s", "Overall, had the planned objectives been efficiently achieved?",
          role: .summary
        )
        .measures("criterion-initial-outcomes-overall", .exact)
        .from(
          westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
          note: "The 80/20 rule needs a summary question; its wording was not published and the "
            + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 3.1", basis: .printedFigure,
        note: "Printed score 59%; conclusion: This criterion represents an urgent priority for "
          + "improvement.")
      Criterion(OffenderManagementInspection.sustainabilityOfProgress, in: .westMercia) {
        Question(
          "3.2.a",
          "Where there had been three or more offender managers, had the changes not adversely "
            + "affected sustaining progress?"
        )
        .measures("outcomes-three-more-managers-changes-adversely-affected", .exact)
        .measures("outcome-om-changes-no-harm", .narrower)
        .from(
          westMercia, at: "General criterion 3.2, Strength (a)", basis: .printedInWords,
          quote: "In half of the 19 cases where there had been three or more offender managers, "
            + "these changes had not adversely impacted on sustaining progress")
        Question(
          "3.2.b",
          "Was structured sentence planning given sufficient priority throughout the sentence?"
        )
        .measures("outcome-plan-priority", .exact)
        .from(
          westMercia, at: "General criterion 3.2, Areas for improvement (a)",
          basis: .printedFigure,
          quote: "Structured sentence planning had not been given sufficient priority throughout "
            + "the sentence in 53% of cases")
        Question(
          "3.2.c",
          "Did the offender manager do enough to consolidate learning and reinforce new skills?"
        )
        .measures("help-reinforce-learning", .exact)
        .from(
          westMercia, at: "General criterion 3.2, Areas for improvement (b)",
          basis: .printedFigure,
          quote: "this critical aspect of the role was demonstrated in 59% of cases")
        Question("3.2.d", "Were long-term community reintegration issues sufficiently considered?")
          .measures("outcome-long-term-reintegration", .exact)
          .from(
            westMercia, at: "General criterion 3.2, Areas for improvement (c)",
            basis: .printedInWords,
            quote: "Long-term community reintegration issues were not sufficiently considered in "
              + "two-thirds of cases")
        Question("3.2.s", "Overall, were the results capable of being sustained?", role: .summary)
          .measures("criterion-sustainability-overall", .exact)
          .from(
            westMercia, at: "Appendix 4, Scoring approach", basis: .placeholder,
            note: "The 80/20 rule needs a summary question; its wording was not published and the "
              + "report prints no finding for it, so this one is ours.")
      }
      .from(
        westMercia, at: "General criterion 3.2", basis: .printedFigure,
        note: "Printed score 60%; conclusion: This criterion represents a priority for "
          + "improvement.")
    }
    .measures("sec-outcomes", .exact)
    .from(
      westMercia, at: "Section 3; Summary of Scores, Chart 1: Scoring of sections 1-3",
      basis: .printedInWords,
      note: "The section is headed in the body; its score is printed in Chart 1, an image whose "
        + "values were not recovered."
    )
    .rule(
      from: westMercia, at: "Appendix 4, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    OffenderManagementInspection.leadershipSection(.westMercia)

    Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
      .measures("thread-risk-of-harm", .exact)
      .from(
        westMercia, at: "Summary of Scores, Table 2: Risk of Harm Thread", basis: .printedFigure,
        note: "Printed score 70%."
      )
      .rule(
        from: westMercia, at: "Appendix 4, Scoring approach", basis: .statedRule,
        quote:
          "The score for the RoH Thread is calculated as an average, over all the questions in "
          + "the Offender Management Tool in sections 1 and 2 relating to RoH"
      )
      .membership(
        from: westMercia, at: "Appendix 4, Scoring approach", basis: .statedRule,
        note:
          "The report states the scope (questions in sections 1 and 2 relating to Risk of Harm); "
          + "which questions those are is ours, by each question's subject: the tool's tags were "
          + "not published.")
  }
}
