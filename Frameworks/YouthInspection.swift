import InspectionDSL

/// The id of the annual report, which the practice section cites.
private let annualReport = PublishedSources.annualReportID

/// Declarations shared by the 2012–15 youth frameworks, Short Quality Screening
/// (``FrameworkCatalog/sqs``) and Full Joint Inspection (``FrameworkCatalog/fji2012``,
/// ``FrameworkCatalog/fji2013``).
///
/// Both programmes assessed a sample of cases "across four themes" (HM Inspectorate of Probation, Annual Report 2013–14, paragraph 4.1) with one
/// case assessment tool, "with SQS using a subset of the questions" (HMI Probation, *Inspection of
/// Youth Offending Work*, programme page). So the practice section, the themes and the case
/// attributes are declared once, here, and both frameworks splice them in.
///
/// Layout: **themes + sections.** Sections follow the practice areas under which the annual
/// report gives its findings (PSRs, assessments, planning, reviews, management oversight,
/// engagement: Annual Report 2013–14, paragraph 4.3, Key findings - SQSs); the four themes are `Theme`s carried by the questions, so a
/// theme headline (the FJI's published "Headline scores for FJIs in 2013-14", paragraph 4.4) is the mean of the
/// questions that carry it, across practice areas — the way HMI Probation's other thread scores
/// (OMI RoH, OMI2 RoH/LoR/C&E, CCI Safeguarding/RoH/LoR) cut across criteria.
enum YouthInspection {
  /// The four themes (Annual Report 2013–14, paragraph 4.1), with thread ids continuing CCI's and OMI2's.
  static var themes: [any FrameworkComponent] {
    [
      Theme("LoR", "Reducing the likelihood of reoffending"),
      Theme("RoH", "Protecting the public"),
      Theme("Safeguarding", "Protecting the child or young person"),
      Theme("CE", "Ensuring the sentence is served"),
    ]
  }

  /// The case attributes the annual report describes the sample by, and the one the
  /// practice questions need for applicability (`report_type`).
  static var attributes: [any FrameworkComponent] {
    [
      // Paragraph 4.3: referral orders 21%, youth rehabilitation orders 55%, custodial 23%.
      Attribute(
        "sentence_type", "Sentence type",
        values: "referral order", "youth rehabilitation order", "custodial sentence"),
      // Paragraph 4.3: violence against the person 39%; burglary, robbery, theft & handling 12%.
      Attribute(
        "offence_category", "Main offence category",
        values: "violence against the person", "burglary", "robbery",
        "theft and handling stolen goods", "other"),
      // Paragraph 4.3: additional questions about looked after children.
      Attribute("looked_after", "Looked after child", values: "yes", "no"),
      // Paragraph 4.3: 65% in their home area throughout, 26% out of area for all or part.
      Attribute(
        "placed_out_of_area",
        "Out of their home local authority/YOT area for all or part of the sentence",
        values: "yes", "no"),
      // Paragraph 4.3: children whose preferred language was Welsh.
      Attribute("welsh_language", "Preferred language Welsh", values: "yes", "no"),
      // Paragraph 4.3, Key findings (PSRs): PSRs to the court; "replicated in the reports
      // prepared for panels dealing with referral orders".
      Attribute(
        "report_type", "Report prepared for sentence",
        values: "psr", "panel report", "none"),
    ]
  }

  /// What the practice section assumes where the report is silent; both frameworks carry it.
  static var practiceAssumptions: [any FrameworkComponent] {
    [
      Assumption(
        "Where the report gives one proportion for a practice area (assessments, paragraph "
          + "4.3), the criterion has one neutral question per theme it concerns."),
      Assumption(
        "Review questions carry the three themes whose assessments and plans are reviewed "
          + "(the report names no theme for reviews)."),
      Assumption(
        "Engagement questions, including the offer of a Welsh-speaking case manager, carry the "
          + "theme 'Ensuring the sentence is served' (FJI ties engagement to meeting the "
          + "requirements of the sentence, paragraph 4.4)."),
      Assumption(
        "The PSR questions also apply to referral order panel reports (\"replicated\", "
          + "paragraph 4.3)."),
      Assumption(
        "The PSR's overall quality (1.1.a) and the family's involvement in it (1.1.e) carry no "
          + "theme; other relevant behaviour in assessments (1.2.d) carries the reoffending "
          + "theme. The report does not say which theme, if any, they counted towards."),
    ]
  }

