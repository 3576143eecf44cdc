import InspectionDSL

/// The id of the annual report, which the bank's items cite.
private let annualReport = PublishedSources.annualReportID

/// Where the annual report gives the SQS key findings for a practice area.
private func sqsFindings(_ area: String) -> String {
  "Chapter 4, paragraph 4.3, Key findings - SQSs: \(area)"
}

/// Where the annual report gives the FJI key findings on initial outcomes.
private let initialOutcomes = "Chapter 4, paragraph 4.4, Key findings - FJIs: Initial outcomes"

/// Where the annual report gives the FJI key findings on the management of practice.
private let managementOfPractice =
  "Chapter 4, paragraph 4.4, Key findings - FJIs: Management of practice"

/// The question bank of the 2012–15 youth inspections, organised by the four themes: the
/// sections of ``FrameworkCatalog/fji2012Revised`` and ``FrameworkCatalog/fji2013Revised``,
/// of which ``FrameworkCatalog/sqsRevised`` takes a declared subset.
///
/// HMI Probation's programme page says one case assessment tool served the Full Joint
/// Inspection and the Short Quality Screening, "with SQS using a subset of the questions", and
/// that the published criteria were organised by the four themes (Annual Report 2013–14,
/// paragraph 4.1): reducing the likelihood of reoffending, protecting the public, protecting the
/// child or young person, ensuring the sentence is served. The tool, its questions and the
/// criteria's wording and numbering were not recovered, so:
///
/// - **Sections 1–4 are the themes**, in the report's order. Within each, the criteria are the
///   practice areas under which the report gives its SQS key findings (PSRs, assessments,
///   planning, reviews, management oversight, engagement: paragraph 4.3), as far as they
///   concern the theme, then the theme's initial outcomes (FJI key findings, paragraph 4.4).
///   Criterion ids and titles under a theme are ours.
/// - **Section 5** is FJI's management of practice (paragraph 4.4), which the report ties to no
///   theme; governance and leadership is FJI's own (declared with the FJI versions).
/// - Each question is one of the report's case-level findings, cited beside it. A finding the
///   report gives for several themes at once (reviews; remedying what managers find) is asked
///   once per theme.
enum YouthQuestionBank {
  /// What the bank assumes where the report is silent; every framework using it carries these.
  static var assumptions: [any FrameworkComponent] {
    [
      Assumption(
        "The published criteria were organised by the four themes; their wording and numbering "
          + "were not recovered. Sections 1-4 are the themes; the criteria under each are the "
          + "practice areas of the SQS key findings (paragraph 4.3) as they concern the theme, "
          + "then the theme's initial outcomes (paragraph 4.4). Ids and titles under a theme are "
          + "ours."),
      Assumption(
        "Where the report gives one proportion for a practice area (assessments, paragraph "
          + "4.3), each theme's criterion has one neutral question for it."),
      Assumption(
        "Reviews, and the remedying of what managers find, are asked once per theme they "
          + "concern: the report speaks of reviews of 'the assessments and plans' and of "
          + "oversight of those who are 'a risk to the public or who are vulnerable'."),
      Assumption(
        "The PSR's overall quality counts towards reducing the likelihood of reoffending, the "
          + "main focus of practice (paragraph 4.1); the child's and family's involvement in the "
          + "PSR counts, with the other engagement questions and the Welsh-speaking case manager, "
          + "towards ensuring the sentence is served (FJI ties engagement to meeting the "
          + "requirements of the sentence, paragraph 4.4)."),
      Assumption(
        "The PSR questions also apply to referral order panel reports (\"replicated\", "
          + "paragraph 4.3)."),
      Assumption(
        "Not recovered: the FJI/SQS case assessment tool and its guidance (question wording, "
          + "answer options), which of its questions SQS used, the published criteria's wording "
          + "and numbering (criterion ids and titles under each theme are ours) and how a "
          + "theme's score was computed. Each question restates a finding of the Annual Report "
          + "2013-14 and cites it."),
      Assumption(
        "A theme's score pools its section's questions: sufficient judgements over relevant "
          + "judgements (the 2013 note reads a theme's percentage as how much of the work was "
          + "sufficient: 'only two-thirds sufficient'). The report states no formula."),
    ]
  }

  /// The four theme sections, each with its practice areas and initial outcomes.
  static var themeSections: [Section] {
    [reducingReoffending, protectingThePublic, protectingTheChild, servingTheSentence]
  }

