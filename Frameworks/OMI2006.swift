import InspectionDSL

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), as the 2006 Cheshire report applied it.
  ///
  /// Period: the OMI programme ran from May 2006 to 2009 (seed:004 L816). Version `2006` is the
  /// structure under which the first report, Cheshire (August 2006), printed its scores.
  ///
  /// Source: `seeds/004_771f4cc1cd8126c3.txt`: the report body (contents L60-83, criteria
  /// L337-779), Appendix 2 (sample, L814-829) and Appendix 3 (scoring approach, L835-881).
  ///
  /// Faithful: criterion ids, titles and one-line standards follow the report body: 1.1-1.5,
  /// 2.1-2.7, 3.1-3.2 and 4.1-4.6. Cheshire printed its scores and conclusions under these
  /// criteria, so this is the structure the report applied. Each criterion weights its individual
  /// and summary questions 80/20 (L864). Each section is the mean of its criteria (L866). The RoH
  /// thread averages the RoH questions of sections 1 and 2 (L868). Section 4 is graded well met /
  /// satisfactorily met / partly met / not met (L881). Conclusions are a grade scale on the
  /// displayed whole-number score: >= 70 good, 60-69 priority for improvement, < 60 urgent
  /// priority. This reproduces all 27 printed OMI conclusions (domain.md sections 2 and 8.4).
  /// Questions are the case-level findings of the body; each cites its seed line.
  ///
  /// Why the body and not Appendix 3: the appendix (L841-879) lists section 2 as five other
  /// criteria (2.1 Protecting the public ... 2.5 Diversity needs), calls 3.1 "Interventions are
  /// delivered with the desired outcomes" and 4.3 "Resource allocation". No score in the report
  /// uses that numbering. That listing is kept as its own version, ``omi2006Appendix``. The 2008
  /// report (``omi2008``) has the same body structure as this one, and its appendix agrees with its
  /// body, so the 2006 appendix is the odd one out.
  ///
  /// Assumptions (each also an `Assumption` below): question texts restate the printed findings.
  /// The 80/20 rule applies per criterion. We word the summary questions; where the report prints
  /// an "overall" finding (1.2 at L371, 1.5 at L433) it is read as that summary question's result.
  /// The conclusion bands are inferred and band the displayed score. RoH tags follow each
  /// question's subject. The case attributes are ours; the sample has no custody cases (L823), so
  /// `case_type` has no custody value. Criterion 1.2's standard is missing from the text, so the
  /// 2008 wording is used. Section 4 judgements carry no points.
  ///
  /// Not recovered: the Offender Management Tool's question list, wording and RoH tags; the "fuller
  /// description on the website" of the 80/20 calculation; Chart 1, an image holding every section
  /// score and criterion 1.2's score; the RoH score that triggers a further focused inspection.
  public static let omi2006 = Framework(
    "OMI", version: "2006", title: "Offender Management Inspection"
  ) {
    OffenderManagementInspection.programme
    Source(
      "A report on Offender Management in Cheshire (HMI Probation, August 2006)",
      reference: "seeds/004_771f4cc1cd8126c3.txt",
      note: "Report body: structure, standards, scores. Appendix 3: scoring approach.")
    omi2006Assumptions
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence")
    OffenderManagementInspection.caseAttributes()

    OffenderManagementInspection.themeAndScales

    Section("1", "Assessment and sentence planning") {
      omi2006PreparingForSentence
      omi2006RiskOfHarmAssessment
      omi2006LikelihoodOfReoffendingAssessment
      omi2006OffenderEngagementAssessment
      omi2006SentencePlanning
    }

    Section("2", "Implementation of interventions") {
      omi2006DeliveringTheSentencePlan
      omi2006ProtectingThePublic
      omi2006Victims
      omi2006ContainmentAndCompliance
      omi2006ConstructiveInterventions
      omi2006RestrictiveInterventions
      omi2006DiversityIssues
    }

    Section("3", "Achievement and monitoring of outcomes") {
      omi2006InitialOutcomes
      omi2006SustainabilityOfProgress
    }

    OffenderManagementInspection.leadershipSection

    Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
  }

  /// The assumptions of both 2006 listings: those of every OMI framework, then three that the
  /// Cheshire text needs.
  static var omi2006Assumptions: [any FrameworkComponent] {
    OffenderManagementInspection.assumptions + [
      Assumption(
        "Criterion 1.2's heading, standard and score are missing from the Cheshire "
          + "text (seed:004 L361); its standard is taken from the 2008 report (seed:000 L319)."),
      Assumption(
        "Where the report prints an 'overall' finding for a criterion (1.2 at L371, 1.5 "
          + "at L433) it is read as the result of that criterion's summary question."),
      Assumption(
        "The sample is community orders and licences only (seed:004 L823), so "
          + "case_type has no custody value."),
    ]
  }

  // MARK: - The body's scored criteria, with the Cheshire findings
  //
  // Declared once and listed by both 2006 versions: ``omi2006`` under the body's numbering, and
  // ``omi2006Appendix``, which keeps sections 1 and 3 and regroups the questions of section 2.

  /// 1.1 with the Cheshire body's findings (seed:004 L347-356).
  static let omi2006PreparingForSentence = Criterion(
    OffenderManagementInspection.preparingForSentence
  ) {
    // seed:004 L347 (OMI-CHE-1.1-01)
    Question("1.1.a", "Was a pre-sentence report (PSR) prepared for the current offence?")
      .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L347 (OMI-CHE-1.1-02)
    Question("1.1.b", "Was the PSR of satisfactory quality?")
      .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L347 (OMI-CHE-1.1-03)
    Question(
      "1.1.c",
      "Where the court had indicated the level of seriousness, did the report clearly take it "
        + "into account?"
    )
    .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L349 (OMI-CHE-1.1-07)
    Question("1.1.d", "Did the report make a clear proposal for sentence?")
      .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L349 (OMI-CHE-1.1-08)
    Question("1.1.e", "Was the proposal followed by the court?")
      .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L349 (OMI-CHE-1.1-09)
    Question(
      "1.1.f", "Did the report include a clear risk and needs assessment?",
      themes: "RoH"
    )
    .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L350 (OMI-CHE-1.1-10)
    Question(
      "1.1.g",
      "In a PPO case, did the report contain a clear and proportionate proposal without "
        + "identifying the offender as a PPO?"
    )
    .relevant(when: .attribute("psr", is: "yes") && .attribute("ppo", is: "yes"))
    // seed:004 L351 (OMI-CHE-1.1-11)
    Question("1.1.h", "Where self-harm was an issue, was it clearly recorded in the report?")
      .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L355 (OMI-CHE-1.1-12)
    Question("1.1.i", "Did victim profile information inform the report?", themes: "RoH")
      .relevant(when: .attribute("psr", is: "yes"))
    // seed:004 L356 (OMI-CHE-1.1-13)
    Question(
      "1.1.j",
      "Where the report proposed a community sentence, did it contain an outline sentence "
        + "plan?"
    )
    .relevant(when: .attribute("psr", is: "yes"))
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "1.1.s", "Overall, was the work in preparing for sentence sufficient?",
      role: .summary
    )
    .relevant(when: .attribute("psr", is: "yes"))
  }

  /// 1.2 with the Cheshire body's findings (seed:004 L364-380).
  static let omi2006RiskOfHarmAssessment = Criterion(
    OffenderManagementInspection.riskOfHarmAssessment
  ) {
    // seed:004 L364 (OMI-CHE-1.2-01)
    Question(
      "1.2.a",
      "In a high or very high RoH case, were middle or senior managers effectively involved "
        + "in the assessment?",
      themes: "RoH"
    )
    .relevant(when: .attribute("roh", is: "high", "very high"))
    // seed:004 L365 (OMI-CHE-1.2-02)
    Question(
      "1.2.b", "Did the RoH analysis accurately reflect the risk posed to the general public?",
      themes: "RoH")
    // seed:004 L371 (OMI-CHE-1.2-05)
    Question("1.2.c", "Was a RoH assessment completed?", themes: "RoH")
    // seed:004 L371 (OMI-CHE-1.2-07)
    Question("1.2.d", "Was the RoH classification accurate?", themes: "RoH")
    // seed:004 L372 (OMI-CHE-1.2-08)
    Question("1.2.e", "Was the RoH screening done on time?", themes: "RoH")
    // seed:004 L373 (OMI-CHE-1.2-10)
    Question(
      "1.2.f",
      "Where MAPPA or other assessments were available, were they used to inform the risk "
        + "assessment and risk management plan?",
      themes: "RoH")
    // seed:004 L373 (OMI-CHE-1.2-09)
    Question(
      "1.2.g",
      "In a MAPPA case, were the notes and action plans of meetings shared with the offender "
        + "manager and kept on the file?",
      themes: "RoH"
    )
    .relevant(when: .attribute("mappa", is: "yes"))
    // seed:004 L374 (OMI-CHE-1.2-11)
    Question(
      "1.2.h",
      "Where there was a RoH to children, was there satisfactory middle or senior management "
        + "involvement?",
      themes: "RoH"
    )
    .relevant(when: .attribute("child_concern", is: "yes"))
    // seed:004 L375 (OMI-CHE-1.2-12)
    Question(
      "1.2.i", "At the start of a community order, was the risk management plan comprehensive?",
      themes: "RoH"
    )
    .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L375 (OMI-CHE-1.2-13)
    Question(
      "1.2.j", "At the start of a licence, was the risk management plan comprehensive?",
      themes: "RoH"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L367 (OMI-CHE-1.2-03)
    Question(
      "1.2.k",
      "In a high or very high RoH case referred to approved premises, was the referral "
        + "appropriate?",
      themes: "RoH"
    )
    .relevant(when: .attribute("roh", is: "high", "very high"))
    // seed:004 L378 (OMI-CHE-1.2-15)
    Question(
      "1.2.l",
      "Where greater oversight was needed to protect the public, was the case referred to "
        + "approved premises?",
      themes: "RoH"
    )
    .relevant(when: .attribute("roh", is: "high", "very high"))
    // seed:004 L380 (OMI-CHE-1.2-16)
    Question(
      "1.2.m", "Was sufficient attention paid to victims' issues in the assessment?",
      themes: "RoH")
    // Summary question (80/20 method); seed:004 L371 (OMI-CHE-1.2-04)
    Question(
      "1.2.s", "Overall, was the RoH assessment of satisfactory quality?",
      themes: "RoH", role: .summary)
  }

  /// 1.3 with the Cheshire body's findings (seed:004 L391-394).
  static let omi2006LikelihoodOfReoffendingAssessment = Criterion(
    OffenderManagementInspection.likelihoodOfReoffendingAssessment
  ) {
    // seed:004 L391 (OMI-CHE-1.3-01)
    Question("1.3.a", "Was a full OASys assessment completed?")
      .relevant(when: !.attribute("tier", is: "1"))
    // seed:004 L392 (OMI-CHE-1.3-02)
    Question("1.3.b", "Was the assessment of likelihood of reoffending of sufficient quality?")
    // seed:004 L392 (OMI-CHE-1.3-03)
    Question("1.3.c", "Were criminogenic factors satisfactorily assessed?")
    // seed:004 L393 (OMI-CHE-1.3-04)
    Question(
      "1.3.d",
      "In a PPO case designated on sentence or release, was the assessment made within five "
        + "days?"
    )
    .relevant(when: .attribute("ppo", is: "yes"))
    // seed:004 L394 (OMI-CHE-1.3-05)
    Question(
      "1.3.e",
      "Where previous assessments were available, were they drawn on to inform the current "
        + "assessment?")
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "1.3.s", "Overall, was the assessment of likelihood of reoffending sufficient?",
      role: .summary)
  }

  /// 1.4 with the Cheshire body's findings (seed:004 L405-408).
  static let omi2006OffenderEngagementAssessment = Criterion(
    OffenderManagementInspection.offenderEngagementAssessment
  ) {
    // seed:004 L405 (OMI-CHE-1.4-01)
    Question("1.4.a", "Was a basic skills screening carried out?")
    // seed:004 L406 (OMI-CHE-1.4-02)
    Question(
      "1.4.b",
      "Was full attention paid to the methods most likely to be effective with the offender?")
    // seed:004 L408 (OMI-CHE-1.4-03)
    Question("1.4.c", "Were the individual needs of the offender actively assessed?")
    // seed:004 L408 (OMI-CHE-1.4-04)
    Question(
      "1.4.d",
      "Where discriminatory or disadvantaging factors were identified, were plans put in "
        + "place to minimise their impact?")
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "1.4.s", "Overall, was the assessment of offender engagement sufficient?",
      role: .summary)
  }

  /// 1.5 with the Cheshire body's findings (seed:004 L420-437).
  static let omi2006SentencePlanning = Criterion(
    OffenderManagementInspection.sentencePlanning
  ) {
    // seed:004 L420 (OMI-CHE-1.5-01)
    Question(
      "1.5.a",
      "In a community order, was the offender allocated to an offender manager within the "
        + "required timescale?"
    )
    .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L421 (OMI-CHE-1.5-02)
    Question(
      "1.5.b",
      "Had steps been taken to ensure that the offender fully understood the requirements of "
        + "the sentence?")
    // seed:004 L421 (OMI-CHE-1.5-03)
    Question(
      "1.5.c",
      "Had steps been taken to ensure that the offender understood the penalties for breach?")
    // seed:004 L427 (OMI-CHE-1.5-08)
    Question("1.5.d", "Was an initial sentence plan (ISP) in place?")
    // seed:004 L427 (OMI-CHE-1.5-09)
    Question("1.5.e", "Was the case allocated to the correct tier?")
    // seed:004 L427 (OMI-CHE-1.5-10)
    Question("1.5.f", "Did the planning accurately reflect the purpose of sentencing?")
    // seed:004 L423 (OMI-CHE-1.5-05)
    Question(
      "1.5.g", "In a community order, did the sentence plan include planned contact levels?"
    )
    .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L423 (OMI-CHE-1.5-06)
    Question(
      "1.5.h", "In a community order, were the planned contacts recorded as enforceable?"
    )
    .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L423 (OMI-CHE-1.5-07)
    Question("1.5.i", "In a community order, was the sentence plan completed on time?")
      .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L428 (OMI-CHE-1.5-11)
    Question(
      "1.5.j",
      "Were the roles and liaison responsibilities of the various workers clearly defined in "
        + "the sentence plan?")
    // seed:004 L430 (OMI-CHE-1.5-12)
    Question(
      "1.5.k",
      "Where restrictive conditions or requirements were needed to minimise the RoH to the "
        + "public, were they considered and recorded in the plan?",
      themes: "RoH")
    // seed:004 L432 (OMI-CHE-1.5-13)
    Question(
      "1.5.l",
      "In a community order with a plan, did the plan outline how the RoH was to be managed?",
      themes: "RoH"
    )
    .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L433 (OMI-CHE-1.5-15)
    Question("1.5.m", "Did the sentence plan focus on achievable change?")
    // seed:004 L433 (OMI-CHE-1.5-16)
    Question("1.5.n", "Did the sentence plan set relevant goals for the offender?")
    // seed:004 L433 (OMI-CHE-1.5-17)
    Question("1.5.o", "Did the sentence plan give a clear shape to supervision?")
    // seed:004 L433 (OMI-CHE-1.5-18)
    Question("1.5.p", "Were interventions properly sequenced in the plan?")
    // seed:004 L434 (OMI-CHE-1.5-19)
    Question(
      "1.5.q",
      "In a community case where other assessments were available, did the sentence plan "
        + "reflect them?"
    )
    .relevant(when: .attribute("case_type", is: "community"))
    // seed:004 L435 (OMI-CHE-1.5-20)
    Question(
      "1.5.r",
      "Were interventions to address offending behaviour and promote community reintegration "
        + "appropriately identified?")
    // seed:004 L435 (OMI-CHE-1.5-21)
    Question(
      "1.5.t", "Was the reduction or containment of RoH appropriately addressed in the plan?",
      themes: "RoH")
    // seed:004 L436 (OMI-CHE-1.5-22)
    Question("1.5.u", "Were the diverse needs of the offender identified?")
    // seed:004 L436 (OMI-CHE-1.5-23)
    Question("1.5.v", "Were the diverse needs of the offender carried through into the plan?")
    // seed:004 L437 (OMI-CHE-1.5-24)
    Question(
      "1.5.w",
      "Was the offender given the opportunity to participate actively in the planning process?")
    // Summary question (80/20 method); seed:004 L433 (OMI-CHE-1.5-14)
    Question("1.5.s", "Overall, was the sentence plan of sufficient quality?", role: .summary)
  }

  /// 2.1 with the Cheshire body's findings (seed:004 L453-468).
  static let omi2006DeliveringTheSentencePlan = Criterion(
    OffenderManagementInspection.deliveringTheSentencePlan
  ) {
    // seed:004 L453 (OMI-CHE-2.1-01)
    Question(
      "2.1.a",
      "Were arrangements in place to prepare the offender thoroughly for interventions?")
    // seed:004 L453 (OMI-CHE-2.1-02)
    Question("2.1.b", "Were arrangements in place to reinforce interventions afterwards?")
    // seed:004 L456 (OMI-CHE-2.1-04)
    Question("2.1.c", "Had the requirements of the sentence been fully implemented?")
    // seed:004 L460 (OMI-CHE-2.1-05)
    Question(
      "2.1.d",
      "Where there was more than one requirement, were the interventions appropriately "
        + "sequenced?")
    // seed:004 L460 (OMI-CHE-2.1-06)
    Question(
      "2.1.e", "In a licence case, did work in the community build on activity in prison?"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L461 (OMI-CHE-2.1-07)
    Question(
      "2.1.f",
      "Did the offender manager actively motivate and support the offender throughout the "
        + "sentence?")
    // seed:004 L462 (OMI-CHE-2.1-08)
    Question("2.1.g", "Was the sentence plan reviewed on time?")
    // seed:004 L462 (OMI-CHE-2.1-09)
    Question("2.1.h", "Did work with the offender flow coherently from the reviewed plan?")
    // seed:004 L462 (OMI-CHE-2.1-10)
    Question(
      "2.1.i",
      "Did the reviewed plan contain objectives and milestones giving a clear direction to "
        + "supervision?")
    // seed:004 L463 (OMI-CHE-2.1-11)
    Question("2.1.j", "Did the review integrate other plans?")
    // seed:004 L464 (OMI-CHE-2.1-12)
    Question(
      "2.1.k",
      "In a licence case, was there sufficient joint work between prison-based staff and the "
        + "offender manager to prepare the offender for release?"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L468 (OMI-CHE-2.1-13)
    Question(
      "2.1.l",
      "In a case transferred in from another area, was the first appointment within five "
        + "working days?"
    )
    .relevant(when: .attribute("transferred", is: "yes"))
    // seed:004 L468 (OMI-CHE-2.1-14)
    Question(
      "2.1.m",
      "In a case transferred in from another area, were the RoH management plan and a home "
        + "visit completed within the required timescales?",
      themes: "RoH"
    )
    .relevant(when: .attribute("transferred", is: "yes"))
    // seed:004 L468 (OMI-CHE-2.1-15)
    Question(
      "2.1.n",
      "In a case transferred in from another area, was the case received with an up-to-date "
        + "OASys assessment?"
    )
    .relevant(when: .attribute("transferred", is: "yes"))
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.1.s", "Overall, was the work in delivering the sentence plan sufficient?",
      role: .summary)
  }

  /// 2.2 with the Cheshire body's findings (seed:004 L158-489).
  static let omi2006ProtectingThePublic = Criterion(
    OffenderManagementInspection.protectingThePublic
  ) {
    // seed:004 L480 (OMI-CHE-2.2-01)
    Question(
      "2.2.a",
      "Where RoH was reviewed, was there evidence of ongoing planning to protect the public?",
      themes: "RoH")
    // seed:004 L486 (OMI-CHE-2.2-04)
    Question(
      "2.2.b",
      "Was RoH reviewed 16 weeks after sentence or release and at 16-weekly intervals after "
        + "that?",
      themes: "RoH")
    // seed:004 L158 (OMI-CHE-2.2-11)
    Question(
      "2.2.c", "In a high or very high RoH case, were reviews carried out on time?",
      themes: "RoH"
    )
    .relevant(when: .attribute("roh", is: "high", "very high"))
    // seed:004 L486 (OMI-CHE-2.2-05)
    Question(
      "2.2.d",
      "Where there had been a significant change that might increase the RoH, was RoH "
        + "reviewed?",
      themes: "RoH")
    // seed:004 L487 (OMI-CHE-2.2-06)
    Question("2.2.e", "Were changes in RoH anticipated where feasible?", themes: "RoH")
    // seed:004 L487 (OMI-CHE-2.2-07)
    Question("2.2.f", "Were changes in RoH identified?", themes: "RoH")
    // seed:004 L487 (OMI-CHE-2.2-08)
    Question("2.2.g", "Were changes in RoH acted upon appropriately?", themes: "RoH")
    // seed:004 L481 (OMI-CHE-2.2-02)
    Question(
      "2.2.h",
      "Where a licence was recalled in relation to a RoH issue, was the recall appropriate "
        + "and properly carried out?",
      themes: "RoH"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L481 (OMI-CHE-2.2-03)
    Question(
      "2.2.i",
      "Where a licence was recalled, was the offender given a clear explanation for the "
        + "recall?"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L482
    Question(
      "2.2.j", "In a high or very high RoH case, were home visits carried out as required?",
      themes: "RoH"
    )
    .relevant(when: .attribute("roh", is: "high", "very high"))
    // seed:004 L489 (OMI-CHE-2.2-10)
    Question(
      "2.2.k",
      "Where there was a RoH to children requiring monitoring, was there an appropriate level "
        + "of home visits?",
      themes: "RoH"
    )
    .relevant(when: .attribute("child_concern", is: "yes"))
    // seed:004 L488 (OMI-CHE-2.2-09)
    Question("2.2.l", "In a MAPPA case, were MAPPA effective?", themes: "RoH")
      .relevant(when: .attribute("mappa", is: "yes"))
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.2.s",
      "Overall, was sufficient action taken to protect the public by minimising the RoH?",
      themes: "RoH", role: .summary)
  }

  /// 2.3 with the Cheshire body's findings (seed:004 L495-501).
  static let omi2006Victims = Criterion(
    OffenderManagementInspection.victims
  ) {
    // seed:004 L495 (OMI-CHE-2.3-01)
    Question(
      "2.3.a",
      "In a statutory victim contact case, was a written offer of face-to-face contact made "
        + "to the victim?",
      themes: "RoH"
    )
    .relevant(when: .attribute("victim_contact", is: "yes"))
    // seed:004 L495 (OMI-CHE-2.3-02)
    Question(
      "2.3.b",
      "In a statutory victim contact case, was the victim offered the opportunity to comment "
        + "on proposed release conditions?",
      themes: "RoH"
    )
    .relevant(
      when: .attribute("victim_contact", is: "yes")
        && .attribute("case_type", is: "licence"))
    // seed:004 L500 (OMI-CHE-2.3-03)
    Question(
      "2.3.c", "Where victim safety was an issue, was it given a high priority?",
      themes: "RoH")
    // seed:004 L501 (OMI-CHE-2.3-04)
    Question("2.3.d", "Where relevant, was victim awareness work undertaken with the offender?")
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.3.s", "Overall, was consistent attention given to issues concerning victims?",
      role: .summary)
  }

  /// 2.4 with the Cheshire body's findings (seed:004 L509-524).
  static let omi2006ContainmentAndCompliance = Criterion(
    OffenderManagementInspection.containmentAndCompliance
  ) {
    // seed:004 L509
    Question(
      "2.4.a",
      "Did the offender have a full and timely induction following sentence or release on "
        + "licence?")
    // seed:004 L510 (OMI-CHE-2.4-01)
    Question("2.4.b", "Did the frequency of appointments conform to the national standard?")
    // seed:004 L510 (OMI-CHE-2.4-02)
    Question(
      "2.4.c",
      "Was the frequency of appointments sufficient to facilitate the requirements of the "
        + "sentence?")
    // seed:004 L523 (OMI-CHE-2.4-17)
    Question(
      "2.4.d", "Was the frequency of appointments sufficient to meet the RoH considerations?",
      themes: "RoH")
    // seed:004 L511 (OMI-CHE-2.4-03)
    Question(
      "2.4.e",
      "In an unpaid work case, did the frequency of sessions conform to the national standard?"
    )
    .relevant(when: .attribute("unpaid_work", is: "yes"))
    // seed:004 L512 (OMI-CHE-2.4-05)
    Question(
      "2.4.f", "In an unpaid work case, was the placement positively matched to the offender?"
    )
    .relevant(when: .attribute("unpaid_work", is: "yes"))
    // seed:004 L512 (OMI-CHE-2.4-06)
    Question("2.4.g", "In an unpaid work case, was the placement suitably demanding?")
      .relevant(when: .attribute("unpaid_work", is: "yes"))
    // seed:004 L512 (OMI-CHE-2.4-07)
    Question(
      "2.4.h", "In an unpaid work case, did the placement provide a benefit to the community?"
    )
    .relevant(when: .attribute("unpaid_work", is: "yes"))
    // seed:004 L513 (OMI-CHE-2.4-08)
    Question(
      "2.4.i",
      "In a PPO case, were there enhanced levels of contact and a pattern of reporting "
        + "supportive of all elements of the sentence?"
    )
    .relevant(when: .attribute("ppo", is: "yes"))
    // seed:004 L517 (OMI-CHE-2.4-09)
    Question("2.4.j", "Was attendance across all interventions monitored?")
    // seed:004 L517 (OMI-CHE-2.4-10)
    Question("2.4.k", "Was action taken to support compliance?")
    // seed:004 L517 (OMI-CHE-2.4-11)
    Question(
      "2.4.l",
      "Were judgements about the acceptability of absences consistent and appropriate?")
    // seed:004 L524 (OMI-CHE-2.4-18)
    Question(
      "2.4.m", "Where required, was breach action instigated within the required timescales?")
    // seed:004 L522 (OMI-CHE-2.4-16)
    Question(
      "2.4.n",
      "In a licence case, was there sufficient contact with the prisoner before release to "
        + "promote effective offender management in the community?"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L518 (OMI-CHE-2.4-12)
    Question("2.4.o", "Was the case record well organised?")
    // seed:004 L518 (OMI-CHE-2.4-13)
    Question("2.4.p", "Did the case record contain clear race and ethnic monitoring data?")
    // seed:004 L518 (OMI-CHE-2.4-14)
    Question("2.4.q", "Was the case record completed in a timely manner?")
    // seed:004 L518 (OMI-CHE-2.4-15)
    Question("2.4.r", "Were contacts clearly recorded?")
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.4.s", "Overall, was the work to ensure containment and promote compliance sufficient?",
      role: .summary)
  }

  /// 2.5 with the Cheshire body's findings (seed:004 L538-550).
  static let omi2006ConstructiveInterventions = Criterion(
    OffenderManagementInspection.constructiveInterventions
  ) {
    // seed:004 L538 (OMI-CHE-2.5-01)
    Question(
      "2.5.a",
      "Did constructive interventions encourage the offender to accept responsibility for "
        + "their offending behaviour and its consequences?")
    // seed:004 L539 (OMI-CHE-2.5-03)
    Question(
      "2.5.b", "Where needed, was sufficient work directed at community reintegration issues?")
    // seed:004 L540 (OMI-CHE-2.5-04)
    Question(
      "2.5.c",
      "In a DRR case, did the offender manager prepare reports and attend review hearings as "
        + "required?"
    )
    .relevant(when: .attribute("drr", is: "yes"))
    // seed:004 L541 (OMI-CHE-2.5-05)
    Question(
      "2.5.d",
      "Where there was an accredited programme requirement, had the programme commenced as "
        + "set out in the sentence plan?"
    )
    .relevant(when: .attribute("accredited_programme", is: "yes"))
    // seed:004 L543 (OMI-CHE-2.5-06)
    Question(
      "2.5.e",
      "Where the programme had not commenced as planned, was there an acceptable explanation?"
    )
    .relevant(when: .answer("2.5.d", is: "no"))
    // seed:004 L549 (OMI-CHE-2.5-07)
    Question(
      "2.5.f",
      "Where a basic skills need was identified, was basic skills input made available?")
    // seed:004 L550 (OMI-CHE-2.5-08)
    Question(
      "2.5.g",
      "For an approved premises resident, did the interventions used in the premises feature "
        + "in the sentence plan?"
    )
    .relevant(when: .attribute("approved_premises", is: "yes"))
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.5.s", "Overall, were constructive interventions delivered sufficiently?",
      role: .summary)
  }

  /// 2.6 with the Cheshire body's findings (seed:004 L563-566).
  static let omi2006RestrictiveInterventions = Criterion(
    OffenderManagementInspection.restrictiveInterventions
  ) {
    // seed:004 L563 (OMI-CHE-2.6-01)
    Question("2.6.a", "Were restrictive interventions monitored fully?", themes: "RoH")
    // seed:004 L563 (OMI-CHE-2.6-02)
    Question("2.6.b", "Were all reasonable actions taken to minimise harm?", themes: "RoH")
    // seed:004 L564 (OMI-CHE-2.6-03)
    Question(
      "2.6.c",
      "For an approved premises resident requiring enhanced supervision, were the restrictive "
        + "interventions of the premises used effectively?",
      themes: "RoH"
    )
    .relevant(when: .attribute("approved_premises", is: "yes"))
    // seed:004 L565 (OMI-CHE-2.6-04)
    Question(
      "2.6.d",
      "In a licence case, were the licence conditions comprehensive, necessary and "
        + "proportionate to the RoH and likelihood of reoffending?",
      themes: "RoH"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L565 (OMI-CHE-2.6-05)
    Question(
      "2.6.e",
      "In a licence case, were the licence conditions proportionate to the protection of "
        + "victims?",
      themes: "RoH"
    )
    .relevant(when: .attribute("case_type", is: "licence"))
    // seed:004 L566 (OMI-CHE-2.6-06)
    Question(
      "2.6.f",
      "In a PPO licence case where offending was related to drugs, were appropriate "
        + "additional licence conditions set?"
    )
    .relevant(when: .attribute("ppo", is: "yes") && .attribute("case_type", is: "licence"))
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.6.s", "Overall, were restrictive interventions delivered sufficiently?",
      role: .summary)
  }

  /// 2.7 with the Cheshire body's findings (seed:004 L574-581).
  static let omi2006DiversityIssues = Criterion(
    OffenderManagementInspection.diversityIssues
  ) {
    // seed:004 L574 (OMI-CHE-2.7-01)
    Question("2.7.a", "Were the identified diverse needs of the offender properly addressed?")
    // seed:004 L574 (OMI-CHE-2.7-02)
    Question(
      "2.7.b", "For an approved premises resident, did the premises meet the resident's needs?"
    )
    .relevant(when: .attribute("approved_premises", is: "yes"))
    // seed:004 L575
    Question(
      "2.7.c",
      "Where a singleton placement in unpaid work or an accredited programme was made, was "
        + "attention paid to arrangements to support the offender's engagement?")
    // seed:004 L581 (OMI-CHE-2.7-06)
    Question(
      "2.7.d",
      "Where a singleton placement in a mixed setting was made, was the offender's informed "
        + "consent obtained?")
    // seed:004 L576 (OMI-CHE-2.7-03)
    Question(
      "2.7.e",
      "Was the offender clearly informed that discriminatory behaviour would not be tolerated?")
    // seed:004 L580 (OMI-CHE-2.7-04)
    Question(
      "2.7.f",
      "Where there were literacy or dyslexia issues, were the offender's needs met "
        + "satisfactorily?")
    // seed:004 L580 (OMI-CHE-2.7-05)
    Question(
      "2.7.g",
      "Where there were disability issues, were the offender's needs met satisfactorily?")
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "2.7.s", "Overall, was full and proper attention paid to diversity issues?",
      role: .summary)
  }

  /// 3.1 with the Cheshire body's findings (seed:004 L597-611).
  static let omi2006InitialOutcomes = Criterion(
    OffenderManagementInspection.initialOutcomes
  ) {
    // seed:004 L597 (OMI-CHE-3.1-01)
    Question(
      "3.1.a",
      "In a domestic abuse case, was there appropriate monitoring for and response to further "
        + "incidents?",
      themes: "RoH"
    )
    .relevant(when: .attribute("domestic_abuse", is: "yes"))
    // seed:004 L598 (OMI-CHE-3.1-02)
    Question("3.1.b", "Has the offender avoided reconviction since the start of the sentence?")
    // seed:004 L599 (OMI-CHE-3.1-04)
    Question("3.1.c", "Had the offender complied with the requirements of the sentence?")
    // seed:004 L600 (OMI-CHE-3.1-05)
    Question(
      "3.1.d",
      "Had the sentence brought some direct benefit to the community, such as unpaid work?")
    // seed:004 L607 (OMI-CHE-3.1-15)
    Question(
      "3.1.e",
      "Was there a demonstrable benefit to the community from the sentence, such as reduced "
        + "seriousness or frequency of offending or a reduced threat to victims?")
    // seed:004 L601 (OMI-CHE-3.1-06)
    Question("3.1.f", "Did the offender experience the punishment objective of the sentence?")
    // seed:004 L601 (OMI-CHE-3.1-07)
    Question("3.1.g", "In a tier 2, 3 or 4 case, did the offender receive sufficient help?")
      .relevant(when: .attribute("tier", is: "2", "3", "4"))
    // seed:004 L601 (OMI-CHE-3.1-08)
    Question(
      "3.1.h",
      "In a tier 4 case, was the offender sufficiently controlled during the sentence?",
      themes: "RoH"
    )
    .relevant(when: .attribute("tier", is: "4"))
    // seed:004 L601 (OMI-CHE-3.1-09)
    Question("3.1.i", "In a tier 3 or 4 case, was the change objective achieved?")
      .relevant(when: .attribute("tier", is: "3", "4"))
    // seed:004 L602 (OMI-CHE-3.1-10)
    Question(
      "3.1.j", "Were the resources allocated consistent with the offender's RoH?",
      themes: "RoH")
    // seed:004 L602 (OMI-CHE-3.1-11)
    Question(
      "3.1.k", "Were the resources allocated consistent with the likelihood of reoffending?")
    // seed:004 L602 (OMI-CHE-3.1-12)
    Question("3.1.l", "Were resources used efficiently in achieving planned outcomes?")
    // seed:004 L606 (OMI-CHE-3.1-14)
    Question(
      "3.1.m",
      "Was progress in the offender's thinking about the impact of their offending on victims "
        + "evidenced?")
    // seed:004 L608 (OMI-CHE-3.1-16)
    Question("3.1.n", "Where OASys had been rescored, had the score improved?")
    // seed:004 L608 (OMI-CHE-3.1-17)
    Question(
      "3.1.o",
      "Was there progress in the offending-related factor identified as the highest priority?")
    // seed:004 L609 (OMI-CHE-3.1-18)
    Question("3.1.p", "Had learning outcomes and skills been applied?")
    // seed:004 L611 (OMI-CHE-3.1-19)
    Question("3.1.q", "Had the offender's attitudes or behaviour improved?")
    // Summary question required by the 80/20 method; no printed finding.
    Question(
      "3.1.s", "Overall, had the planned objectives been efficiently achieved?",
      role: .summary)
  }

  /// 3.2 with the Cheshire body's findings (seed:004 L625-630).
  static let omi2006SustainabilityOfProgress = Criterion(
    OffenderManagementInspection.sustainabilityOfProgress
  ) {
    // seed:004 L625 (OMI-CHE-3.2-03)
    Question(
      "3.2.a",
      "Where the offender had a criminogenic need that a community-based organisation could "
        + "address, was the offender made aware of where to find assistance?")
    // seed:004 L625 (OMI-CHE-3.2-04)
    Question("3.2.b", "Was full attention given to long-term community reintegration issues?")
    // seed:004 L629 (OMI-CHE-3.2-05)
    Question(
      "3.2.c",
      "Was structured sentence planning given a high priority throughout the sentence?")
    // seed:004 L630 (OMI-CHE-3.2-06)
    Question(
      "3.2.d", "Was sufficient action taken to consolidate learning and reinforce new skills?")
    // Summary question required by the 80/20 method; no printed finding.
    Question("3.2.s", "Overall, were the results capable of being sustained?", role: .summary)
  }
}