  /// Section 1, the practice areas of the SQS key findings (Annual Report 2013–14, paragraph 4.3).
  ///
  /// FJI looks at the same practice "over a longer period of time" (paragraph 4.4) and adds its
  /// own sections after this one.
  static var practiceSection: Section {
    Section("1", "Practice") {
      Criterion("1.1", "Pre-sentence reports (PSRs)") {
        Question("1.1.a", "Was the report of sufficient quality?")
          .measures("youth-report-sufficient-quality", .exact)
          .relevant(when: .attribute("report_type", is: "psr", "panel report"))
          .from(
            annualReport,
            at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
            basis: .reportProse,
            quote: "We were pleased to see a high proportion of quality written reports presented "
              + "to the courts.")
        Question(
          "1.1.b", "Did the report contain sufficient analysis of the offending behaviour?",
          themes: "LoR"
        )
        .measures("youth-report-contain-sufficient-analysis-offending-behaviour", .exact)
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        .from(
          annualReport,
          at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
          basis: .reportProse,
          quote: "the issues to be improved continued to be the analysis of the offending "
            + "behaviour")
        Question(
          "1.1.c", "Did the report contain a sufficient assessment of the risk of harm to others?",
          themes: "RoH"
        )
        .measures("youth-report-contain-sufficient-assessment-risk-harm", .exact)
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        .from(
          annualReport,
          at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
          basis: .reportProse,
          quote: "better assessments of risk of harm to others")
        Question(
          "1.1.d",
          "Did the report contain a sufficient assessment of the vulnerability of the child or "
            + "young person?",
          themes: "Safeguarding"
        )
        .measures("youth-report-contain-sufficient-assessment-vulnerability", .exact)
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        .from(
          annualReport,
          at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
          basis: .reportProse,
          quote: "better assessments of the vulnerability of children and young people")
        Question(
          "1.1.e",
          "Were the child or young person and their parents/carers involved in the preparation "
            + "of the PSR?"
        )
        .measures("youth-parents-carers-involved-preparation-psr", .exact)
        .relevant(when: .attribute("report_type", is: "psr"))
        .from(
          annualReport,
          at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
          basis: .reportProse,
          quote: "the majority of children and young people and their parents/carers were "
            + "involved in the preparation of PSRs")
      }
      .from(
        annualReport,
        at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
        basis: .printedInWords,
        quote: "We were pleased to see a high proportion of quality written reports presented to "
          + "the courts.",
        note: "The practice area as the report heads its key findings; its result is given in "
          + "words only."
      )
      .rule(
        from: annualReport,
        at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Pre-sentence reports (PSRs)",
        basis: .placeholder,
        note: "The report states no formula; the mean of the area's questions is ours.")
      Criterion("1.2", "Assessments") {
        Question(
          "1.2.a", "Was the assessment of the likelihood of reoffending good enough?",
          themes: "LoR"
        )
        .measures("youth-assessment-likelihood-reoffending-good-enough", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Assessments",
          basis: .reportProse,
          quote: "With three-quarters or more of assessments being good enough",
          note: "One neutral question per theme the practice area concerns (an assumption): the "
            + "report gives one proportion for all assessments.")
        Question(
          "1.2.b", "Was the assessment of risk of harm to others good enough?",
          themes: "RoH"
        )
        .measures("youth-assessment-risk-harm-others-good-enough", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Assessments",
          basis: .reportProse,
          quote: "With three-quarters or more of assessments being good enough",
          note: "One neutral question per theme the practice area concerns (an assumption): the "
            + "report gives one proportion for all assessments.")
        Question(
          "1.2.c",
          "Was the assessment of the vulnerability of the child or young person good enough?",
          themes: "Safeguarding"
        )
        .measures("youth-assessment-vulnerability-good-enough", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Assessments",
          basis: .reportProse,
          quote: "With three-quarters or more of assessments being good enough",
          note: "One neutral question per theme the practice area concerns (an assumption): the "
            + "report gives one proportion for all assessments.")
        Question(
          "1.2.d", "Did the assessment include other relevant behaviour?",
          themes: "LoR"
        )
        .measures("youth-assessment-include-other-relevant-behaviour", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Assessments",
          basis: .reportProse,
          quote: "including other relevant behaviour would enable even more to be assessed as "
            + "sufficient")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Assessments",
        basis: .printedInWords,
        quote: "With three-quarters or more of assessments being good enough",
        note: "The practice area as the report heads its key findings; its result is given in "
          + "words only."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Assessments",
        basis: .placeholder,
        note: "The report states no formula; the mean of the area's questions is ours.")
      Criterion(
        "1.3", "Planning",
        standard: "It should be a living document, referred to often and adapted to reflect any "
          + "changes in circumstances."
      ) {
        Question("1.3.a", "Was an intervention plan completed?", themes: "LoR")
          .measures("youth-intervention-plan-completed", .exact)
          .from(
            annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
            basis: .reportProse,
            quote: "others were not completed at all")
        Question(
          "1.3.b", "Did the plan focus sufficiently on reducing the likelihood of reoffending?",
          themes: "LoR"
        )
        .measures("youth-plan-focus-sufficiently-reducing-likelihood-reoffending", .exact)
        .relevant(when: .answer("1.3.a", is: "yes"))
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
          basis: .reportProse,
          quote: "Some did not focus enough on reducing the likelihood of reoffending")
        Question(
          "1.3.c",
          "Were the plan's objectives SMART (specific, measurable, achievable, realistic and "
            + "time-bounded)?",
          themes: "LoR"
        )
        .measures("youth-plan-s-objectives-smart-specific-measurable", .exact)
        .relevant(when: .answer("1.3.a", is: "yes"))
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
          basis: .reportProse,
          quote: "the objectives were not clear (SMART – Specific, Measurable, Achievable, "
            + "Realistic and Time-bounded)")
        Question(
          "1.3.d", "Was contingency planning for risk of harm to others sufficient?",
          themes: "RoH"
        )
        .measures("youth-contingency-planning-risk-harm-others-sufficient", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
          basis: .reportProse,
          quote: "In both risk of harm to others and vulnerability, contingency plans were not "
            + "sufficient")
        Question(
          "1.3.e", "Was enough attention given to victims' issues in planning?",
          themes: "RoH"
        )
        .measures("youth-enough-attention-given-victims-issues-planning", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
          basis: .reportProse,
          quote: "in some cases not enough attention had been given to victims' issues")
        Question(
          "1.3.f", "Was contingency planning for vulnerability sufficient?",
          themes: "Safeguarding"
        )
        .measures("youth-contingency-planning-vulnerability-sufficient", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
          basis: .reportProse,
          quote: "In both risk of harm to others and vulnerability, contingency plans were not "
            + "sufficient")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
        basis: .printedInWords,
        quote: "While around three-quarters of the plans we looked at were completed well, there "
          + "were a number of significant gaps.",
        note: "The practice area as the report heads its key findings; its result is given in "
          + "words only."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Planning",
        basis: .placeholder,
        note: "The report states no formula; the mean of the area's questions is ours.")
      Criterion(
        "1.4", "Reviews",
        standard: "It is important to review both the assessments and plans after a reasonable "
          + "time period, but also if there has been a significant change in circumstances."
      ) {
        Question(
          "1.4.a", "Did a review of the assessment and plan take place when it was due?",
          themes: "LoR", "RoH", "Safeguarding"
        )
        .measures("youth-review-assessment-plan-take-place-when-any-theme", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Reviews",
          basis: .reportProse,
          quote: "some did not take place")
        Question(
          "1.4.b", "Did the review recognise any significant change in circumstances?",
          themes: "LoR", "RoH", "Safeguarding"
        )
        .measures("youth-review-recognise-significant-change-circumstances-any-theme", .exact)
        .relevant(when: .answer("1.4.a", is: "yes"))
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Reviews",
          basis: .reportProse,
          quote: "others did not recognise significant change")
        Question(
          "1.4.c", "Was the review updated rather than copied from a previous version?",
          themes: "LoR", "RoH", "Safeguarding"
        )
        .measures("youth-review-updated-rather-copied-previous-version-any-theme", .exact)
        .relevant(when: .answer("1.4.a", is: "yes"))
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Reviews",
          basis: .reportProse,
          quote: "some were copied from a previous version but were not updated")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Reviews",
        basis: .printedInWords,
        quote: "While nearly three-quarters of reviews were done to a sufficient quality",
        note: "The practice area as the report heads its key findings; its result is given in "
          + "words only."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Reviews",
        basis: .placeholder,
        note: "The report states no formula; the mean of the area's questions is ours.")
      Criterion(
        "1.5", "Management, supervision and oversight",
        standard: "We expect managers to know how their staff are performing."
      ) {
        Question(
          "1.5.a", "Was management oversight of the work to protect the public effective?",
          themes: "RoH"
        )
        .measures("youth-management-oversight-work-protect-public-effective", .exact)
        .from(
          annualReport,
          at:
            "Chapter 4, paragraph 4.3, Key findings - SQSs: Management, supervision and oversight",
          basis: .reportProse,
          quote: "will have particular oversight where there are individuals who are a risk to "
            + "the public or who are vulnerable")
        Question(
          "1.5.b",
          "Was management oversight of the work to protect the child or young person effective?",
          themes: "Safeguarding"
        )
        .measures("youth-management-oversight-work-protect-effective", .exact)
        .from(
          annualReport,
          at:
            "Chapter 4, paragraph 4.3, Key findings - SQSs: Management, supervision and oversight",
          basis: .reportProse,
          quote: "will have particular oversight where there are individuals who are a risk to "
            + "the public or who are vulnerable")
        Question(
          "1.5.c", "Were the issues the manager identified as needing improvement remedied?",
          themes: "RoH", "Safeguarding"
        )
        .measures("youth-issues-manager-identified-needing-improvement-remedied-any-theme", .exact)
        .from(
          annualReport,
          at:
            "Chapter 4, paragraph 4.3, Key findings - SQSs: Management, supervision and oversight",
          basis: .reportProse,
          quote: "the issues they identify as needing improvement are not always remedied")
      }
      .from(
        annualReport,
        at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Management, supervision and oversight",
        basis: .printedInWords,
        quote: "In our view, over one-third of this work is not done well enough.",
        note: "The practice area as the report heads its key findings; its result is given in "
          + "words only."
      )
      .rule(
        from: annualReport,
        at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Management, supervision and oversight",
        basis: .placeholder,
        note: "The report states no formula; the mean of the area's questions is ours.")
      Criterion("1.6", "Engagement") {
        Question(
          "1.6.a",
          "Were the child or young person and their parents/carers engaged in the work of the "
            + "YOT?",
          themes: "CE"
        )
        .measures("youth-parents-carers-engaged-work-yot", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Engagement",
          basis: .reportProse,
          quote: "a high level of engagement by both children and young people and their "
            + "parents/carers in the work of the YOT")
        Question(
          "1.6.b",
          "Were any speech, language and communication needs identified as a barrier to "
            + "engagement?",
          themes: "CE"
        )
        .measures("youth-speech-language-communication-needs-identified-barrier", .exact)
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Engagement",
          basis: .reportProse,
          quote: "particularly in identifying SLC needs as a barrier to engagement")
        Question(
          "1.6.c",
          "Were the adaptations needed for those speech, language and communication needs made?",
          themes: "CE"
        )
        .measures("youth-adaptations-needed-those-speech-language-communication", .exact)
        .relevant(when: .answer("1.6.b", is: "yes"))
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Engagement",
          basis: .reportProse,
          quote: "making the subsequent adaptations needed")
        Question(
          "1.6.d", "Was the child or young person offered a Welsh-speaking case manager?",
          themes: "CE"
        )
        .measures("youth-offered-welsh-speaking-case-manager", .exact)
        .relevant(when: .attribute("welsh_language", is: "yes"))
        .from(
          annualReport, at: "Chapter 4, paragraph 4.3, Short Quality Screenings",
          basis: .reportProse,
          quote: "those children and young people whose preferred language was Welsh were "
            + "offered the opportunity to have a Welsh speaking case manager")
      }
      .from(
        annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Engagement",
        basis: .printedInWords,
        quote: "Our inspections continue to evidence a high level of engagement",
        note: "The practice area as the report heads its key findings; its result is given in "
          + "words only."
      )
      .rule(
        from: annualReport, at: "Chapter 4, paragraph 4.3, Key findings - SQSs: Engagement",
        basis: .placeholder,
        note: "The report states no formula; the mean of the area's questions is ours.")
    }
    .from(
      annualReport, at: "Chapter 4, paragraph 4.1", basis: .reportProse,
      quote: "both FJIs and SQSs have practice as their main focus",
      note: "The section and its six practice areas follow the headings of the SQS key findings "
        + "(paragraph 4.3)."
    )
    .rule(
      from: annualReport, at: "Chapter 4, paragraph 4.3", basis: .placeholder,
      note: "The SQS overall score per YOT was printed as an image, not recovered, and no formula "
        + "is stated; the mean of the six practice areas is ours.")
  }
}