  // MARK: - Section 1: Reducing the likelihood of reoffending

  static var reducingReoffending: Section {
    Section("1", "Reducing the likelihood of reoffending", rule: .pooledQuestions) {
      Criterion("1.1", "Pre-sentence reports (PSRs)") {
        Question("1.1.a", "Was the report of sufficient quality?", themes: "LoR")
          .measures("youth-report-sufficient-quality", .exact)
          .relevant(when: .attribute("report_type", is: "psr", "panel report"))
          .from(
            annualReport, at: sqsFindings("Pre-sentence reports (PSRs)"), basis: .reportProse,
            quote: "We were pleased to see a high proportion of quality written reports presented "
              + "to the courts.",
            note: "Counted towards reducing the likelihood of reoffending (an assumption).")
        Question(
          "1.1.b", "Did the report contain sufficient analysis of the offending behaviour?",
          themes: "LoR"
        )
        .measures("youth-report-contain-sufficient-analysis-offending-behaviour", .exact)
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        .from(
          annualReport, at: sqsFindings("Pre-sentence reports (PSRs)"), basis: .reportProse,
          quote: "the issues to be improved continued to be the analysis of the offending "
            + "behaviour")
      }
      .measures("youth-lor-psr", .exact)
      .from(practiceArea("Pre-sentence reports (PSRs)"))
      .rule(from: practiceAreaRule("Pre-sentence reports (PSRs)"))
      Criterion("1.2", "Assessments") {
        Question(
          "1.2.a", "Was the assessment of the likelihood of reoffending good enough?",
          themes: "LoR"
        )
        .measures("youth-assessment-likelihood-reoffending-good-enough", .exact)
        .from(
          annualReport, at: sqsFindings("Assessments"), basis: .reportProse,
          quote: "With three-quarters or more of assessments being good enough",
          note: "One neutral question per theme (an assumption): the report gives one proportion "
            + "for all assessments.")
        Question("1.2.b", "Did the assessment include other relevant behaviour?", themes: "LoR")
          .measures("youth-assessment-include-other-relevant-behaviour", .exact)
          .from(
            annualReport, at: sqsFindings("Assessments"), basis: .reportProse,
            quote: "including other relevant behaviour would enable even more to be assessed as "
              + "sufficient")
      }
      .measures("youth-lor-assessments", .exact)
      .from(practiceArea("Assessments"))
      .rule(from: practiceAreaRule("Assessments"))
      Criterion(
        "1.3", "Planning",
        standard: "It should be a living document, referred to often and adapted to reflect any "
          + "changes in circumstances."
      ) {
        Question("1.3.a", "Was an intervention plan completed?", themes: "LoR")
          .measures("youth-intervention-plan-completed", .exact)
          .from(
            annualReport, at: sqsFindings("Planning"), basis: .reportProse,
            quote: "others were not completed at all")
        Question(
          "1.3.b", "Did the plan focus sufficiently on reducing the likelihood of reoffending?",
          themes: "LoR"
        )
        .measures("youth-plan-focus-sufficiently-reducing-likelihood-reoffending", .exact)
        .relevant(when: .answer("1.3.a", is: "yes"))
        .from(
          annualReport, at: sqsFindings("Planning"), basis: .reportProse,
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
          annualReport, at: sqsFindings("Planning"), basis: .reportProse,
          quote: "the objectives were not clear (SMART – Specific, Measurable, Achievable, "
            + "Realistic and Time-bounded)")
      }
      .measures("youth-lor-planning", .exact)
      .from(practiceArea("Planning"))
      .rule(from: practiceAreaRule("Planning"))
      reviews("1.4", of: "reducing the likelihood of reoffending", theme: "LoR")
      Criterion("1.5", "Initial outcomes") {
        Question(
          "1.5.a",
          "Has the frequency of offending reduced since the start of the sentence or release "
            + "from custody?",
          themes: "LoR"
        )
        .measures("youth-frequency-offending-reduced-since-start-sentence", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "inspectors judge whether there has been a reduction in the frequency of "
            + "offending and the seriousness of offending since the start of the sentence/ "
            + "release from custody",
          note: "The report gives the reduction only as a range across YOTs (56% in the well "
            + "performing YOTs, 33% in the poorer ones).")
        Question(
          "1.5.b",
          "Has the seriousness of offending reduced since the start of the sentence or release "
            + "from custody?",
          themes: "LoR"
        )
        .measures("youth-seriousness-offending-reduced-since-start-sentence", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "inspectors judge whether there has been a reduction in the frequency of "
            + "offending and the seriousness of offending since the start of the sentence/ "
            + "release from custody",
          note: "The report gives the reduction only as a range across YOTs (62% to 37%).")
        Question(
          "1.5.c",
          "Was sufficient attention given to ensuring that positive outcomes are sustainable?",
          themes: "LoR"
        )
        .measures("youth-sufficient-attention-given-ensuring-positive-outcomes", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "giving sufficient attention to ensuring that positive outcomes are sustainable")
      }
      .measures("youth-lor-outcomes", .exact)
      .from(outcomesOfTheme)
      .rule(from: outcomesRule)
    }
    .measures("youth-theme-lor", .exact)
    .from(theme("Reducing the likelihood of reoffending."))
    .rule(from: themeRule)
  }

