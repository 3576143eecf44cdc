import InspectionDSL

/// The id of the Cheshire report, which every item of this framework cites.
private let cheshire = OffenderManagementInspection.Report.cheshire.source

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), as the 2006 Cheshire report applied it.
  ///
  /// **Superseded by ``omi2006Revised``** (version 2006.2, the printed answer scales); kept so
  /// that samples and scores recorded under version 2006 can be read and scored again
  /// (`docs/versions.md`).
  ///
  /// Period: the OMI programme ran from May 2006 to 2009 (Appendix 2). Version `2006` is the
  /// structure under which the first report, Cheshire (August 2006), printed its scores.
  ///
  /// Source: HM Inspectorate of Probation, *A report on Offender Management in Cheshire* (August
  /// 2006): the report body (general criteria 1.1–4.6, each with Strengths, Areas for
  /// Improvement and a Conclusion), the Summary of Scores (Chart 1, Tables 1 and 2), Appendix 2
  /// (sample) and Appendix 3 (scoring approach). Every item cites the place it comes from
  /// (`inspect provenance OMI@2006`).
  ///
  /// Faithful: criterion ids, titles and one-line standards follow the report body: 1.1-1.5,
  /// 2.1-2.7, 3.1-3.2 and 4.1-4.6. Cheshire printed its scores and conclusions under these
  /// criteria, so this is the structure the report applied. Each criterion weights its individual
  /// and summary questions 80/20, each section is the mean of its criteria, and the RoH thread
  /// averages the RoH questions of sections 1 and 2 (Appendix 3). Section 4 is graded well met /
  /// satisfactorily met / partly met / not met (Appendix 3). Conclusions are a grade scale on the
  /// displayed whole-number score: >= 70 good, 60-69 priority for improvement, < 60 urgent
  /// priority. The cut-offs are an inferred rule: they reproduce all 27 conclusions printed with
  /// a score in the Cheshire and West Mercia reports. Questions are the case-level findings of the
  /// body, each citing its finding (criterion, Strengths or Areas for Improvement, letter).
  ///
  /// Why the body and not Appendix 3: the appendix lists section 2 as five other criteria (2.1
  /// Protecting the public ... 2.5 Diversity needs), calls 3.1 "Interventions are delivered with
  /// the desired outcomes" and 4.3 "Resource allocation". No score in the report uses that
  /// numbering. That listing is kept as its own version, ``omi2006Appendix``. The 2008 report
  /// (``omi2008``) has the same body structure as this one, and its appendix agrees with its body,
  /// so the 2006 appendix is the odd one out.
  ///
  /// Assumptions (each also an `Assumption` below): question texts restate the printed findings.
  /// The 80/20 rule applies per criterion. We word the summary questions (placeholders); where
  /// the report prints an "overall" finding (1.2, Areas for Improvement (a); 1.5, Areas for
  /// Improvement (f)) it is read as that summary question's result. The conclusion bands are
  /// inferred and band the displayed score. RoH tags follow each question's subject. The case
  /// attributes are ours; the sample has no custody cases (Appendix 2), so `case_type` has no
  /// custody value. Criterion 1.2's heading, standard and score are missing from the text, so the
  /// 2008 standard is used. Section 4 judgements carry no points.
  ///
  /// Not recovered: the Offender Management Tool's question list, wording and RoH tags; the "fuller
  /// description on the website" of the 80/20 calculation; Chart 1, an image holding every section
  /// score and criterion 1.2's score; the RoH score that triggers a further focused inspection.
  public static let omi2006 = Framework(
    "OMI", version: "2006", title: "Offender Management Inspection"
  ) {
    OffenderManagementInspection.programme
    Historical()
    Concepts(from: FrameworkCatalog.concepts)
    cheshireReport
    omi2006Assumptions
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence")
    OffenderManagementInspection.caseAttributes()

    OffenderManagementInspection.themeAndScales(.cheshire)

    Section("1", "Assessment and sentence planning") {
      omi2006PreparingForSentence
      omi2006RiskOfHarmAssessment
      omi2006LikelihoodOfReoffendingAssessment
      omi2006OffenderEngagementAssessment
      omi2006SentencePlanning
    }
    .measures("sec-assessment-and-planning", .exact)
    .from(
      cheshire, at: "Section 1; Summary of Scores, Chart 1: Scoring of sections 1-3",
      basis: .printedInWords,
      note: "The section is headed in the body; its score is printed in Chart 1, an image whose "
        + "values were not recovered."
    )
    .rule(
      from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("2", "Implementation of interventions") {
      omi2006DeliveringTheSentencePlan
      omi2006ProtectingThePublic
      omi2006Victims
      omi2006ContainmentAndCompliance
      omi2006ConstructiveInterventions
      omi2006RestrictiveInterventions
      omi2006DiversityIssues
    }
    .measures("sec-interventions", .exact)
    .from(
      cheshire, at: "Section 2; Summary of Scores, Chart 1: Scoring of sections 1-3",
      basis: .printedInWords,
      note: "The section is headed in the body; its score is printed in Chart 1, an image whose "
        + "values were not recovered."
    )
    .rule(
      from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    Section("3", "Achievement and monitoring of outcomes") {
      omi2006InitialOutcomes
      omi2006SustainabilityOfProgress
    }
    .measures("sec-outcomes", .exact)
    .from(
      cheshire, at: "Section 3; Summary of Scores, Chart 1: Scoring of sections 1-3",
      basis: .printedInWords,
      note: "The section is headed in the body; its score is printed in Chart 1, an image whose "
        + "values were not recovered."
    )
    .rule(
      from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
      quote: "The score for each of sections 1 to 3 is then calculated as the average of the "
        + "scores for the component general criteria.")

    OffenderManagementInspection.leadershipSection(.cheshire)

    Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
      .measures("thread-risk-of-harm", .exact)
      .from(
        cheshire, at: "Summary of Scores, Table 2: Risk of Harm Thread", basis: .printedFigure,
        note: "Printed score 65%."
      )
      .rule(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        quote: "The score for the “Risk of Harm Thread” is calculated as an average, over all the "
          + "questions in the Offender Management Tool in sections 1 and 2 relating to Risk of harm"
      )
      .membership(
        from: cheshire, at: "Appendix 3, Scoring approach", basis: .statedRule,
        note:
          "The report states the scope (questions in sections 1 and 2 relating to Risk of Harm); "
          + "which questions those are is ours, by each question's subject: the tool's tags were "
          + "not published.")
  }

  /// The Cheshire report, the source every item of both 2006 listings cites.
  static var cheshireReport: Source {
    Source(
      id: OffenderManagementInspection.Report.cheshire.source,
      publisher: "HM Inspectorate of Probation",
      title: "Offender Management Inspection: A report on Offender Management in Cheshire",
      date: "August 2006",
      reference: "Published by HM Inspectorate of Probation (Offender Management Inspection "
        + "programme, 2006-09); its Appendix 3 refers readers to the inspectorate's website for "
        + "the full scoring description",
      note: "Report body: structure, standards, scores and case-level findings. Appendix 3: "
        + "scoring approach.")
  }

  /// The assumptions of both 2006 listings: those of every OMI framework, then three that the
  /// Cheshire text needs.
  static var omi2006Assumptions: [any FrameworkComponent] {
    OffenderManagementInspection.assumptions + [
      Assumption(
        "Criterion 1.2's heading, standard and score are missing from the Cheshire "
          + "text; its standard is taken from the West Mercia report (2008), which prints the "
          + "same criteria."),
      Assumption(
        "Where the report prints an 'overall' finding for a criterion (1.2, Areas for "
          + "Improvement (a); 1.5, Areas for Improvement (f)) it is read as the result of that "
          + "criterion's summary question."),
      Assumption(
        "The sample is community orders and licences only (Appendix 2), so "
          + "case_type has no custody value."),
    ]
  }

  // MARK: - The body's scored criteria, with the Cheshire findings
  //
  // Declared once and listed by both 2006 versions: ``omi2006`` under the body's numbering, and
  // ``omi2006Appendix``, which keeps sections 1 and 3 and regroups the questions of section 2.

  /// 1.1 with the Cheshire body's findings.
  static let omi2006PreparingForSentence = Criterion(
    OffenderManagementInspection.preparingForSentence, in: .cheshire
  ) {
    Question("1.1.a", "Was a pre-sentence report (PSR) prepared for the current offence?")
      .measures("psr-prepared", .exact)
      .relevant(when: .attribute("case_type", is: "community"))
      .from(
        cheshire, at: "General criterion 1.1, Strengths (a)", basis: .printedFigure,
        quote: "Almost all of the cases in the community sample (56 out of 60) had had a PSR "
          + "written for the current offence")
    Question("1.1.b", "Was the PSR of satisfactory quality?")
      .measures("psr-psr-satisfactory-quality", .exact)
      .relevant(when: .attribute("psr", is: "yes"))
      .from(
        cheshire, at: "General criterion 1.1, Strengths (a)", basis: .printedFigure,
        quote: "82% were assessed as being satisfactory")
    Question(
      "1.1.c",
      "Where the court had indicated the level of seriousness, did the report clearly take it "
        + "into account?"
    )
    .measures("psr-takes-account-of-court-seriousness", .exact)
    .relevant(when: .attribute("psr", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.1, Strengths (a)", basis: .printedInWords,
      quote: "Where the court had indicated the level of seriousness, all but three of the "
        + "reports clearly took this into account")
    Question("1.1.d", "Did the report make a clear proposal for sentence?")
      .measures("psr-clear-proposal", .exact)
      .relevant(when: .attribute("psr", is: "yes"))
      .from(
        cheshire, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
        quote: "A clear proposal for sentence was made in 95% of reports")
    Question("1.1.e", "Was the proposal followed by the court?")
      .measures("psr-proposal-followed", .exact)
      .relevant(when: .attribute("psr", is: "yes"))
      .from(
        cheshire, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
        quote: "which was followed in 82% of cases")
    Question(
      "1.1.f", "Did the report include a clear risk and needs assessment?",
      themes: "RoH"
    )
    .measures("psr-based-on-risk-and-need-assessment", .exact)
    .relevant(when: .attribute("psr", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.1, Strengths (c)", basis: .printedFigure,
      quote: "82% also included a clear risk and needs assessment")
    Question(
      "1.1.g",
      "In a PPO case, did the report contain a clear and proportionate proposal without "
        + "identifying the offender as a PPO?"
    )
    .measures("psr-ppo-report-contain-clear-proportionate-proposal", .exact)
    .measures("psr-ppo-not-labelled", .partOf)
    .relevant(when: .attribute("psr", is: "yes") && .attribute("ppo", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.1, Strengths (d)", basis: .printedFigure,
      quote: "There was a report in only one PPO case. This also contained a clear and "
        + "proportionate proposal and did not identify the offender as a PPO")
    Question("1.1.h", "Where self-harm was an issue, was it clearly recorded in the report?")
      .measures("psr-self-harm-recorded", .exact)
      .measures("psr-vulnerability-recorded", .narrower)
      .relevant(when: .attribute("psr", is: "yes"))
      .from(
        cheshire, at: "General criterion 1.1, Strengths (e)", basis: .printedInWords,
        quote: "Where self harm was an issue this was clearly recorded in all but one report")
    Question("1.1.i", "Did victim profile information inform the report?", themes: "RoH")
      .measures("psr-victim-information", .exact)
      .relevant(when: .attribute("psr", is: "yes"))
      .from(
        cheshire, at: "General criterion 1.1, Areas for improvement (a)", basis: .printedFigure,
        quote: "In only 36% of relevant reports was victim profile information found to inform the "
          + "report")
    Question(
      "1.1.j",
      "Where the report proposed a community sentence, did it contain an outline sentence "
        + "plan?"
    )
    .measures("psr-report-proposed-community-sentence-contain-outline", .exact)
    .measures("psr-outline-plan", .partOf)
    .relevant(when: .attribute("psr", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.1, Areas for improvement (b)", basis: .printedFigure,
      quote: "An outline sentence plan was contained in only 64% of the 53 reports where a "
        + "positive proposal for a community sentence had been made")
    Question(
      "1.1.s", "Overall, was the work in preparing for sentence sufficient?",
      role: .summary
    )
    .measures("criterion-preparing-for-sentence-overall", .exact)
    .relevant(when: .attribute("psr", is: "yes"))
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 1.1", basis: .printedFigure,
    note: "Printed score 74%; conclusion: Performance against this criterion was good.")

  /// 1.2 with the Cheshire body's findings.
  static let omi2006RiskOfHarmAssessment = Criterion(
    OffenderManagementInspection.riskOfHarmAssessment, in: .cheshire
  ) {
    Question(
      "1.2.a",
      "In a high or very high RoH case, were middle or senior managers effectively involved "
        + "in the assessment?",
      themes: "RoH"
    )
    .measures("roh-management-involvement-high", .exact)
    .relevant(when: .attribute("roh", is: "high", "very high"))
    .from(
      cheshire, at: "General criterion 1.2, Strengths (a)", basis: .printedFigure,
      quote: "There was effective middle and/or senior manager involvement in the assessment of "
        + "85% of the high and very high RoH cases")
    Question(
      "1.2.b", "Did the RoH analysis accurately reflect the risk posed to the general public?",
      themes: "RoH"
    )
    .measures("roh-analysis-reflects-risk-to-public", .exact)
    .from(
      cheshire, at: "General criterion 1.2, Strengths (b)", basis: .printedFigure,
      quote: "The RoH analysis was found to accurately reflect the risk posed to the general "
        + "public in 87% of cases")
    Question("1.2.c", "Was a RoH assessment completed?", themes: "RoH")
      .measures("roh-assessment-completed", .exact)
      .from(
        cheshire, at: "General criterion 1.2, Areas for improvement (a)", basis: .printedFigure,
        quote: "In ten cases there was no RoH assessment")
    Question("1.2.d", "Was the RoH classification accurate?", themes: "RoH")
      .measures("roh-classification-accurate", .exact)
      .from(
        cheshire, at: "General criterion 1.2, Areas for improvement (a)", basis: .printedFigure,
        quote: "In 14 cases, inspectors assessed the classification to be inaccurate")
    Question("1.2.e", "Was the RoH screening done on time?", themes: "RoH")
      .measures("roh-screening-on-time", .exact)
      .from(
        cheshire, at: "General criterion 1.2, Areas for improvement (b)", basis: .printedFigure,
        quote: "Where there was a RoH screening it was done late in approximately 20% of cases, in "
          + "both community and licence samples")
    Question(
      "1.2.f",
      "Where MAPPA or other assessments were available, were they used to inform the risk "
        + "assessment and risk management plan?",
      themes: "RoH"
    )
    .measures("roh-other-assessments-used", .exact)
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (c)", basis: .printedFigure,
      quote: "in 34% of cases where there were MAPPA or other assessments available, they were "
        + "not used to inform risk assessments or management plans")
    Question(
      "1.2.g",
      "In a MAPPA case, were the notes and action plans of meetings shared with the offender "
        + "manager and kept on the file?",
      themes: "RoH"
    )
    .measures("roh-mappa-notes-action-plans-meetings-shared", .exact)
    .relevant(when: .attribute("mappa", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (c)", basis: .printedInWords,
      quote: "nor did we see evidence on approximately half of the files that notes and action "
        + "plans were shared with them")
    Question(
      "1.2.h",
      "Where there was a RoH to children, was there satisfactory middle or senior management "
        + "involvement?",
      themes: "RoH"
    )
    .measures("roh-roh-children-satisfactory-middle-senior-management", .exact)
    .relevant(when: .attribute("child_concern", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (d)", basis: .printedFigure,
      quote: "In only 57% of relevant cases was there satisfactory middle and/or senior "
        + "management involvement")
    Question(
      "1.2.i", "At the start of a community order, was the risk management plan comprehensive?",
      themes: "RoH"
    )
    .measures("rmp-comprehensive-community", .exact)
    .measures("rmp-comprehensive", .narrower)
    .relevant(when: .attribute("case_type", is: "community"))
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (e)", basis: .printedFigure,
      quote: "Risk management plans in community orders were comprehensive in 40% of cases (48% "
        + "of licences)")
    Question(
      "1.2.j", "At the start of a licence, was the risk management plan comprehensive?",
      themes: "RoH"
    )
    .measures("roh-start-licence-risk-management-plan-comprehensive", .exact)
    .measures("rmp-comprehensive", .narrower)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (e)", basis: .printedFigure,
      quote: "Risk management plans in community orders were comprehensive in 40% of cases (48% "
        + "of licences)")
    Question(
      "1.2.k",
      "In a high or very high RoH case referred to approved premises, was the referral "
        + "appropriate?",
      themes: "RoH"
    )
    .measures("roh-high-very-high-roh-referred-approved", .exact)
    .measures("roh-approved-premises-referral-appropriate", .narrower)
    .relevant(when: .attribute("roh", is: "high", "very high"))
    .from(
      cheshire, at: "General criterion 1.2, Strengths (d)", basis: .printedFigure,
      quote: "A referral had been made to approved premises in ten high or very high RoH cases. "
        + "That two of these were assessed as inappropriate")
    Question(
      "1.2.l",
      "Where greater oversight was needed to protect the public, was the case referred to "
        + "approved premises?",
      themes: "RoH"
    )
    .measures("roh-greater-oversight-needed-protect-public-referred", .exact)
    .relevant(when: .attribute("roh", is: "high", "very high"))
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (f)", basis: .printedFigure,
      quote: "A further four cases assessed as having required a referral due to the need for "
        + "greater oversight to protect the public from harm, were not referred")
    Question(
      "1.2.m", "Was sufficient attention paid to victims' issues in the assessment?",
      themes: "RoH"
    )
    .measures("roh-victim-issues-in-assessment", .exact)
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (g)", basis: .printedFigure,
      quote: "Insufficient attention was paid to victims' issues in 44% of the relevant cases")
    Question(
      "1.2.s", "Overall, was the RoH assessment of satisfactory quality?",
      themes: "RoH", role: .summary
    )
    .measures("roh-assessment-quality", .exact)
    .from(
      cheshire, at: "General criterion 1.2, Areas for improvement (a)", basis: .printedFigure,
      quote: "The quality of RoH assessment was overall described as satisfactory in only 55% of "
        + "cases",
      note: "Read as the criterion's summary question (an assumption): the report prints this "
        + "overall finding; the question's wording is ours.")
  }
  .from(
    cheshire, at: "Contents; general criterion 1.2", basis: .printedInWords,
    note: "The heading, standard and score are missing from the body text; the title is the "
      + "contents page's, the standard West Mercia's (November 2008), which prints the same "
      + "criteria. Its conclusion is printed: This criterion represents an urgent priority for "
      + "improvement.")

  /// 1.3 with the Cheshire body's findings.
  static let omi2006LikelihoodOfReoffendingAssessment = Criterion(
    OffenderManagementInspection.likelihoodOfReoffendingAssessment, in: .cheshire
  ) {
    Question("1.3.a", "Was a full OASys assessment completed?")
      .measures("lor-assessment-completed", .exact)
      .relevant(when: !.attribute("tier", is: "1"))
      .from(
        cheshire, at: "General criterion 1.3, Strengths (a)", basis: .printedFigure,
        quote: "In 83% of cases there was a completed OASys assessment")
    Question("1.3.b", "Was the assessment of likelihood of reoffending of sufficient quality?")
      .measures("lor-assessment-likelihood-reoffending-sufficient-quality", .exact)
      .from(
        cheshire, at: "General criterion 1.3, Strengths (b)", basis: .printedFigure,
        quote: "The assessment of likelihood of reoffending was found to be of sufficient quality "
          + "in 84% of cases")
    Question("1.3.c", "Were criminogenic factors satisfactorily assessed?")
      .measures("lor-criminogenic-factors-assessed", .exact)
      .from(
        cheshire, at: "General criterion 1.3, Strengths (b)", basis: .printedFigure,
        quote: "Criminogenic factors were satisfactorily assessed in 86% of cases")
    Question(
      "1.3.d",
      "In a PPO case designated on sentence or release, was the assessment made within five "
        + "days?"
    )
    .measures("lor-ppo-assessment-on-time", .exact)
    .relevant(when: .attribute("ppo", is: "yes"))
    .from(
      cheshire, at: "General criterion 1.3, Strengths (c)", basis: .printedFigure,
      quote: "There were five PPO cases in the sample, of which the three so designated on "
        + "sentence or release were assessed within five days")
    Question(
      "1.3.e",
      "Where previous assessments were available, were they drawn on to inform the current "
        + "assessment?"
    )
    .measures("lor-previous-assessments-available-they-drawn-inform", .exact)
    .measures("lor-other-assessments-used", .narrower)
    .from(
      cheshire, at: "General criterion 1.3, Strengths (d)", basis: .printedFigure,
      quote: "Where there were previous assessments available, these were drawn on to inform the "
        + "current assessment in 82% of cases")
    Question(
      "1.3.s", "Overall, was the assessment of likelihood of reoffending sufficient?",
      role: .summary
    )
    .measures("criterion-lor-assessment-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 1.3", basis: .printedFigure,
    note: "Printed score 74%; conclusion: Performance against this criterion was good.")

  /// 1.4 with the Cheshire body's findings.
  static let omi2006OffenderEngagementAssessment = Criterion(
    OffenderManagementInspection.offenderEngagementAssessment, in: .cheshire
  ) {
    Question("1.4.a", "Was a basic skills screening carried out?")
      .measures("engage-literacy-screening", .exact)
      .from(
        cheshire, at: "General criterion 1.4, Strengths (a)", basis: .printedFigure,
        quote: "A basic skills screening had been carried out in 80% of cases")
    Question(
      "1.4.b",
      "Was full attention paid to the methods most likely to be effective with the offender?"
    )
    .measures("engage-effective-methods", .exact)
    .from(
      cheshire, at: "General criterion 1.4, Strengths (b)", basis: .printedFigure,
      quote: "Full attention was paid to the methods most likely to be effective with the "
        + "offender in 88% of cases")
    Question("1.4.c", "Were the individual needs of the offender actively assessed?")
      .measures("engage-individual-needs-assessed", .exact)
      .from(
        cheshire, at: "General criterion 1.4, Strengths (c)", basis: .printedFigure,
        quote: "In 71% of cases the individual needs of the offender were actively assessed")
    Question(
      "1.4.d",
      "Where discriminatory or disadvantaging factors were identified, were plans put in "
        + "place to minimise their impact?"
    )
    .measures("engage-discrimination-plans", .exact)
    .from(
      cheshire, at: "General criterion 1.4, Strengths (c)", basis: .printedFigure,
      quote: "Where potentially discriminatory or disadvantaging factors had been identified (37 "
        + "cases), plans were put in place to minimise impact in 82% of them")
    Question(
      "1.4.s", "Overall, was the assessment of offender engagement sufficient?",
      role: .summary
    )
    .measures("criterion-engagement-assessment-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 1.4", basis: .printedFigure,
    note: "Printed score 78%; conclusion: Performance against this criterion was good.")

  /// 1.5 with the Cheshire body's findings.
  static let omi2006SentencePlanning = Criterion(
    OffenderManagementInspection.sentencePlanning, in: .cheshire
  ) {
    Question(
      "1.5.a",
      "In a community order, was the offender allocated to an offender manager within the "
        + "required timescale?"
    )
    .measures("allocation-on-time", .exact)
    .relevant(when: .attribute("case_type", is: "community"))
    .from(
      cheshire, at: "General criterion 1.5, Strengths (a)", basis: .printedInWords,
      quote: "In all but two community orders the offender was allocated to an offender manager "
        + "within required timescales")
    Question(
      "1.5.b",
      "Had steps been taken to ensure that the offender fully understood the requirements of "
        + "the sentence?"
    )
    .measures("plan-steps-taken-ensure-fully-understood-requirements", .exact)
    .measures("plan-understood-requirements-and-breach", .partOf)
    .from(
      cheshire, at: "General criterion 1.5, Strengths (b)", basis: .printedFigure,
      quote: "It was clear from the record that steps had been taken to ensure that the offender "
        + "fully understood the requirements of the sentence in 92% of cases")
    Question(
      "1.5.c",
      "Had steps been taken to ensure that the offender understood the penalties for breach?"
    )
    .measures("plan-steps-taken-ensure-understood-penalties-breach", .exact)
    .measures("plan-understood-requirements-and-breach", .partOf)
    .from(
      cheshire, at: "General criterion 1.5, Strengths (b)", basis: .printedFigure,
      quote: "In 94% of cases, steps had been taken to ensure that offenders understood the "
        + "penalties for breach")
    Question("1.5.d", "Was an initial sentence plan (ISP) in place?")
      .measures("plan-in-place", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (a)", basis: .printedFigure,
        quote: "In eight cases there was no ISP")
    Question("1.5.e", "Was the case allocated to the correct tier?")
      .measures("plan-allocated-correct-tier", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (a)", basis: .printedFigure,
        quote: "inspectors found that ten had been incorrectly allocated")
    Question("1.5.f", "Did the planning accurately reflect the purpose of sentencing?")
      .measures("plan-reflects-purpose-of-sentence", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (a)", basis: .printedFigure,
        quote: "Subsequent planning did not accurately reflect the purpose of sentencing in 16 "
          + "cases")
    Question(
      "1.5.g", "In a community order, did the sentence plan include planned contact levels?"
    )
    .measures("plan-contact-levels", .exact)
    .relevant(when: .attribute("case_type", is: "community"))
    .from(
      cheshire, at: "General criterion 1.5, Strengths (d)", basis: .printedFigure,
      quote: "planned contact levels were included in 92% of plans")
    Question(
      "1.5.h", "In a community order, were the planned contacts recorded as enforceable?"
    )
    .measures("plan-appointments-enforceable", .exact)
    .relevant(when: .attribute("case_type", is: "community"))
    .from(
      cheshire, at: "General criterion 1.5, Strengths (d)", basis: .printedFigure,
      quote: "77% of contacts were recorded as enforceable")
    Question("1.5.i", "In a community order, was the sentence plan completed on time?")
      .measures("plan-on-time", .exact)
      .relevant(when: .attribute("case_type", is: "community"))
      .from(
        cheshire, at: "General criterion 1.5, Strengths (d)", basis: .printedFigure,
        quote: "73% were completed on time")
    Question(
      "1.5.j",
      "Were the roles and liaison responsibilities of the various workers clearly defined in "
        + "the sentence plan?"
    )
    .measures("plan-roles-defined", .exact)
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (b)", basis: .printedFigure,
      quote: "In 41% of applicable cases, the roles and liaison responsibilities of the various "
        + "workers were not clearly defined in the sentence plan")
    Question(
      "1.5.k",
      "Where restrictive conditions or requirements were needed to minimise the RoH to the "
        + "public, were they considered and recorded in the plan?",
      themes: "RoH"
    )
    .measures("plan-restrictive-conditions-considered", .exact)
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (d)", basis: .printedFigure,
      quote: "There were 18 cases where consideration of restrictive conditions or requirements "
        + "should have been given to minimise the RoH to the public in addition to the 34 cases "
        + "where it was appropriately given and recorded in the plan")
    Question(
      "1.5.l",
      "In a community order with a plan, did the plan outline how the RoH was to be managed?",
      themes: "RoH"
    )
    .measures("plan-community-order-plan-plan-outline-how", .exact)
    .relevant(when: .attribute("case_type", is: "community"))
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (e)", basis: .printedFigure,
      quote: "In community orders where there was a plan, only 19% outlined how the RoH was to "
        + "be managed")
    Question("1.5.m", "Did the sentence plan focus on achievable change?")
      .measures("plan-achievable-change", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (f)", basis: .printedFigure,
        quote: "Only 48% focused on achievable change")
    Question("1.5.n", "Did the sentence plan set relevant goals for the offender?")
      .measures("plan-relevant-goals", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (f)", basis: .printedFigure,
        quote: "55 % set relevant goals for the offender")
    Question("1.5.o", "Did the sentence plan give a clear shape to supervision?")
      .measures("plan-clear-shape", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (f)", basis: .printedFigure,
        quote: "only 52% could be said to have given clear shape to supervision")
    Question("1.5.p", "Were interventions properly sequenced in the plan?")
      .measures("plan-interventions-properly-sequenced-plan", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (f)", basis: .printedFigure,
        quote: "Interventions, e.g. work in approved premises, were seldom integrated into the "
          + "plan nor were they properly sequenced in 48% of cases")
    Question(
      "1.5.q",
      "In a community case where other assessments were available, did the sentence plan "
        + "reflect them?"
    )
    .measures("plan-reflects-other-assessments", .exact)
    .relevant(when: .attribute("case_type", is: "community"))
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (g)", basis: .printedFigure,
      quote: "In 31% of the community cases where other assessments were available to be drawn "
        + "on the sentence plan did not reflect these")
    Question(
      "1.5.r",
      "Were interventions to address offending behaviour and promote community reintegration "
        + "appropriately identified?"
    )
    .measures("plan-interventions-offending-and-reintegration", .exact)
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (h)", basis: .printedFigure,
      quote: "Interventions identified to address offending behaviour and promote community "
        + "reintegration were appropriately identified in less than 50% of cases")
    Question(
      "1.5.t", "Was the reduction or containment of RoH appropriately addressed in the plan?",
      themes: "RoH"
    )
    .measures("plan-reduction-containment-roh-appropriately-addressed-plan", .exact)
    .measures("plan-interventions-reintegration-and-roh", .partOf)
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (h)", basis: .printedFigure,
      quote: "In only 41% of cases was the reduction or containment of RoH appropriately "
        + "addressed")
    Question("1.5.u", "Were the diverse needs of the offender identified?")
      .measures("diverse-needs-identified", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (i)", basis: .printedFigure,
        quote: "Whilst the diverse needs of individual offenders had been identified in 71% of "
          + "cases")
    Question("1.5.v", "Were the diverse needs of the offender carried through into the plan?")
      .measures("plan-diversity", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (i)", basis: .printedFigure,
        quote: "this was carried through into the plan in only 59% of cases")
    Question(
      "1.5.w",
      "Was the offender given the opportunity to participate actively in the planning process?"
    )
    .measures("plan-participation", .exact)
    .from(
      cheshire, at: "General criterion 1.5, Areas for improvement (j)", basis: .printedFigure,
      quote: "It was clear from only 66% of records that the offender had been given the "
        + "opportunity to participate actively in the planning process")
    Question("1.5.s", "Overall, was the sentence plan of sufficient quality?", role: .summary)
      .measures("plan-quality-overall", .exact)
      .from(
        cheshire, at: "General criterion 1.5, Areas for improvement (f)", basis: .printedFigure,
        quote: "Overall, sentence plans were of sufficient quality in 64% of cases",
        note: "Read as the criterion's summary question (an assumption): the report prints this "
          + "overall finding; the question's wording is ours.")
  }
  .from(
    cheshire, at: "General criterion 1.5", basis: .printedFigure,
    note: "Printed score 65%; conclusion: This criterion represents a priority for improvement.")

  /// 2.1 with the Cheshire body's findings.
  static let omi2006DeliveringTheSentencePlan = Criterion(
    OffenderManagementInspection.deliveringTheSentencePlan, in: .cheshire
  ) {
    Question(
      "2.1.a",
      "Were arrangements in place to prepare the offender thoroughly for interventions?"
    )
    .measures("deliver-prepare-for-interventions", .exact)
    .from(
      cheshire, at: "General criterion 2.1, Strengths (a)", basis: .printedFigure,
      quote: "Arrangements were in place to prepare offenders thoroughly for interventions and "
        + "to reinforce them afterwards in 88% and 79% of cases respectively")
    Question("2.1.b", "Were arrangements in place to reinforce interventions afterwards?")
      .measures("deliver-arrangements-place-reinforce-interventions-afterwards", .exact)
      .from(
        cheshire, at: "General criterion 2.1, Strengths (a)", basis: .printedFigure,
        quote: "Arrangements were in place to prepare offenders thoroughly for interventions and "
          + "to reinforce them afterwards in 88% and 79% of cases respectively")
    Question("2.1.c", "Had the requirements of the sentence been fully implemented?")
      .measures("deliver-requirements-implemented", .exact)
      .from(
        cheshire, at: "General criterion 2.1, Strengths (d)", basis: .printedFigure,
        quote: "By the time of the inspection, 78% of sentence requirements had been fully "
          + "implemented")
    Question(
      "2.1.d",
      "Where there was more than one requirement, were the interventions appropriately "
        + "sequenced?"
    )
    .measures("deliver-more-one-requirement-interventions-appropriately-sequenced", .exact)
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (a)", basis: .printedInWords,
      quote: "Where there was more than one requirement in a licence or order (75%), we did not "
        + "find appropriate sequencing of interventions in one third of these cases")
    Question(
      "2.1.e", "In a licence case, did work in the community build on activity in prison?"
    )
    .measures("deliver-licence-builds-on-custody", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (a)", basis: .printedInWords,
      quote: "Nor did work in the community build sufficiently well on activity in prison in a "
        + "similar proportion of licences")
    Question(
      "2.1.f",
      "Did the offender manager actively motivate and support the offender throughout the "
        + "sentence?"
    )
    .measures("motivation-and-support", .exact)
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (b)", basis: .printedFigure,
      quote: "offender managers were less likely to be good at actively motivating and "
        + "supporting offenders throughout their sentence (53%)")
    Question("2.1.g", "Was the sentence plan reviewed on time?")
      .measures("deliver-plan-reviewed-on-time", .exact)
      .from(
        cheshire, at: "General criterion 2.1, Areas for improvement (c)", basis: .printedFigure,
        quote: "Reviews of sentence plans were poor in terms of timeliness (59% on time)")
    Question("2.1.h", "Did work with the offender flow coherently from the reviewed plan?")
      .measures("deliver-work-flow-coherently-reviewed-plan", .exact)
      .measures("deliver-work-flows-from-plan", .partOf)
      .from(
        cheshire, at: "General criterion 2.1, Areas for improvement (c)", basis: .printedFigure,
        quote: "In only 39% was work with the offender seen to flow from them coherently")
    Question(
      "2.1.i",
      "Did the reviewed plan contain objectives and milestones giving a clear direction to "
        + "supervision?"
    )
    .measures("deliver-reviewed-plan-contain-objectives-milestones-giving", .exact)
    .measures("deliver-work-flows-from-plan", .partOf)
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (c)", basis: .printedFigure,
      quote: "82% lacked objectives and milestones giving a clear direction to supervision")
    Question("2.1.j", "Did the review integrate other plans?")
      .measures("deliver-review-integrates-other-plans", .exact)
      .from(
        cheshire, at: "General criterion 2.1, Areas for improvement (d)", basis: .printedFigure,
        quote: "Reviews did not integrate other plans in 49% of relevant cases")
    Question(
      "2.1.k",
      "In a licence case, was there sufficient joint work between prison-based staff and the "
        + "offender manager to prepare the offender for release?"
    )
    .measures("deliver-prison-om-joint-work", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (e)", basis: .printedInWords,
      quote: "There was insufficient joint work between prison-based staff and offender managers "
        + "to prepare offenders for release into the community in almost two thirds of licence "
        + "cases")
    Question(
      "2.1.l",
      "In a case transferred in from another area, was the first appointment within five "
        + "working days?"
    )
    .measures("deliver-transfer-appointment-timely", .broader)
    .measures("deliver-transfer-appointment-five-days", .exact)
    .relevant(when: .attribute("transferred", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (f)", basis: .printedFigure,
      quote: "There were ten cases that had been transferred in from other areas. Whilst eight "
        + "had had their first appointment within five working days")
    Question(
      "2.1.m",
      "In a case transferred in from another area, were the RoH management plan and a home "
        + "visit completed within the required timescales?",
      themes: "RoH"
    )
    .measures("deliver-transferred-another-area-roh-management-plan", .exact)
    .relevant(when: .attribute("transferred", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (f)", basis: .printedFigure,
      quote: "only one had the RoH management plan and a home visit completed within the "
        + "required timescales")
    Question(
      "2.1.n",
      "In a case transferred in from another area, was the case received with an up-to-date "
        + "OASys assessment?"
    )
    .measures("deliver-transferred-another-area-received-up-date", .exact)
    .measures("deliver-transfer-documents", .partOf)
    .relevant(when: .attribute("transferred", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.1, Areas for improvement (f)", basis: .printedFigure,
      quote: "only five were received with an up-to-date OASys assessment")
    Question(
      "2.1.s", "Overall, was the work in delivering the sentence plan sufficient?",
      role: .summary
    )
    .measures("criterion-delivering-plan-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.1", basis: .printedFigure,
    note: "Printed score 52%; conclusion: This criterion represents an urgent priority for "
      + "improvement.")

  /// 2.2 with the Cheshire body's findings.
  static let omi2006ProtectingThePublic = Criterion(
    OffenderManagementInspection.protectingThePublic, in: .cheshire
  ) {
    Question(
      "2.2.a",
      "Where RoH was reviewed, was there evidence of ongoing planning to protect the public?",
      themes: "RoH"
    )
    .measures("public-roh-reviewed-evidence-ongoing-planning-protect", .exact)
    .measures("public-ongoing-planning", .narrower)
    .from(
      cheshire, at: "General criterion 2.2, Strengths (a)", basis: .printedFigure,
      quote: "Where a review of RoH was done there was evidence of ongoing planning to protect "
        + "the public in approximately 80% of cases")
    Question(
      "2.2.b",
      "Was RoH reviewed 16 weeks after sentence or release and at 16-weekly intervals after "
        + "that?",
      themes: "RoH"
    )
    .measures("public-roh-reviewed-16-weekly", .exact)
    .from(
      cheshire, at: "General criterion 2.2, Areas for improvement (a)", basis: .printedInWords,
      quote: "Reviewing RoH was not well done with just over half being reviewed at 16 weeks "
        + "post-sentence or release and again at 16 weekly intervals")
    Question(
      "2.2.c", "In a high or very high RoH case, were reviews carried out on time?",
      themes: "RoH"
    )
    .measures("public-high-very-high-roh-reviews-carried", .exact)
    .relevant(when: .attribute("roh", is: "high", "very high"))
    .from(
      cheshire, at: "Summary, Risk of Harm", basis: .printedInWords,
      quote: "Reviews were not carried out on time in more than half of the high risk of harm "
        + "sample")
    Question(
      "2.2.d",
      "Where there had been a significant change that might increase the RoH, was RoH "
        + "reviewed?",
      themes: "RoH"
    )
    .measures("public-roh-reviewed-after-change", .exact)
    .from(
      cheshire, at: "General criterion 2.2, Areas for improvement (a)", basis: .printedFigure,
      quote: "in 66% of the 38 cases where there had been a significant change that might give "
        + "rise to an increase in RoH, no review was done")
    Question("2.2.e", "Were changes in RoH anticipated where feasible?", themes: "RoH")
      .measures("public-roh-changes-anticipated", .exact)
      .from(
        cheshire, at: "General criterion 2.2, Areas for improvement (b)", basis: .printedFigure,
        quote: "Changes in RoH were anticipated where feasible in 58% of cases, identified in 53% "
          + "and acted upon appropriately in 52%")
    Question("2.2.f", "Were changes in RoH identified?", themes: "RoH")
      .measures("public-roh-changes-identified-and-acted-on", .partOf)
      .measures("public-roh-changes-identified", .exact)
      .from(
        cheshire, at: "General criterion 2.2, Areas for improvement (b)", basis: .printedFigure,
        quote: "Changes in RoH were anticipated where feasible in 58% of cases, identified in 53% "
          + "and acted upon appropriately in 52%")
    Question("2.2.g", "Were changes in RoH acted upon appropriately?", themes: "RoH")
      .measures("public-roh-changes-identified-and-acted-on", .partOf)
      .measures("public-roh-changes-acted-on", .exact)
      .from(
        cheshire, at: "General criterion 2.2, Areas for improvement (b)", basis: .printedFigure,
        quote: "Changes in RoH were anticipated where feasible in 58% of cases, identified in 53% "
          + "and acted upon appropriately in 52%")
    Question(
      "2.2.h",
      "Where a licence was recalled in relation to a RoH issue, was the recall appropriate "
        + "and properly carried out?",
      themes: "RoH"
    )
    .measures("public-recall-properly-conducted", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.2, Strengths (b)", basis: .printedFigure,
      quote: "In the three licence cases where there had been a recall in relation to a RoH "
        + "issue, this was appropriate and was carried out properly")
    Question(
      "2.2.i",
      "Where a licence was recalled, was the offender given a clear explanation for the "
        + "recall?"
    )
    .measures("public-recall-explained", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.2, Strengths (b)", basis: .printedFigure,
      quote: "There was evidence of the offender being given a clear explanation for the recall "
        + "in two of the cases")
    Question(
      "2.2.j", "In a high or very high RoH case, were home visits carried out as required?",
      themes: "RoH"
    )
    .measures("public-high-very-high-roh-home-visits", .exact)
    .measures("public-home-visits", .narrower)
    .relevant(when: .attribute("roh", is: "high", "very high"))
    .from(
      cheshire, at: "General criterion 2.2, Strengths (c)", basis: .printedInWords,
      quote: "Home visits in high and very high RoH cases were carried out as required")
    Question(
      "2.2.k",
      "Where there was a RoH to children requiring monitoring, was there an appropriate level "
        + "of home visits?",
      themes: "RoH"
    )
    .measures("public-home-visits-children", .exact)
    .relevant(when: .attribute("child_concern", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.2, Areas for improvement (d)", basis: .printedInWords,
      quote: "Only half of the 14 cases requiring monitoring had an appropriate level of visits")
    Question("2.2.l", "In a MAPPA case, were MAPPA effective?", themes: "RoH")
      .measures("public-mappa-effective", .exact)
      .relevant(when: .attribute("mappa", is: "yes"))
      .from(
        cheshire, at: "General criterion 2.2, Areas for improvement (c)", basis: .printedFigure,
        quote: "MAPPA were assessed as having been effective in only 11 of the 21 cases")
    Question(
      "2.2.s",
      "Overall, was sufficient action taken to protect the public by minimising the RoH?",
      themes: "RoH", role: .summary
    )
    .measures("criterion-protecting-public-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.2", basis: .printedFigure,
    note: "Printed score 65%; conclusion: This criterion represents a priority for improvement.")

  /// 2.3 with the Cheshire body's findings.
  static let omi2006Victims = Criterion(
    OffenderManagementInspection.victims, in: .cheshire
  ) {
    Question(
      "2.3.a",
      "In a statutory victim contact case, was a written offer of face-to-face contact made "
        + "to the victim?",
      themes: "RoH"
    )
    .measures("victims-contact-offered", .exact)
    .relevant(when: .attribute("victim_contact", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.3, Strengths (a)", basis: .printedInWords,
      quote: "A written offer of face-to-face contact was made to all statutory victim contact "
        + "cases")
    Question(
      "2.3.b",
      "In a statutory victim contact case, was the victim offered the opportunity to comment "
        + "on proposed release conditions?",
      themes: "RoH"
    )
    .measures("victims-release-conditions-view", .exact)
    .relevant(
      when: .attribute("victim_contact", is: "yes")
        && .attribute("case_type", is: "licence")
    )
    .from(
      cheshire, at: "General criterion 2.3, Strengths (a)", basis: .printedFigure,
      quote: "In five of the six relevant cases victims had been offered the opportunity to "
        + "comment on proposed release conditions")
    Question(
      "2.3.c", "Where victim safety was an issue, was it given a high priority?",
      themes: "RoH"
    )
    .measures("victims-safety-prioritised", .exact)
    .from(
      cheshire, at: "General criterion 2.3, Areas for improvement (a)", basis: .printedFigure,
      quote: "Victim safety (including children) was an issue in 46 cases. Whilst this was given "
        + "a high priority in 70% of the cases it meant that 14 actual or potential victims had "
        + "insufficient attention paid to their safety")
    Question("2.3.d", "Where relevant, was victim awareness work undertaken with the offender?")
      .measures("victims-awareness-work", .exact)
      .from(
        cheshire, at: "General criterion 2.3, Areas for improvement (b)", basis: .printedFigure,
        quote: "The prevalence of victim awareness work was not satisfactory being found in 49% of "
          + "relevant cases")
    Question(
      "2.3.s", "Overall, was consistent attention given to issues concerning victims?",
      role: .summary
    )
    .measures("criterion-victims-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.3", basis: .printedFigure,
    note: "Printed score 68%; conclusion: This criterion represents a priority for improvement.")

  /// 2.4 with the Cheshire body's findings.
  static let omi2006ContainmentAndCompliance = Criterion(
    OffenderManagementInspection.containmentAndCompliance, in: .cheshire
  ) {
    Question(
      "2.4.a",
      "Did the offender have a full and timely induction following sentence or release on "
        + "licence?"
    )
    .measures("comply-induction", .exact)
    .from(
      cheshire, at: "General criterion 2.4, Strengths (a)", basis: .printedInWords,
      quote: "There was evidence of almost all cases having had a full and timely induction "
        + "following sentence or release on licence.")
    Question("2.4.b", "Did the frequency of appointments conform to the national standard?")
      .measures("comply-contact-frequency", .exact)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
        quote: "The frequency of appointments conformed to the national standard and was "
          + "sufficient to facilitate the requirements of the sentence in 79% and 77% of cases "
          + "respectively")
    Question(
      "2.4.c",
      "Was the frequency of appointments sufficient to facilitate the requirements of the "
        + "sentence?"
    )
    .measures("comply-contact-facilitates-requirements", .exact)
    .from(
      cheshire, at: "General criterion 2.4, Strengths (b)", basis: .printedFigure,
      quote: "The frequency of appointments conformed to the national standard and was "
        + "sufficient to facilitate the requirements of the sentence in 79% and 77% of cases "
        + "respectively")
    Question(
      "2.4.d", "Was the frequency of appointments sufficient to meet the RoH considerations?",
      themes: "RoH"
    )
    .measures("comply-contact-meets-roh", .exact)
    .from(
      cheshire, at: "General criterion 2.4, Areas for improvement (b)", basis: .printedFigure,
      quote: "The frequency of appointments was sufficient to meet the RoH considerations "
        + "presented in only 27% of cases")
    Question(
      "2.4.e",
      "In an unpaid work case, did the frequency of sessions conform to the national standard?"
    )
    .measures("comply-unpaid-work-frequency-sessions-conform-national", .exact)
    .relevant(when: .attribute("unpaid_work", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.4, Strengths (c)", basis: .printedFigure,
      quote: "Whilst the likelihood of the frequency of unpaid work sessions conforming to the "
        + "national standard was lower than for the whole sample at 70%")
    Question(
      "2.4.f", "In an unpaid work case, was the placement positively matched to the offender?"
    )
    .measures("comply-unpaid-work-placement-positively-matched", .exact)
    .measures("comply-unpaid-work-placement", .partOf)
    .relevant(when: .attribute("unpaid_work", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.4, Strengths (d)", basis: .printedFigure,
      quote: "with 89% positive matching to the offender")
    Question("2.4.g", "In an unpaid work case, was the placement suitably demanding?")
      .measures("comply-unpaid-work-placement-suitably-demanding", .exact)
      .measures("comply-unpaid-work-placement", .partOf)
      .relevant(when: .attribute("unpaid_work", is: "yes"))
      .from(
        cheshire, at: "General criterion 2.4, Strengths (d)", basis: .printedFigure,
        quote: "93% seen as suitably demanding")
    Question(
      "2.4.h", "In an unpaid work case, did the placement provide a benefit to the community?"
    )
    .measures("comply-unpaid-work-benefit", .exact)
    .measures("comply-unpaid-work-placement", .partOf)
    .relevant(when: .attribute("unpaid_work", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.4, Strengths (d)", basis: .printedFigure,
      quote: "96% providing a benefit to the community")
    Question(
      "2.4.i",
      "In a PPO case, were there enhanced levels of contact and a pattern of reporting "
        + "supportive of all elements of the sentence?"
    )
    .measures("public-ppo-enhanced-contact", .exact)
    .relevant(when: .attribute("ppo", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.4, Strengths (e)", basis: .printedFigure,
      quote: "It was positive that four of the five PPO cases had enhanced levels of contact")
    Question("2.4.j", "Was attendance across all interventions monitored?")
      .measures("comply-attendance-monitored", .exact)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (f)", basis: .printedFigure,
        quote: "Attention to monitoring attendance across all interventions (88% of cases) was "
          + "good")
    Question("2.4.k", "Was action taken to support compliance?")
      .measures("comply-action-to-support-compliance", .exact)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (f)", basis: .printedFigure,
        quote: "action to support compliance very good, being found in 94% of cases")
    Question(
      "2.4.l",
      "Were judgements about the acceptability of absences consistent and appropriate?"
    )
    .measures("comply-absence-judgements", .exact)
    .from(
      cheshire, at: "General criterion 2.4, Strengths (f)", basis: .printedFigure,
      quote: "Judgements about the acceptability of absences were consistent and appropriate in "
        + "87% of cases")
    Question(
      "2.4.m", "Where required, was breach action instigated within the required timescales?"
    )
    .measures("comply-breach-on-time", .exact)
    .from(
      cheshire, at: "General criterion 2.4, Areas for improvement (c)", basis: .printedFigure,
      quote: "Breach action was instigated within the required timescales in 66% of relevant "
        + "cases")
    Question(
      "2.4.n",
      "In a licence case, was there sufficient contact with the prisoner before release to "
        + "promote effective offender management in the community?"
    )
    .measures("comply-pre-release-contact", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.4, Areas for improvement (a)", basis: .printedFigure,
      quote: "Sufficient contact with prisoners pre-release to promote effective offender "
        + "management in the community was not undertaken in 54% of cases")
    Question("2.4.o", "Was the case record well organised?")
      .measures("records-well-organised", .exact)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (g)", basis: .printedFigure,
        quote: "with 95% being well organised")
    Question("2.4.p", "Did the case record contain clear race and ethnic monitoring data?")
      .measures("engage-rem-recorded", .exact)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (g)", basis: .printedFigure,
        quote: "94% containing clear REM data")
    Question("2.4.q", "Was the case record completed in a timely manner?")
      .measures("comply-record-completed-timely-manner", .exact)
      .measures("records-timely-and-clear", .partOf)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (g)", basis: .printedFigure,
        quote: "82% being completed in a timely manner")
    Question("2.4.r", "Were contacts clearly recorded?")
      .measures("comply-contacts-clearly-recorded", .exact)
      .measures("records-timely-and-clear", .partOf)
      .from(
        cheshire, at: "General criterion 2.4, Strengths (g)", basis: .printedFigure,
        quote: "91% with clearly recorded contacts")
    Question(
      "2.4.s", "Overall, was the work to ensure containment and promote compliance sufficient?",
      role: .summary
    )
    .measures("criterion-compliance-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.4", basis: .printedFigure,
    note: "Printed score 80%; conclusion: Performance against this criterion was good.")

  /// 2.5 with the Cheshire body's findings.
  static let omi2006ConstructiveInterventions = Criterion(
    OffenderManagementInspection.constructiveInterventions, in: .cheshire
  ) {
    Question(
      "2.5.a",
      "Did constructive interventions encourage the offender to accept responsibility for "
        + "their offending behaviour and its consequences?"
    )
    .measures("help-accept-responsibility", .exact)
    .from(
      cheshire, at: "General criterion 2.5, Strengths (a)", basis: .printedFigure,
      quote: "In 77% of cases it was found that constructive interventions encouraged the "
        + "offender to accept responsibility for their offending behaviour and its consequences")
    Question(
      "2.5.b", "Where needed, was sufficient work directed at community reintegration issues?"
    )
    .measures("help-community-reintegration-work", .exact)
    .from(
      cheshire, at: "General criterion 2.5, Strengths (b)", basis: .printedFigure,
      quote: "sufficient work had been directed at community reintegration issues in 79% of "
        + "cases where it was needed")
    Question(
      "2.5.c",
      "In a DRR case, did the offender manager prepare reports and attend review hearings as "
        + "required?"
    )
    .measures("help-drr-reports-and-hearings", .exact)
    .relevant(when: .attribute("drr", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.5, Strengths (c)", basis: .printedFigure,
      quote: "Offender managers prepared reports and attended review hearings as required in the "
        + "three DRR cases in the sample")
    Question(
      "2.5.d",
      "Where there was an accredited programme requirement, had the programme commenced as "
        + "set out in the sentence plan?"
    )
    .measures("help-programme-as-planned", .exact)
    .relevant(when: .attribute("accredited_programme", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.5, Strengths (d)", basis: .printedFigure,
      quote: "A third of cases in the sample had an accredited programme as a requirement. 63% "
        + "of these had commenced the programme as set out in the sentence plan")
    Question(
      "2.5.e",
      "Where the programme had not commenced as planned, was there an acceptable explanation?"
    )
    .measures("help-programme-delay-explained", .exact)
    .relevant(when: .answer("2.5.d", is: "no"))
    .from(
      cheshire, at: "General criterion 2.5, Strengths (d)", basis: .printedInWords,
      quote: "Where this had not happened, in all but four cases, there was an acceptable "
        + "explanation for it")
    Question(
      "2.5.f",
      "Where a basic skills need was identified, was basic skills input made available?"
    )
    .measures("help-skills-intervention-arranged", .exact)
    .from(
      cheshire, at: "General criterion 2.5, Areas for improvement (a)", basis: .printedInWords,
      quote: "Basic skills input had not been made available in two thirds of the cases that had "
        + "had this identified as a need")
    Question(
      "2.5.g",
      "For an approved premises resident, did the interventions used in the premises feature "
        + "in the sentence plan?"
    )
    .measures("help-approved-premises-in-plan", .exact)
    .relevant(when: .attribute("approved_premises", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.5, Areas for improvement (b)", basis: .printedInWords,
      quote: "in more than half of the cases the intervention had not featured as part of the "
        + "sentence plan")
    Question(
      "2.5.s", "Overall, were constructive interventions delivered sufficiently?",
      role: .summary
    )
    .measures("criterion-constructive-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.5", basis: .printedFigure,
    note: "Printed score 70%; conclusion: Performance against this criterion was good.")

  /// 2.6 with the Cheshire body's findings.
  static let omi2006RestrictiveInterventions = Criterion(
    OffenderManagementInspection.restrictiveInterventions, in: .cheshire
  ) {
    Question("2.6.a", "Were restrictive interventions monitored fully?", themes: "RoH")
      .measures("public-restrictive-monitored", .exact)
      .from(
        cheshire, at: "General criterion 2.6, Strengths (a)", basis: .printedFigure,
        quote: "Restrictive interventions were monitored fully in 90% of cases")
    Question("2.6.b", "Were all reasonable actions taken to minimise harm?", themes: "RoH")
      .measures("public-all-reasonable-action", .exact)
      .from(
        cheshire, at: "General criterion 2.6, Strengths (a)", basis: .printedFigure,
        quote: "Whilst all reasonable actions were taken to minimise harm in 76% of cases, that "
          + "did leave 11 cases where more could have been done")
    Question(
      "2.6.c",
      "For an approved premises resident requiring enhanced supervision, were the restrictive "
        + "interventions of the premises used effectively?",
      themes: "RoH"
    )
    .measures("public-approved-premises-effective", .exact)
    .relevant(when: .attribute("approved_premises", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.6, Strengths (b)", basis: .printedFigure,
      quote: "which were being used effectively with seven of the nine offenders who required "
        + "this level of enhanced supervision")
    Question(
      "2.6.d",
      "In a licence case, were the licence conditions comprehensive, necessary and "
        + "proportionate to the RoH and likelihood of reoffending?",
      themes: "RoH"
    )
    .measures("restrictive-conditions-proportionate", .partOf)
    .measures("public-licence-conditions-sound", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.6, Strengths (c)", basis: .printedFigure,
      quote: "Licence conditions in over 80% of cases were comprehensive, necessary, and "
        + "proportionate to the RoH and likelihood of reoffending")
    Question(
      "2.6.e",
      "In a licence case, were the licence conditions proportionate to the protection of "
        + "victims?",
      themes: "RoH"
    )
    .measures("restrictive-conditions-proportionate", .partOf)
    .measures("public-licence-conditions-victims", .exact)
    .relevant(when: .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.6, Strengths (c)", basis: .printedFigure,
      quote: "They were seen as less proportionate to the protection of victims in 50% of cases")
    Question(
      "2.6.f",
      "In a PPO licence case where offending was related to drugs, were appropriate "
        + "additional licence conditions set?"
    )
    .measures("public-ppo-drug-conditions", .exact)
    .relevant(when: .attribute("ppo", is: "yes") && .attribute("case_type", is: "licence"))
    .from(
      cheshire, at: "General criterion 2.6, Strengths (d)", basis: .printedFigure,
      quote: "In the three PPO cases where offending had been related to drugs, there were "
        + "appropriate additional licence conditions")
    Question(
      "2.6.s", "Overall, were restrictive interventions delivered sufficiently?",
      role: .summary
    )
    .measures("criterion-restrictive-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.6", basis: .printedFigure,
    note: "Printed score 84%; conclusion: Performance against this criterion was good.")

  /// 2.7 with the Cheshire body's findings.
  static let omi2006DiversityIssues = Criterion(
    OffenderManagementInspection.diversityIssues, in: .cheshire
  ) {
    Question("2.7.a", "Were the identified diverse needs of the offender properly addressed?")
      .measures("diversity-needs-in-interventions", .exact)
      .from(
        cheshire, at: "General criterion 2.7, Strengths (a)", basis: .printedFigure,
        quote: "The identified diverse needs of offenders had been properly addressed in 82% of "
          + "relevant cases")
    Question(
      "2.7.b", "For an approved premises resident, did the premises meet the resident's needs?"
    )
    .measures("diversity-approved-premises-needs-met", .exact)
    .relevant(when: .attribute("approved_premises", is: "yes"))
    .from(
      cheshire, at: "General criterion 2.7, Strengths (a)", basis: .printedInWords,
      quote: "The approved premises were seen to meet the needs of all but one resident")
    Question(
      "2.7.c",
      "Where a singleton placement in unpaid work or an accredited programme was made, was "
        + "attention paid to arrangements to support the offender's engagement?"
    )
    .measures("engage-singleton-placement-unpaid-work-accredited-programme", .exact)
    .from(
      cheshire, at: "General criterion 2.7, Strengths (b)", basis: .printedInWords,
      quote: "When a singleton placement in unpaid work or on an accredited programme had been "
        + "made, staff were able to evidence that attention had been paid to arrangements to "
        + "support offenders' engagement.")
    Question(
      "2.7.d",
      "Where a singleton placement in a mixed setting was made, was the offender's informed "
        + "consent obtained?"
    )
    .measures("engage-singleton-placement-mixed-setting-made-s", .exact)
    .from(
      cheshire, at: "General criterion 2.7, Areas for improvement (b)", basis: .printedFigure,
      quote: "Informed consent for a singleton placement in a mixed setting had not been "
        + "obtained in five of the relevant 16 cases")
    Question(
      "2.7.e",
      "Was the offender clearly informed that discriminatory behaviour would not be tolerated?"
    )
    .measures("diversity-discrimination-not-tolerated", .exact)
    .from(
      cheshire, at: "General criterion 2.7, Strengths (c)", basis: .printedFigure,
      quote: "Offenders were clearly informed that discriminatory behaviour would not be "
        + "tolerated in 93% of cases")
    Question(
      "2.7.f",
      "Where there were literacy or dyslexia issues, were the offender's needs met "
        + "satisfactorily?"
    )
    .measures("diversity-literacy-needs-met", .exact)
    .from(
      cheshire, at: "General criterion 2.7, Areas for improvement (a)", basis: .printedFigure,
      quote: "meeting the needs of offenders with literacy and dyslexia issues (68% were "
        + "satisfactory)")
    Question(
      "2.7.g",
      "Where there were disability issues, were the offender's needs met satisfactorily?"
    )
    .measures("diversity-disability-needs-met", .exact)
    .from(
      cheshire, at: "General criterion 2.7, Areas for improvement (a)", basis: .printedFigure,
      quote: "also with disability issues (67% were satisfactory)")
    Question(
      "2.7.s", "Overall, was full and proper attention paid to diversity issues?",
      role: .summary
    )
    .measures("criterion-diversity-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 2.7", basis: .printedFigure,
    note: "Printed score 74%; conclusion: Performance against this criterion was good.")

  /// 3.1 with the Cheshire body's findings.
  static let omi2006InitialOutcomes = Criterion(
    OffenderManagementInspection.initialOutcomes, in: .cheshire
  ) {
    Question(
      "3.1.a",
      "In a domestic abuse case, was there appropriate monitoring for and response to further "
        + "incidents?",
      themes: "RoH"
    )
    .measures("outcomes-domestic-abuse-appropriate-monitoring-response-further", .exact)
    .relevant(when: .attribute("domestic_abuse", is: "yes"))
    .from(
      cheshire, at: "General criterion 3.1, Strengths (a)", basis: .printedFigure,
      quote: "In 94% of domestic abuse cases there was evidence of appropriate monitoring for "
        + "and response to further incidents")
    Question("3.1.b", "Has the offender avoided reconviction since the start of the sentence?")
      .measures("outcome-no-further-offence", .partOf)
      .measures("outcome-no-reconviction", .exact)
      .from(
        cheshire, at: "General criterion 3.1, Strengths (b)", basis: .printedFigure,
        quote: "Nineteen offenders had been reconvicted since the start of their sentence")
    Question("3.1.c", "Had the offender complied with the requirements of the sentence?")
      .measures("comply-requirements-complied", .exact)
      .from(
        cheshire, at: "General criterion 3.1, Strengths (c)", basis: .printedFigure,
        quote: "Most offenders (72%) had complied with the requirements of their sentence")
    Question(
      "3.1.d",
      "Had the sentence brought some direct benefit to the community, such as unpaid work?"
    )
    .measures("outcomes-sentence-brought-some-direct-benefit-community", .exact)
    .from(
      cheshire, at: "General criterion 3.1, Strengths (d)", basis: .printedFigure,
      quote: "There had been some limited direct benefits to the community in 66% of cases. "
        + "These included the unpaid work carried out in 24 cases")
    Question(
      "3.1.e",
      "Was there a demonstrable benefit to the community from the sentence, such as reduced "
        + "seriousness or frequency of offending or a reduced threat to victims?"
    )
    .measures("outcomes-demonstrable-benefit-community-sentence-such-reduced", .exact)
    .from(
      cheshire, at: "General criterion 3.1, Areas for improvement (b)", basis: .printedFigure,
      quote: "In 44 cases there had been no demonstrable benefit to the community from the "
        + "sentence")
    Question("3.1.f", "Did the offender experience the punishment objective of the sentence?")
      .measures("outcome-punish-achieved", .exact)
      .from(
        cheshire, at: "General criterion 3.1, Strengths (e)", basis: .printedFigure,
        quote: "90% of all cases in the sample experienced punishment")
    Question("3.1.g", "In a tier 2, 3 or 4 case, did the offender receive sufficient help?")
      .measures("outcomes-tier-2-3-4-receive-sufficient", .exact)
      .measures("outcome-help-achieved", .narrower)
      .relevant(when: .attribute("tier", is: "2", "3", "4"))
      .from(
        cheshire, at: "General criterion 3.1, Strengths (e)", basis: .printedFigure,
        quote: "73% of those in tiers 2, 3 and 4 received sufficient help")
    Question(
      "3.1.h",
      "In a tier 4 case, was the offender sufficiently controlled during the sentence?",
      themes: "RoH"
    )
    .measures("outcomes-tier-4-sufficiently-controlled-during-sentence", .exact)
    .measures("outcome-control-achieved", .narrower)
    .relevant(when: .attribute("tier", is: "4"))
    .from(
      cheshire, at: "General criterion 3.1, Strengths (e)", basis: .printedFigure,
      quote: "73% in tier 4 were also sufficiently controlled during the sentence")
    Question("3.1.i", "In a tier 3 or 4 case, was the change objective achieved?")
      .measures("outcome-change-achieved", .exact)
      .relevant(when: .attribute("tier", is: "3", "4"))
      .from(
        cheshire, at: "General criterion 3.1, Strengths (e)", basis: .printedFigure,
        quote: "The change objective was more difficult to achieve with it being apparent in only "
          + "54% of tier 3 and 4 cases")
    Question(
      "3.1.j", "Were the resources allocated consistent with the offender's RoH?",
      themes: "RoH"
    )
    .measures("deliver-resources-match-roh", .exact)
    .from(
      cheshire, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
      quote: "The resources allocated to 83% of cases were consistent with the offender's RoH")
    Question(
      "3.1.k", "Were the resources allocated consistent with the likelihood of reoffending?"
    )
    .measures("deliver-resources-match-lor", .exact)
    .from(
      cheshire, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
      quote: "and 88% to the likelihood of reoffending")
    Question("3.1.l", "Were resources used efficiently in achieving planned outcomes?")
      .measures("outcome-resources-efficient", .exact)
      .from(
        cheshire, at: "General criterion 3.1, Strengths (f)", basis: .printedFigure,
        quote: "Resources were also found to be used efficiently in achieving planned outcomes in "
          + "80% of cases")
    Question(
      "3.1.m",
      "Was progress in the offender's thinking about the impact of their offending on victims "
        + "evidenced?"
    )
    .measures("victims-awareness-improved", .exact)
    .from(
      cheshire, at: "General criterion 3.1, Areas for improvement (a)", basis: .printedFigure,
      quote: "However, this was not evidenced in the cases in the sample where progress was "
        + "found in only 28%")
    Question("3.1.n", "Where OASys had been rescored, had the score improved?")
      .measures("outcome-oasys-score-improved", .exact)
      .from(
        cheshire, at: "General criterion 3.1, Areas for improvement (c)", basis: .printedFigure,
        quote: "Where OASys had been rescored there had been no improvement in the score in 69% of "
          + "cases")
    Question(
      "3.1.o",
      "Was there progress in the offending-related factor identified as the highest priority?"
    )
    .measures("outcome-priority-factor-progress", .exact)
    .from(
      cheshire, at: "General criterion 3.1, Areas for improvement (c)", basis: .printedFigure,
      quote: "In the factor linked to offending that had been identified as the highest priority "
        + "in each case, there was found to be progress in 59% of cases")
    Question("3.1.p", "Had learning outcomes and skills been applied?")
      .measures("outcome-learning-applied", .exact)
      .from(
        cheshire, at: "General criterion 3.1, Areas for improvement (d)", basis: .printedFigure,
        quote: "Learning outcomes and skills had been applied in only 38% of cases")
    Question("3.1.q", "Had the offender's attitudes or behaviour improved?")
      .measures("outcomes-s-attitudes-behaviour-improved", .exact)
      .measures("outcome-attitude-changed", .broader)
      .measures("outcome-behaviour-changed", .broader)
      .from(
        cheshire, at: "General criterion 3.1, Areas for improvement (e)", basis: .printedFigure,
        quote: "Attitudes or behaviour had improved in 42% of cases")
    Question(
      "3.1.s", "Overall, had the planned objectives been efficiently achieved?",
      role: .summary
    )
    .measures("criterion-initial-outcomes-overall", .exact)
    .from(
      cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
      note: "The 80/20 rule needs a summary question; its wording was not published and the "
        + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 3.1", basis: .printedFigure,
    note: "Printed score 62%; conclusion: This criterion represents a priority for improvement.")

  /// 3.2 with the Cheshire body's findings.
  static let omi2006SustainabilityOfProgress = Criterion(
    OffenderManagementInspection.sustainabilityOfProgress, in: .cheshire
  ) {
    Question(
      "3.2.a",
      "Where the offender had a criminogenic need that a community-based organisation could "
        + "address, was the offender made aware of where to find assistance?"
    )
    .measures("outcome-community-organisations", .exact)
    .from(
      cheshire, at: "General criterion 3.2, Strengths (b)", basis: .printedFigure,
      quote: "88% of offenders in the sample who had a criminogenic need that could be addressed "
        + "with them by a community-based organisation had been made aware of where to find "
        + "assistance")
    Question("3.2.b", "Was full attention given to long-term community reintegration issues?")
      .measures("outcome-long-term-reintegration", .exact)
      .from(
        cheshire, at: "General criterion 3.2, Strengths (b)", basis: .printedFigure,
        quote: "full attention to long-term community reintegration issues had only been given to "
          + "66% of cases")
    Question(
      "3.2.c",
      "Was structured sentence planning given a high priority throughout the sentence?"
    )
    .measures("outcome-plan-priority", .exact)
    .from(
      cheshire, at: "General criterion 3.2, Areas for improvement (a)", basis: .printedFigure,
      quote: "Structured sentence planning had not been given a high priority throughout in 55% "
        + "of cases")
    Question(
      "3.2.d", "Was sufficient action taken to consolidate learning and reinforce new skills?"
    )
    .measures("help-reinforce-learning", .exact)
    .from(
      cheshire, at: "General criterion 3.2, Areas for improvement (b)", basis: .printedFigure,
      quote: "There was sufficient action taken by offender managers to consolidate learning and "
        + "reinforce new skills in 61% of cases")
    Question("3.2.s", "Overall, were the results capable of being sustained?", role: .summary)
      .measures("criterion-sustainability-overall", .exact)
      .from(
        cheshire, at: "Appendix 3, Scoring approach", basis: .placeholder,
        note: "The 80/20 rule needs a summary question; its wording was not published and the "
          + "report prints no finding for it, so this one is ours.")
  }
  .from(
    cheshire, at: "General criterion 3.2", basis: .printedFigure,
    note: "Printed score 68%; conclusion: This criterion represents a priority for improvement.")
}