  // MARK: - Section 2: Protecting the public

  static var protectingThePublic: Section {
    Section("2", "Protecting the public", rule: .pooledQuestions) {
      Criterion("2.1", "Pre-sentence reports (PSRs)") {
        Question(
          "2.1.a", "Did the report contain a sufficient assessment of the risk of harm to others?",
          themes: "RoH"
        )
        .measures("youth-report-contain-sufficient-assessment-risk-harm", .exact)
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        .from(
          annualReport, at: sqsFindings("Pre-sentence reports (PSRs)"), basis: .reportProse,
          quote: "better assessments of risk of harm to others")
      }
      .measures("youth-roh-psr", .exact)
      .from(practiceArea("Pre-sentence reports (PSRs)"))
      .rule(from: practiceAreaRule("Pre-sentence reports (PSRs)"))
      Criterion("2.2", "Assessments") {
        Question(
          "2.2.a", "Was the assessment of risk of harm to others good enough?", themes: "RoH"
        )
        .measures("youth-assessment-risk-harm-others-good-enough", .exact)
        .from(
          annualReport, at: sqsFindings("Assessments"), basis: .reportProse,
          quote: "With three-quarters or more of assessments being good enough",
          note: "One neutral question per theme (an assumption): the report gives one proportion "
            + "for all assessments.")
      }
      .measures("youth-roh-assessments", .exact)
      .from(practiceArea("Assessments"))
      .rule(from: practiceAreaRule("Assessments"))
      Criterion("2.3", "Planning") {
        Question(
          "2.3.a", "Was contingency planning for risk of harm to others sufficient?",
          themes: "RoH"
        )
        .measures("youth-contingency-planning-risk-harm-others-sufficient", .exact)
        .from(
          annualReport, at: sqsFindings("Planning"), basis: .reportProse,
          quote: "In both risk of harm to others and vulnerability, contingency plans were not "
            + "sufficient")
        Question(
          "2.3.b", "Was enough attention given to victims' issues in planning?", themes: "RoH"
        )
        .measures("youth-enough-attention-given-victims-issues-planning", .exact)
        .from(
          annualReport, at: sqsFindings("Planning"), basis: .reportProse,
          quote: "in some cases not enough attention had been given to victims' issues")
      }
      .measures("youth-roh-planning", .exact)
      .from(practiceArea("Planning"))
      .rule(from: practiceAreaRule("Planning"))
      reviews("2.4", of: "the risk of harm to others", theme: "RoH")
      oversight(
        "2.5", work: "the work to protect the public", theme: "RoH",
        question: "Was management oversight of the work to protect the public effective?")
      Criterion("2.6", "Initial outcomes") {
        Question(
          "2.6.a",
          "Was the risk of harm to others, including to identifiable victims, kept to a minimum?",
          themes: "RoH"
        )
        .measures("youth-risk-harm-others-including-identifiable-victims", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "risk of harm to others, including identifiable victims")
      }
      .measures("youth-roh-outcomes", .exact)
      .from(outcomesOfTheme)
      .rule(from: outcomesRule)
    }
    .measures("youth-theme-roh", .exact)
    .from(theme("Protecting the public."))
    .rule(from: themeRule)
  }

  // MARK: - Section 3: Protecting the child or young person

  static var protectingTheChild: Section {
    Section("3", "Protecting the child or young person", rule: .pooledQuestions) {
      Criterion("3.1", "Pre-sentence reports (PSRs)") {
        Question(
          "3.1.a",
          "Did the report contain a sufficient assessment of the vulnerability of the child or "
            + "young person?",
          themes: "Safeguarding"
        )
        .measures("youth-report-contain-sufficient-assessment-vulnerability", .exact)
        .relevant(when: .attribute("report_type", is: "psr", "panel report"))
        .from(
          annualReport, at: sqsFindings("Pre-sentence reports (PSRs)"), basis: .reportProse,
          quote: "better assessments of the vulnerability of children and young people")
      }
      .measures("youth-safeguarding-psr", .exact)
      .from(practiceArea("Pre-sentence reports (PSRs)"))
      .rule(from: practiceAreaRule("Pre-sentence reports (PSRs)"))
      Criterion("3.2", "Assessments") {
        Question(
          "3.2.a",
          "Was the assessment of the vulnerability of the child or young person good enough?",
          themes: "Safeguarding"
        )
        .measures("youth-assessment-vulnerability-good-enough", .exact)
        .from(
          annualReport, at: sqsFindings("Assessments"), basis: .reportProse,
          quote: "With three-quarters or more of assessments being good enough",
          note: "One neutral question per theme (an assumption): the report gives one proportion "
            + "for all assessments.")
      }
      .measures("youth-safeguarding-assessments", .exact)
      .from(practiceArea("Assessments"))
      .rule(from: practiceAreaRule("Assessments"))
      Criterion("3.3", "Planning") {
        Question(
          "3.3.a", "Was contingency planning for vulnerability sufficient?",
          themes: "Safeguarding"
        )
        .measures("youth-contingency-planning-vulnerability-sufficient", .exact)
        .from(
          annualReport, at: sqsFindings("Planning"), basis: .reportProse,
          quote: "In both risk of harm to others and vulnerability, contingency plans were not "
            + "sufficient")
      }
      .measures("youth-safeguarding-planning", .exact)
      .from(practiceArea("Planning"))
      .rule(from: practiceAreaRule("Planning"))
      reviews("3.4", of: "the vulnerability of the child or young person", theme: "Safeguarding")
      oversight(
        "3.5", work: "the work to protect the child or young person", theme: "Safeguarding",
        question:
          "Was management oversight of the work to protect the child or young person effective?")
      Criterion("3.6", "Initial outcomes") {
        Question(
          "3.6.a", "Was the child or young person kept safe from themselves and from others?",
          themes: "Safeguarding"
        )
        .measures("youth-kept-safe-themselves-others", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "keeping the child or young person safe from themselves or others")
        Question(
          "3.6.b", "Were health and well-being outcomes achieved for the child or young person?",
          themes: "Safeguarding"
        )
        .measures("youth-health-well-being-outcomes-achieved", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "Health and well-being outcomes were mainly a strength")
      }
      .measures("youth-safeguarding-outcomes", .exact)
      .from(outcomesOfTheme)
      .rule(from: outcomesRule)
    }
    .measures("youth-theme-safeguarding", .exact)
    .from(theme("Protecting the child or young person."))
    .rule(from: themeRule)
  }

  // MARK: - Section 4: Ensuring the sentence is served

  static var servingTheSentence: Section {
    Section("4", "Ensuring the sentence is served", rule: .pooledQuestions) {
      Criterion("4.1", "Engagement") {
        Question(
          "4.1.a",
          "Were the child or young person and their parents/carers involved in the preparation "
            + "of the PSR?",
          themes: "CE"
        )
        .measures("youth-parents-carers-involved-preparation-psr", .exact)
        .relevant(when: .attribute("report_type", is: "psr"))
        .from(
          annualReport, at: sqsFindings("Pre-sentence reports (PSRs)"), basis: .reportProse,
          quote: "the majority of children and young people and their parents/carers were "
            + "involved in the preparation of PSRs",
          note: "A PSR finding, counted with engagement (an assumption).")
        Question(
          "4.1.b",
          "Were the child or young person and their parents/carers engaged in the work of the "
            + "YOT?",
          themes: "CE"
        )
        .measures("youth-parents-carers-engaged-work-yot", .exact)
        .from(
          annualReport, at: sqsFindings("Engagement"), basis: .reportProse,
          quote: "a high level of engagement by both children and young people and their "
            + "parents/carers in the work of the YOT")
        Question(
          "4.1.c",
          "Were any speech, language and communication needs identified as a barrier to "
            + "engagement?",
          themes: "CE"
        )
        .measures("youth-speech-language-communication-needs-identified-barrier", .exact)
        .from(
          annualReport, at: sqsFindings("Engagement"), basis: .reportProse,
          quote: "particularly in identifying SLC needs as a barrier to engagement")
        Question(
          "4.1.d",
          "Were the adaptations needed for those speech, language and communication needs made?",
          themes: "CE"
        )
        .measures("youth-adaptations-needed-those-speech-language-communication", .exact)
        .relevant(when: .answer("4.1.c", is: "yes"))
        .from(
          annualReport, at: sqsFindings("Engagement"), basis: .reportProse,
          quote: "making the subsequent adaptations needed")
        Question(
          "4.1.e", "Was the child or young person offered a Welsh-speaking case manager?",
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
      .measures("youth-engagement", .exact)
      .from(practiceArea("Engagement"))
      .rule(from: practiceAreaRule("Engagement"))
      Criterion("4.2", "Initial outcomes") {
        Question(
          "4.2.a", "Did the child or young person comply with the requirements of the sentence?",
          scale: "compliance", themes: "CE"
        )
        .measures("youth-comply-requirements-sentence", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "The quality of compliance (fully or after initial difficulties) by children "
            + "and young people varied from 45% to 75%.",
          note: "The report gives compliance only as a range across YOTs.")
        Question(
          "4.2.b",
          "Did the child or young person engage in meeting the requirements of the sentence?",
          themes: "CE"
        )
        .measures("youth-engage-meeting-requirements-sentence", .exact)
        .from(
          annualReport, at: initialOutcomes, basis: .reportProse,
          quote: "the engagement of children and young people in meeting the requirements of "
            + "the sentence")
        Question("4.2.c", "Were diversity factors identified and attended to?", themes: "CE")
          .measures("youth-diversity-factors-identified-attended", .exact)
          .from(
            annualReport, at: initialOutcomes, basis: .reportProse,
            quote: "identifying and attending to diversity factors")
      }
      .measures("youth-sentence-served-outcomes", .exact)
      .from(outcomesOfTheme)
      .rule(from: outcomesRule)
    }
    .measures("youth-theme-sentence-served", .exact)
    .from(theme("Ensuring the sentence is served."))
    .rule(from: themeRule)
  }

  /// The answer scale of compliance, as the report prints its categories.
  static var complianceScale: AnswerScale {
    AnswerScale("compliance", "Compliance with the requirements of the sentence") {
      Option("fully", "Complied fully", .sufficient)
      Option("after-difficulties", "Complied after initial difficulties", .sufficient)
      Option("not", "Did not comply", .insufficient)
      Option("na", "Not applicable", .notRelevant)
    }
    .from(
      annualReport, at: initialOutcomes, basis: .statedRule,
      quote: "The quality of compliance (fully or after initial difficulties) by children and "
        + "young people varied from 45% to 75%.",
      note: "'Fully' and 'after initial difficulties' are printed and counted together as "
        + "compliance; 'did not comply', the codes and 'not applicable' are ours.")
  }

  // MARK: - Section 5: Management of practice (FJI)

  /// FJI's management of practice: asked per case in the case manager interview (an
  /// assumption), tied to no theme.
  static var managementOfPracticeSection: Section {
    Section("5", "Management of practice") {
      Criterion("5.1", "Resources") {
        Question(
          "5.1.a",
          "Did the case manager have access to sufficient resources to address reducing "
            + "offending?"
        )
        .measures("youth-case-manager-have-access-sufficient-resources", .exact)
        .from(resources)
        Question(
          "5.1.b",
          "Did the case manager have access to sufficient resources to manage the risk of harm?"
        )
        .measures("youth-case-manager-have-access-sufficient-resources-2", .exact)
        .from(resources)
        Question(
          "5.1.c",
          "Did the case manager have access to sufficient resources to address safeguarding "
            + "needs?"
        )
        .measures("youth-case-manager-have-access-sufficient-resources-2-2", .exact)
        .from(resources)
      }
      .measures("youth-resources", .exact)
      .from(
        annualReport, at: managementOfPractice, basis: .reportProse,
        quote: "the case manager had access to sufficient resources",
        note: "A criterion of ours for an aspect the report's key findings name."
      )
      .rule(from: managementRule)
      Criterion("5.2", "Staff supervision and quality assurance") {
        Question(
          "5.2.a",
          "Had staff supervision and other quality assurance arrangements made a positive "
            + "difference to the case?"
        )
        .measures("youth-staff-supervision-other-quality-assurance-arrangements", .exact)
        .from(
          annualReport, at: managementOfPractice, basis: .reportProse,
          quote: "staff supervision and other quality assurance arrangements had made a positive "
            + "difference to cases")
      }
      .measures("youth-staff-supervision", .exact)
      .from(
        annualReport, at: managementOfPractice, basis: .reportProse,
        quote: "staff supervision and other quality assurance arrangements",
        note: "A criterion of ours for an aspect the report's key findings name."
      )
      .rule(from: managementRule)
      Criterion("5.3", "Effective practice, policies and procedures") {
        Question(
          "5.3.a",
          "Did the case manager understand the principles of effective practice and the local "
            + "policies and procedures?"
        )
        .measures("youth-case-manager-understand-principles-effective-practice", .exact)
        .from(
          annualReport, at: managementOfPractice, basis: .reportProse,
          quote: "staff understood the principles of effective practice and their local policies "
            + "and procedures")
      }
      .measures("youth-effective-practice", .exact)
      .from(
        annualReport, at: managementOfPractice, basis: .reportProse,
        quote: "staff understood the principles of effective practice and their local policies "
          + "and procedures",
        note: "A criterion of ours for an aspect the report's key findings name."
      )
      .rule(from: managementRule)
      Criterion("5.4", "Training and skills development") {
        Question(
          "5.4.a",
          "Did the case manager consider their training and skills development needs were met?"
        )
        .measures("youth-case-manager-consider-training-skills-development", .exact)
        .from(
          annualReport, at: managementOfPractice, basis: .reportProse,
          quote: "the case managers considered their training and skills development needs were "
            + "met")
      }
      .measures("youth-training", .exact)
      .from(
        annualReport, at: managementOfPractice, basis: .reportProse,
        quote: "the case managers considered their training and skills development needs were met",
        note: "A criterion of ours for an aspect the report's key findings name."
      )
      .rule(from: managementRule)
    }
    .measures("youth-management-of-practice", .exact)
    .from(
      annualReport, at: managementOfPractice, basis: .printedInWords,
      note: "A heading of the FJI key findings, tied to no theme; no score is printed for it."
    )
    .rule(
      from: annualReport, at: managementOfPractice, basis: .placeholder,
      note: "No section score is printed; the mean of the criteria is ours.")
  }

  /// The concepts of the questions the helpers declare once per theme (reviews and management
  /// oversight), by id: the question's own check, and the check of the version-2012 question
  /// it was split from, which it measures in part.
  static let generatedConcepts: [String: [(concept: String, relation: ConceptRelation)]] = [
    "1.4.a": [
      ("youth-review-assessment-plan-reducing-likelihood-reoffending", .exact),
      ("youth-review-assessment-plan-take-place-when-any-theme", .partOf),
    ],
    "1.4.b": [
      ("youth-review-reducing-likelihood-reoffending-recognise-significant", .exact),
      ("youth-review-recognise-significant-change-circumstances-any-theme", .partOf),
    ],
    "1.4.c": [
      ("youth-review-reducing-likelihood-reoffending-updated-rather", .exact),
      ("youth-review-updated-rather-copied-previous-version-any-theme", .partOf),
    ],
    "2.4.a": [
      ("youth-review-assessment-plan-risk-harm-others", .exact),
      ("youth-review-assessment-plan-take-place-when-any-theme", .partOf),
    ],
    "2.4.b": [
      ("youth-review-risk-harm-others-recognise-significant", .exact),
      ("youth-review-recognise-significant-change-circumstances-any-theme", .partOf),
    ],
    "2.4.c": [
      ("youth-review-risk-harm-others-updated-rather", .exact),
      ("youth-review-updated-rather-copied-previous-version-any-theme", .partOf),
    ],
    "2.5.a": [("youth-management-oversight-work-protect-public-effective", .exact)],
    "2.5.b": [
      ("youth-issues-manager-identified-work-protect-public", .exact),
      ("youth-issues-manager-identified-needing-improvement-remedied-any-theme", .partOf),
    ],
    "3.4.a": [
      ("youth-review-assessment-plan-vulnerability-take-place", .exact),
      ("youth-review-assessment-plan-take-place-when-any-theme", .partOf),
    ],
    "3.4.b": [
      ("youth-review-vulnerability-recognise-significant-change-circumstances", .exact),
      ("youth-review-recognise-significant-change-circumstances-any-theme", .partOf),
    ],
    "3.4.c": [
      ("youth-review-vulnerability-updated-rather-copied-previous", .exact),
      ("youth-review-updated-rather-copied-previous-version-any-theme", .partOf),
    ],
    "3.5.a": [("youth-management-oversight-work-protect-effective", .exact)],
    "3.5.b": [
      ("youth-issues-manager-identified-work-protect-needing", .exact),
      ("youth-issues-manager-identified-needing-improvement-remedied-any-theme", .partOf),
    ],
  ]

  /// The word naming a theme in concept ids: `lor`, `roh`, `safeguarding`, `sentence-served`.
  static func themeConcept(_ theme: String) -> String {
    switch theme {
    case "LoR": "lor"
    case "RoH": "roh"
    case "Safeguarding": "safeguarding"
    default: "sentence-served"
    }
  }

  // MARK: - Criteria asked once per theme

  /// A theme's reviews: whether the review of its assessment and plan took place, recognised
  /// change and was updated (paragraph 4.3, Reviews), asked for this theme.
  private static func reviews(
    _ id: String, of subject: String, theme: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Criterion {
    let note = "Asked once per theme (an assumption): the report speaks of reviews generally."
    return Criterion(
      id, "Reviews",
      standard: "It is important to review both the assessments and plans after a reasonable "
        + "time period, but also if there has been a significant change in circumstances.",
      fileID: fileID, line: line, column: column
    ) {
      Question(
        "\(id).a",
        "Did a review of the assessment and plan of \(subject) take place when it was due?",
        themes: theme, fileID: fileID, line: line, column: column
      )
      .measures(Self.generatedConcepts["\(id).a"] ?? [])
      .from(
        annualReport, at: sqsFindings("Reviews"), basis: .reportProse,
        quote: "some did not take place", note: note, fileID: fileID, line: line, column: column)
      Question(
        "\(id).b",
        "Did the review of \(subject) recognise any significant change in circumstances?",
        themes: theme, fileID: fileID, line: line, column: column
      )
      .measures(Self.generatedConcepts["\(id).b"] ?? [])
      .relevant(when: .answer("\(id).a", is: "yes"))
      .from(
        annualReport, at: sqsFindings("Reviews"), basis: .reportProse,
        quote: "others did not recognise significant change", note: note, fileID: fileID,
        line: line, column: column)
      Question(
        "\(id).c",
        "Was the review of \(subject) updated rather than copied from a previous version?",
        themes: theme, fileID: fileID, line: line, column: column
      )
      .measures(Self.generatedConcepts["\(id).c"] ?? [])
      .relevant(when: .answer("\(id).a", is: "yes"))
      .from(
        annualReport, at: sqsFindings("Reviews"), basis: .reportProse,
        quote: "some were copied from a previous version but were not updated", note: note,
        fileID: fileID, line: line, column: column)
    }
    .from(practiceArea("Reviews", fileID: fileID, line: line, column: column))
    .rule(from: practiceAreaRule("Reviews", fileID: fileID, line: line, column: column))
    .measures("youth-\(themeConcept(theme))-reviews", .exact)
  }

  /// A theme's management oversight (paragraph 4.3, Management, supervision and oversight):
  /// whether it was effective, and whether what managers found was remedied.
  private static func oversight(
    _ id: String, work: String, theme: String, question: String,
    fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Criterion {
    let area = "Management, supervision and oversight"
    return Criterion(
      id, "Management, supervision and oversight",
      standard: "We expect managers to know how their staff are performing.",
      fileID: fileID, line: line, column: column
    ) {
      Question("\(id).a", question, themes: theme, fileID: fileID, line: line, column: column)
        .measures(Self.generatedConcepts["\(id).a"] ?? [])
        .from(
          annualReport, at: sqsFindings(area), basis: .reportProse,
          quote: "will have particular oversight where there are individuals who are a risk to "
            + "the public or who are vulnerable", fileID: fileID, line: line, column: column)
      Question(
        "\(id).b",
        "Were the issues the manager identified in \(work) as needing improvement "
          + "remedied?",
        themes: theme, fileID: fileID, line: line, column: column
      )
      .measures(Self.generatedConcepts["\(id).b"] ?? [])
      .from(
        annualReport, at: sqsFindings(area), basis: .reportProse,
        quote: "the issues they identify as needing improvement are not always remedied",
        note: "Asked once per theme (an assumption): the report speaks of oversight generally.",
        fileID: fileID, line: line, column: column)
    }
    .from(practiceArea(area, fileID: fileID, line: line, column: column))
    .rule(from: practiceAreaRule(area, fileID: fileID, line: line, column: column))
    .measures("youth-\(themeConcept(theme))-oversight", .exact)
  }

  // MARK: - Shared citations

  /// The report's words on each practice area's result (paragraph 4.3), in words only.
  private static let practiceResults: [String: String] = [
    "Pre-sentence reports (PSRs)":
      "We were pleased to see a high proportion of quality written reports presented to the "
      + "courts.",
    "Assessments": "With three-quarters or more of assessments being good enough",
    "Planning": "While around three-quarters of the plans we looked at were completed well, "
      + "there were a number of significant gaps.",
    "Reviews": "While nearly three-quarters of reviews were done to a sufficient quality",
    "Management, supervision and oversight":
      "In our view, over one-third of this work is not done well enough.",
    "Engagement": "Our inspections continue to evidence a high level of engagement",
  ]

  /// A practice area of the SQS key findings, as a criterion under a theme.
  private static func practiceArea(
    _ area: String, fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Citation {
    Citation(
      annualReport, at: sqsFindings(area), basis: .printedInWords, quote: practiceResults[area],
      note: "The practice area as the report heads its SQS key findings, as it concerns this "
        + "theme (criterion id and place ours); the report's result covers the area across the "
        + "themes, in words only.", fileID: fileID, line: line, column: column)
  }

  /// The rule of a practice-area criterion: ours.
  private static func practiceAreaRule(
    _ area: String, fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Citation {
    Citation(
      annualReport, at: sqsFindings(area), basis: .placeholder,
      note: "The report states no formula; the mean of the area's questions is ours.",
      fileID: fileID, line: line, column: column)
  }

  /// A theme's initial outcomes (FJI key findings).
  private static var outcomesOfTheme: Citation {
    Citation(
      annualReport, at: initialOutcomes, basis: .reportProse,
      quote: "Given that FJIs look at work over a longer period of time, we have highlighted "
        + "areas which relate to outcomes and the management of practice.",
      note: "The outcomes the report's key findings name for this theme, as a criterion of ours.")
  }

  /// The rule of a theme's initial outcomes: ours.
  private static var outcomesRule: Citation {
    Citation(
      annualReport, at: initialOutcomes, basis: .placeholder,
      note: "The report states no formula; the mean of the criterion's questions is ours.")
  }

  /// A theme as a section.
  private static func theme(
    _ printed: String, fileID: String = #fileID, line: Int = #line, column: Int = #column
  ) -> Citation {
    Citation(
      annualReport, at: "Chapter 4, paragraph 4.1", basis: .printedInWords, quote: printed,
      note: "One of the four themes, by which the published criteria were organised (the "
        + "inspectorate's programme page); the criteria's wording and numbering were not "
        + "recovered.", fileID: fileID, line: line, column: column)
  }

  /// The rule of a theme section: pooled, ours.
  private static var themeRule: Citation {
    Citation(
      annualReport, at: "Chapter 4, paragraph 4.4, Headline scores for FJIs in 2013-14",
      basis: .placeholder,
      quote: "work could not be described as 'good' if it was only two-thirds sufficient",
      note: "The report states no formula; pooling the theme's questions (sufficient judgements "
        + "over relevant judgements) is ours, read from the theme's percentage being how much "
        + "of the work was sufficient.")
  }

  /// The resources finding, shared by the three resources questions.
  private static var resources: Citation {
    Citation(
      annualReport, at: managementOfPractice, basis: .reportProse,
      quote: "the case manager had access to sufficient resources to address reducing offending, "
        + "managing the risk of harm and addressing safeguarding needs in the vast majority of "
        + "cases")
  }

  /// The rule of a management-of-practice criterion: ours.
  private static var managementRule: Citation {
    Citation(
      annualReport, at: managementOfPractice, basis: .placeholder,
      note: "The report states no formula; the mean of the criterion's questions is ours.")
  }
}

extension Question {
  /// The question, measuring each of `links` (see `measures(_:_:)`).
  func measures(_ links: [(concept: String, relation: ConceptRelation)]) -> Question {
    links.reduce(self) { question, link in question.measures(link.concept, link.relation) }
  }
}
