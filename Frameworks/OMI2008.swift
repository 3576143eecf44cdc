import InspectionDSL

extension FrameworkCatalog {
  /// Offender Management Inspection (OMI), as the 2008 West Mercia report applied it.
  ///
  /// Period: the OMI programme ran from May 2006 to 2009 (seed:000 L831). Version `2008` is the
  /// tool of the later programme years: samples of 110-120 cases that include custody cases (L838),
  /// here 40 licence, 60 community order and 10 custody cases (L799).
  ///
  /// Source: `seeds/000_8ae7d436de231aff.txt`: the report body (contents L60-83, criteria
  /// L293-781), Appendix 2 (sample, L783-823), Appendix 3 (model, L825-850) and Appendix 4 (scoring
  /// approach, L852-902).
  ///
  /// Faithful: criterion ids, titles and one-line standards as printed in the body, which matches
  /// Appendix 4's list (L862-900). The structure is the same as the body of the 2006 report
  /// (``omi2006``). Each criterion weights its individual and summary questions 80/20 (L885). Each
  /// section is the mean of its criteria (L887). The RoH thread averages the RoH questions of
  /// sections 1 and 2 (L889). Section 4 is graded well met / satisfactorily met / partly met / not
  /// met (L902). Conclusions are a grade scale on the displayed whole-number score: >= 70 good,
  /// 60-69 priority for improvement, < 60 urgent priority. This reproduces all 27 printed OMI
  /// conclusions; the tight cases are 69 priority (1.4), 60 priority (3.2) and 59 urgent (2.1,
  /// 3.1). Questions are the case-level findings of the body, including those for custody cases;
  /// each cites its seed line.
  ///
  /// Assumptions (each also an `Assumption` below): question texts restate the printed findings.
  /// The 80/20 rule applies per criterion. We word the summary questions. The conclusion bands are
  /// inferred and band the displayed score. RoH tags follow each question's subject. The case
  /// attributes are ours. Findings printed only as words ("almost all", "variable") become
  /// questions without a figure. Section 4 judgements carry no points.
  ///
  /// Not recovered: the Offender Management Tool's question list, wording and RoH tags; the "fuller
  /// description on the website" of the 80/20 calculation; Chart 1, an image holding the section
  /// scores; Appendix 1 (IPPF detail), listed but absent; the RoH score that triggers a further
  /// focused inspection.
  public static let omi2008 = Framework(
    "OMI", version: "2008", title: "Offender Management Inspection"
  ) {
    OffenderManagementInspection.programme
    Source(
      "A report on Offender Management in West Mercia (HMI Probation, November 2008)",
      reference: "seeds/000_8ae7d436de231aff.txt",
      note: "Report body: structure, standards, scores. Appendix 4: scoring approach.")
    OffenderManagementInspection.assumptions
    Assumption(
      "Findings the report gives only in words ('almost all', 'variable', "
        + "'insufficient') are declared as questions with no published figure.")
    Presentation(displayDecimals: 0)

    Attribute("case_type", "Case type", values: "community", "licence", "custody")
    OffenderManagementInspection.caseAttributes()
    Attribute("electronic_monitoring", "Electronic monitoring", values: "yes", "no")

    OffenderManagementInspection.themeAndScales

    Section("1", "Assessment and sentence planning") {
      Criterion(OffenderManagementInspection.preparingForSentence) {
        // seed:000 L303 (OMI-WME-1.1-01)
        Question("1.1.a", "Was the PSR responsive to the seriousness level indicated by the court?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L303 (OMI-WME-1.1-02)
        Question("1.1.b", "Did the PSR contain a clear proposal for a community sentence?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L303 (OMI-WME-1.1-03)
        Question("1.1.c", "Was the proposal for a community sentence taken up by the court?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L304 (OMI-WME-1.1-04)
        Question("1.1.d", "Was the report of the appropriate type?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L304 (OMI-WME-1.1-05)
        Question(
          "1.1.e",
          "Was the report objective, impartial and free from discriminatory language or "
            + "stereotype?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L305 (OMI-WME-1.1-06)
        Question(
          "1.1.f", "In a PPO case, did the report clearly outline the seriousness of the offence?"
        )
        .relevant(when: .attribute("psr", is: "yes") && .attribute("ppo", is: "yes"))
        // seed:000 L305 (OMI-WME-1.1-07)
        Question(
          "1.1.g",
          "In a PPO case, did the report outline the likelihood of reoffending and avoid "
            + "labelling the offender as a PPO?"
        )
        .relevant(when: .attribute("psr", is: "yes") && .attribute("ppo", is: "yes"))
        // seed:000 L306 (OMI-WME-1.1-08)
        Question(
          "1.1.h", "Where there was a risk of self-harm, was it clearly recorded in the report?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L311 (OMI-WME-1.1-10)
        Question("1.1.i", "Was the report concise?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L312 (OMI-WME-1.1-11)
        Question(
          "1.1.j", "Was the report based on an appropriate risk and need assessment?",
          themes: "RoH"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L312 (OMI-WME-1.1-12)
        Question("1.1.k", "Was the report balanced, verified and factually accurate?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L312 (OMI-WME-1.1-13)
        Question(
          "1.1.l", "Did the report include appropriate information about the victim?",
          themes: "RoH"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:000 L312 (OMI-WME-1.1-14)
        Question("1.1.m", "Did the report contain an appropriate outline plan?")
          .relevant(when: .attribute("psr", is: "yes"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "1.1.s", "Overall, was the work in preparing for sentence sufficient?",
          role: .summary
        )
        .relevant(when: .attribute("psr", is: "yes"))
      }
      Criterion(OffenderManagementInspection.riskOfHarmAssessment) {
        // seed:000 L326 (OMI-WME-1.2-02)
        Question("1.2.a", "Was a RoH screening completed?", themes: "RoH")
        // seed:000 L326 (OMI-WME-1.2-03)
        Question(
          "1.2.b", "At the start of a community order, was the RoH screening done on time?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:000 L326 (OMI-WME-1.2-04)
        Question(
          "1.2.c", "At the start of a licence, was the RoH screening done on time?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L326 (OMI-WME-1.2-05)
        Question("1.2.d", "Was the content of the RoH screening accurate?", themes: "RoH")
        // seed:000 L325 (OMI-WME-1.2-01)
        Question("1.2.e", "Was the RoH classification correct?", themes: "RoH")
        // seed:000 L327 (OMI-WME-1.2-06)
        Question(
          "1.2.f",
          "Did the RoH analysis accurately reflect the risk to children, the public, known "
            + "adults, staff and prisoners?",
          themes: "RoH")
        // seed:000 L333 (OMI-WME-1.2-10)
        Question("1.2.g", "Where required, was a full RoH analysis completed?", themes: "RoH")
        // seed:000 L333 (OMI-WME-1.2-11)
        Question(
          "1.2.h",
          "Where a full RoH analysis was not completed, was an acceptable explanation recorded?",
          themes: "RoH"
        )
        .relevant(when: .answer("1.2.g", is: "no"))
        // seed:000 L334 (OMI-WME-1.2-12)
        Question(
          "1.2.i", "Was the full RoH analysis completed to a sufficient standard?",
          themes: "RoH")
        // seed:000 L334 (OMI-WME-1.2-13)
        Question("1.2.j", "Did the assessment cover victim issues thoroughly?", themes: "RoH")
        // seed:000 L335 (OMI-WME-1.2-14)
        Question(
          "1.2.k",
          "Were assessments made by other agencies integrated into OASys or other specialist "
            + "assessments?",
          themes: "RoH")
        // seed:000 L328 (OMI-WME-1.2-07)
        Question(
          "1.2.l", "In a MAPPA case, was the level of management made clear to all staff involved?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:000 L329 (OMI-WME-1.2-08)
        Question(
          "1.2.m", "Where a referral to approved premises was made, was it appropriate?",
          themes: "RoH")
        // seed:000 L336 (OMI-WME-1.2-17)
        Question(
          "1.2.n", "At the start of a community order, was a risk management plan completed?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:000 L336 (OMI-WME-1.2-15)
        Question(
          "1.2.o", "At the start of a community order, was the risk management plan comprehensive?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:000 L336 (OMI-WME-1.2-16)
        Question(
          "1.2.p",
          "In a high or very high RoH community order, was the risk management plan completed "
            + "within five working days?",
          themes: "RoH"
        )
        .relevant(
          when: .attribute("roh", is: "high", "very high")
            && .attribute("case_type", is: "community"))
        // seed:000 L336 (OMI-WME-1.2-18)
        Question(
          "1.2.q", "On release from custody, was a risk management plan completed?",
          themes: "RoH"
        )
        .relevant(
          when: .attribute("case_type", is: "licence")
            || .attribute("case_type", is: "custody"))
        // seed:000 L337
        Question(
          "1.2.r", "In a high or very high RoH case, was there effective management oversight?",
          themes: "RoH"
        )
        .relevant(when: .attribute("roh", is: "high", "very high"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "1.2.s", "Overall, was the RoH assessment sufficient?",
          themes: "RoH", role: .summary)
      }
      Criterion(OffenderManagementInspection.likelihoodOfReoffendingAssessment) {
        // seed:000 L350 (OMI-WME-1.3-01)
        Question(
          "1.3.a",
          "Was an OASys or OGRS2 score calculated at the start of the community sentence or "
            + "release from custody?")
        // seed:000 L351
        Question(
          "1.3.b",
          "Were positive influences on the offender, such as supportive and pro-social factors, "
            + "identified?")
        // seed:000 L352 (OMI-WME-1.3-02)
        Question("1.3.c", "In a PPO case, was the assessment comprehensive?")
          .relevant(when: .attribute("ppo", is: "yes"))
        // seed:000 L352 (OMI-WME-1.3-03)
        Question("1.3.d", "In a PPO case, did the assessment meet the required timescale?")
          .relevant(when: .attribute("ppo", is: "yes"))
        // seed:000 L356 (OMI-WME-1.3-04)
        Question(
          "1.3.e",
          "Were criminogenic factors accurately and comprehensively assessed at the start of "
            + "sentence or release on licence?")
        // seed:000 L356 (OMI-WME-1.3-05)
        Question("1.3.f", "Was the assessment completed on time?")
        // seed:000 L357
        Question("1.3.g", "Did the offender manager make full use of other assessments available?")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "1.3.s", "Overall, was the assessment of likelihood of reoffending sufficient?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.offenderEngagementAssessment) {
        // seed:000 L368
        Question("1.4.a", "Was the race and ethnic monitoring classification recorded?")
        // seed:000 L369 (OMI-WME-1.4-01)
        Question(
          "1.4.b",
          "Were individual needs and diversity issues actively assessed at the start of contact?")
        // seed:000 L370
        Question(
          "1.4.c",
          "Were plans put in place to minimise discriminatory or disadvantaging factors that "
            + "prevented access to services?")
        // seed:000 L375 (OMI-WME-1.4-02)
        Question(
          "1.4.d",
          "Was an initial screening carried out to identify levels of literacy and numeracy?")
        // seed:000 L376 (OMI-WME-1.4-03)
        Question(
          "1.4.e",
          "Was the offender referred to the STEPS (employment, training and education) team?")
        // seed:000 L377 (OMI-WME-1.4-04)
        Question(
          "1.4.f",
          "Was full attention paid to the methods most likely to be effective with the offender?")
        // seed:000 L377 (OMI-WME-1.4-05)
        Question(
          "1.4.g",
          "Were the offender's intellectual ability, learning style and motivation to change "
            + "taken into account at the earliest opportunity?")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "1.4.s", "Overall, was the assessment of offender engagement sufficient?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.sentencePlanning) {
        // seed:000 L391 (OMI-WME-1.5-02)
        Question(
          "1.5.a",
          "Was the offender allocated to an offender manager within the required time limits?")
        // seed:000 L391 (OMI-WME-1.5-01)
        Question("1.5.b", "Did the planning reflect the stated tier?")
        // seed:000 L392 (OMI-WME-1.5-03)
        Question(
          "1.5.c", "Did the plan include planned contact levels for the sentence requirements?")
        // seed:000 L392 (OMI-WME-1.5-04)
        Question("1.5.d", "Were the planned appointments enforceable?")
        // seed:000 L393 (OMI-WME-1.5-05)
        Question(
          "1.5.e",
          "In a tier 3 or 4 case, were the identified interventions aimed at addressing offending "
            + "behaviour?"
        )
        .relevant(when: .attribute("tier", is: "3", "4"))
        // seed:000 L394 (OMI-WME-1.5-06)
        Question(
          "1.5.f",
          "Was there evidence that the offender understood the requirements of the sentence and "
            + "breach proceedings?")
        // seed:000 L398 (OMI-WME-1.5-07)
        Question("1.5.g", "Did the sentence plan reflect the purpose of sentencing?")
        // seed:000 L398 (OMI-WME-1.5-08)
        Question("1.5.h", "Did the sentence plan give a clear shape to supervision?")
        // seed:000 L398 (OMI-WME-1.5-09)
        Question("1.5.i", "Did the sentence plan focus on achievable change?")
        // seed:000 L398 (OMI-WME-1.5-10)
        Question("1.5.j", "Did the sentence plan set relevant goals for the offender?")
        // seed:000 L399 (OMI-WME-1.5-12)
        Question("1.5.k", "Were the roles and responsibilities of all workers clearly defined?")
        // seed:000 L400 (OMI-WME-1.5-13)
        Question(
          "1.5.l",
          "Where relevant, were restrictive conditions or requirements aimed at minimising RoH "
            + "considered?",
          themes: "RoH")
        // seed:000 L401 (OMI-WME-1.5-14)
        Question(
          "1.5.m", "Did the initial plan cover the basic requirements of the national standard?")
        // seed:000 L401 (OMI-WME-1.5-15)
        Question("1.5.n", "Was the initial plan completed on time?")
        // seed:000 L401 (OMI-WME-1.5-16)
        Question(
          "1.5.o",
          "Where relevant, was the initial sentence plan cross-referenced to the risk management "
            + "plan?",
          themes: "RoH")
        // seed:000 L403 (OMI-WME-1.5-17)
        Question(
          "1.5.p",
          "In a custody case, was it clear which elements of the plan were to be delivered in "
            + "custody and which in the community?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L405 (OMI-WME-1.5-18)
        Question(
          "1.5.q",
          "Were relevant interventions identified for promoting community reintegration and for "
            + "reducing or containing the RoH?",
          themes: "RoH")
        // seed:000 L406 (OMI-WME-1.5-19)
        Question(
          "1.5.r", "Had the offender had the opportunity to participate in the planning process?")
        // seed:000 L406
        Question("1.5.t", "Was the sentence plan sensitive to diversity issues?")
        // Summary question required by the 80/20 method; no printed finding.
        Question("1.5.s", "Overall, was the sentence planning sufficient?", role: .summary)
      }
    }

    Section("2", "Implementation of interventions") {
      Criterion(OffenderManagementInspection.deliveringTheSentencePlan) {
        // seed:000 L423 (OMI-WME-2.1-01)
        Question(
          "2.1.a",
          "Were arrangements in place to prepare the offender thoroughly for interventions?")
        // seed:000 L424
        Question(
          "2.1.b",
          "Did the offender manager work positively to raise the offender's motivation and offer "
            + "support?")
        // seed:000 L425 (OMI-WME-2.1-02)
        Question(
          "2.1.c",
          "Where a custody report was prepared, was it clear, thorough and completed within the "
            + "required timescale?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L426 (OMI-WME-2.1-03)
        Question("2.1.d", "Had the requirements of the sentence been fully implemented?")
        // seed:000 L427 (OMI-WME-2.1-04)
        Question(
          "2.1.e",
          "In a case transferred between areas, were appointments offered in a timely way?"
        )
        .relevant(when: .attribute("transferred", is: "yes"))
        // seed:000 L427 (OMI-WME-2.1-05)
        Question(
          "2.1.f",
          "In a case transferred between areas, was all the relevant documentation provided?"
        )
        .relevant(when: .attribute("transferred", is: "yes"))
        // seed:000 L428 (OMI-WME-2.1-06)
        Question(
          "2.1.g",
          "In a custody case, did prison staff inform the offender manager when the prisoner "
            + "moved to another establishment?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L432 (OMI-WME-2.1-07)
        Question(
          "2.1.h",
          "After release, did work in the community build on activity during the custodial period "
            + "(for example on substance misuse)?"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L433
        Question(
          "2.1.i",
          "Did the offender manager oversee and coordinate the input of all workers involved in "
            + "the case?")
        // seed:000 L437 (OMI-WME-2.1-08)
        Question("2.1.j", "Was the sentence plan reviewed?")
        // seed:000 L437 (OMI-WME-2.1-09)
        Question("2.1.k", "Was the sentence plan reviewed on time?")
        // seed:000 L437 (OMI-WME-2.1-10)
        Question(
          "2.1.l",
          "Did the plan give a clear direction to the sentence, with interventions flowing from "
            + "it?")
        // seed:000 L438
        Question(
          "2.1.m",
          "At review, was the plan integrated with other ongoing plans (MAPPA, risk management, "
            + "child protection or learning plans)?")
        // seed:000 L439
        Question(
          "2.1.n",
          "During the custodial phase, was there proactive, timely and positive work between "
            + "prison staff and the offender manager?"
        )
        .relevant(
          when: .attribute("case_type", is: "licence")
            || .attribute("case_type", is: "custody"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.1.s", "Overall, was the work in delivering the sentence plan sufficient?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.protectingThePublic) {
        // seed:000 L452 (OMI-WME-2.2-01)
        Question(
          "2.2.a", "Was RoH reviewed within 16 weeks of the start of the sentence?",
          themes: "RoH")
        // seed:000 L452 (OMI-WME-2.2-02)
        Question("2.2.b", "Were subsequent RoH reviews done on time?", themes: "RoH")
        // seed:000 L453 (OMI-WME-2.2-04)
        Question(
          "2.2.c",
          "In a community case with a significant change, was RoH reviewed following the change?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:000 L462 (OMI-WME-2.2-12)
        Question(
          "2.2.d",
          "Was there ongoing planning to address the RoH to children, the public, staff and known "
            + "adults?",
          themes: "RoH")
        // seed:000 L464 (OMI-WME-2.2-19)
        Question(
          "2.2.e", "Was the right action taken in relation to specific changes in risk factors?",
          themes: "RoH")
        // seed:000 L454 (OMI-WME-2.2-05)
        Question(
          "2.2.f", "In a custody case, were RoH reviews done within the required timescales?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L454 (OMI-WME-2.2-07)
        Question(
          "2.2.g",
          "In a custody case, did the offender manager and offender supervisor engage in the "
            + "prison's internal risk processes?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L461 (OMI-WME-2.2-11)
        Question(
          "2.2.h", "In a custody case, was RoH reviewed in preparation for release?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L452 (OMI-WME-2.2-03)
        Question(
          "2.2.i", "In a custody case, was RoH reviewed within 16 weeks of release?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L455 (OMI-WME-2.2-08)
        Question(
          "2.2.j", "In a licence case, was recall used where needed to manage RoH?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L455 (OMI-WME-2.2-09)
        Question("2.2.k", "Was the recall properly conducted?", themes: "RoH")
          .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L455 (OMI-WME-2.2-10)
        Question(
          "2.2.l", "Was the recalled prisoner given a clear explanation of the reasons for recall?"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L463 (OMI-WME-2.2-17)
        Question("2.2.m", "In a MAPPA case, was MAPPA used effectively?", themes: "RoH")
          .relevant(when: .attribute("mappa", is: "yes"))
        // seed:000 L463 (OMI-WME-2.2-18)
        Question(
          "2.2.n", "In a MAPPA case, did the offender manager contribute effectively to MAPPA?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:000 L457
        Question(
          "2.2.o", "Were purposeful home visits used in a timely way to manage the RoH to others?",
          themes: "RoH")
        // seed:000 L465 (OMI-WME-2.2-20)
        Question(
          "2.2.p",
          "Where there were children's safeguarding concerns, were home visits used effectively "
            + "to monitor them?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.2.s",
          "Overall, was sufficient action taken to protect the public by minimising the RoH?",
          themes: "RoH", role: .summary)
      }
      Criterion(OffenderManagementInspection.victims) {
        // seed:000 L478 (OMI-WME-2.3-01)
        Question("2.3.a", "Were victim safety issues properly addressed?", themes: "RoH")
        // seed:000 L480 (OMI-WME-2.3-02)
        Question(
          "2.3.b",
          "In a custody case, did the offender supervisor promote victim safety from the prison "
            + "setting?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L481 (OMI-WME-2.3-03)
        Question(
          "2.3.c",
          "In a statutory victim contact case, was contact offered or made within 40 days?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:000 L482 (OMI-WME-2.3-04)
        Question(
          "2.3.d",
          "In a statutory victim contact case, was the victim given the opportunity to express a "
            + "view about conditions of release?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:000 L482 (OMI-WME-2.3-05)
        Question(
          "2.3.e",
          "In a statutory victim contact case, did the victim have the chance to see the relevant "
            + "section of the parole report?"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:000 L482 (OMI-WME-2.3-06)
        Question(
          "2.3.f",
          "In a statutory victim contact case, was information about release conditions given to "
            + "the victim in a timely manner?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:000 L486 (OMI-WME-2.3-07)
        Question("2.3.g", "Where applicable, was victim awareness work done with the offender?")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.3.s", "Overall, was consistent attention given to issues concerning victims?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.containmentAndCompliance) {
        // seed:000 L499
        Question(
          "2.4.a",
          "In a custody case, were satisfactory arrangements in place to restrict the offender's "
            + "liberty during the custodial period?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:000 L500
        Question("2.4.b", "Did a full and timely induction into the sentence take place?")
        // seed:000 L501
        Question("2.4.c", "Did the frequency of appointments conform to national standards?")
        // seed:000 L503 (OMI-WME-2.4-01)
        Question("2.4.d", "In an unpaid work case, was the work of benefit to the community?")
          .relevant(when: .attribute("unpaid_work", is: "yes"))
        // seed:000 L504 (OMI-WME-2.4-02)
        Question(
          "2.4.e",
          "In a PPO case, were there enhanced levels of contact and a pattern of reporting "
            + "supporting all elements of the sentence?"
        )
        .relevant(when: .attribute("ppo", is: "yes"))
        // seed:000 L505 (OMI-WME-2.4-03)
        Question("2.4.f", "Where required, was breach action taken within the required timescales?")
        // seed:000 L505 (OMI-WME-2.4-04)
        Question("2.4.g", "Were breach proceedings resolved in a timely way?")
        // seed:000 L510 (OMI-WME-2.4-05)
        Question(
          "2.4.h",
          "In a case released from prison, was there sufficient contact and liaison with the "
            + "offender before release?"
        )
        .relevant(
          when: .attribute("case_type", is: "licence")
            || .attribute("case_type", is: "custody"))
        // seed:000 L512 (OMI-WME-2.4-06)
        Question(
          "2.4.i",
          "Where electronic monitoring was used, was there effective liaison with the monitoring "
            + "provider?"
        )
        .relevant(when: .attribute("electronic_monitoring", is: "yes"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.4.s", "Overall, was the work to ensure containment and promote compliance sufficient?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.constructiveInterventions) {
        // seed:000 L527 (OMI-WME-2.5-01)
        Question(
          "2.5.a",
          "Did constructive interventions challenge the offender to accept responsibility for "
            + "their behaviour and its consequences?")
        // seed:000 L528 (OMI-WME-2.5-02)
        Question(
          "2.5.b",
          "Where needed, was sufficient work and resource directed at community reintegration "
            + "issues?")
        // seed:000 L529 (OMI-WME-2.5-03)
        Question(
          "2.5.c",
          "In a DRR case, did the offender manager prepare reports and attend DRR hearings in "
            + "accordance with national standards and court requirements?"
        )
        .relevant(when: .attribute("drr", is: "yes"))
        // seed:000 L530 (OMI-WME-2.5-04)
        Question(
          "2.5.d",
          "Where there was an accredited programme, were its provision and timing consistent with "
            + "the sentence plan?"
        )
        .relevant(when: .attribute("accredited_programme", is: "yes"))
        // seed:000 L530 (OMI-WME-2.5-05)
        Question(
          "2.5.e",
          "Where the programme was not consistent with the plan, were the reasons recorded?"
        )
        .relevant(when: .answer("2.5.d", is: "no"))
        // seed:000 L531 (OMI-WME-2.5-06)
        Question(
          "2.5.f",
          "For an approved premises resident, did the resident receive constructive interventions?"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:000 L535 (OMI-WME-2.5-07)
        Question(
          "2.5.g",
          "Where skills for life needs were identified, were arrangements in place to deliver an "
            + "appropriate intervention?")
        // seed:000 L540 (OMI-WME-2.5-08)
        Question(
          "2.5.h",
          "Following reception into custody, was immediate action taken to preserve employment, "
            + "accommodation and family ties?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.5.s", "Overall, were constructive interventions delivered sufficiently?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.restrictiveInterventions) {
        // seed:000 L551 (OMI-WME-2.6-01)
        Question(
          "2.6.a", "Did the offender manager monitor restrictive interventions fully?",
          themes: "RoH")
        // seed:000 L552 (OMI-WME-2.6-02)
        Question("2.6.b", "Were all reasonable actions taken to minimise the RoH?", themes: "RoH")
        // seed:000 L553 (OMI-WME-2.6-03)
        Question(
          "2.6.c",
          "For an approved premises resident, were the approved premises used effectively?",
          themes: "RoH"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:000 L554 (OMI-WME-2.6-04)
        Question(
          "2.6.d", "In a licence case, were the licence requirements comprehensive?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L554 (OMI-WME-2.6-05)
        Question(
          "2.6.e", "In a licence case, were the licence requirements necessary?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L554 (OMI-WME-2.6-06)
        Question(
          "2.6.f",
          "In a licence case, were the licence requirements proportionate to the RoH and "
            + "likelihood of reoffending?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L554 (OMI-WME-2.6-07)
        Question(
          "2.6.g",
          "In a licence case, were the licence requirements proportionate to the protection of "
            + "victims?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:000 L555 (OMI-WME-2.6-08)
        Question(
          "2.6.h",
          "In a PPO licence case with drug misuse issues, were licence conditions in respect of "
            + "drug misuse made?"
        )
        .relevant(when: .attribute("ppo", is: "yes") && .attribute("case_type", is: "licence"))
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.6.s", "Overall, were restrictive interventions delivered sufficiently?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.diversityIssues) {
        // seed:000 L566 (OMI-WME-2.7-01)
        Question(
          "2.7.a",
          "Did the arrangements for interventions take account of the offender's diversity needs?")
        // seed:000 L570 (OMI-WME-2.7-03)
        Question(
          "2.7.b", "For an approved premises resident, were the resident's diversity needs met?"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:000 L571 (OMI-WME-2.7-04)
        Question(
          "2.7.c",
          "Was there evidence that the offender had been informed that discriminatory behaviour "
            + "would not be tolerated?")
        // seed:000 L575 (OMI-WME-2.7-05)
        Question("2.7.d", "Where there were literacy or dyslexia issues, were they addressed?")
        // seed:000 L576 (OMI-WME-2.7-06)
        Question("2.7.e", "Where disability issues were recorded, were the offender's needs met?")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "2.7.s", "Overall, was full and proper attention paid to diversity issues?",
          role: .summary)
      }
    }

    Section("3", "Achievement and monitoring of outcomes") {
      Criterion(OffenderManagementInspection.initialOutcomes) {
        // seed:000 L591 (OMI-WME-3.1-05)
        Question(
          "3.1.a",
          "Has the offender avoided caution or conviction for an offence during the order?")
        // seed:000 L592 (OMI-WME-3.1-06)
        Question("3.1.b", "Had the offender complied with the requirements of the sentence?")
        // seed:000 L593 (OMI-WME-3.1-07)
        Question("3.1.c", "Had OASys been re-scored?")
        // seed:000 L593 (OMI-WME-3.1-08)
        Question(
          "3.1.d",
          "Where OASys had been re-scored, did the score show an improvement over the original "
            + "score?"
        )
        .relevant(when: .answer("3.1.c", is: "yes"))
        // seed:000 L593 (OMI-WME-3.1-09)
        Question(
          "3.1.e",
          "Was there progress in relation to the most important factor linked to offending?")
        // seed:000 L593 (OMI-WME-3.1-10)
        Question("3.1.f", "Was there progress in relation to the second priority factor?")
        // seed:000 L593 (OMI-WME-3.1-11)
        Question("3.1.g", "Was there progress in relation to the third priority factor?")
        // seed:000 L594 (OMI-WME-3.1-12)
        Question("3.1.h", "Was the punish objective of the sentence achieved?")
        // seed:000 L605 (OMI-WME-3.1-28)
        Question("3.1.i", "Was the help objective of the sentence achieved?")
        // seed:000 L605 (OMI-WME-3.1-29)
        Question("3.1.j", "In a tier 3 or 4 case, was the change objective achieved?")
          .relevant(when: .attribute("tier", is: "3", "4"))
        // seed:000 L594 (OMI-WME-3.1-13)
        Question("3.1.k", "Was the control objective of the sentence achieved?", themes: "RoH")
        // seed:000 L595 (OMI-WME-3.1-14)
        Question(
          "3.1.l", "Were the resources allocated consistent with the offender's RoH to others?",
          themes: "RoH")
        // seed:000 L595 (OMI-WME-3.1-15)
        Question(
          "3.1.m", "Were the resources allocated consistent with the likelihood of reoffending?")
        // seed:000 L595 (OMI-WME-3.1-16)
        Question("3.1.n", "In a PPO case, were the resources allocated consistent with the case?")
          .relevant(when: .attribute("ppo", is: "yes"))
        // seed:000 L595 (OMI-WME-3.1-18)
        Question("3.1.o", "Were resources used efficiently in achieving planned objectives?")
        // seed:000 L599 (OMI-WME-3.1-19)
        Question(
          "3.1.p",
          "In a case with a history or current offending of domestic violence, was the offender "
            + "manager aware of information held by the police?",
          themes: "RoH"
        )
        .relevant(when: .attribute("domestic_abuse", is: "yes"))
        // seed:000 L601 (OMI-WME-3.1-20)
        Question(
          "3.1.q", "Where relevant, had the offender demonstrated improved victim awareness?")
        // seed:000 L602 (OMI-WME-3.1-21)
        Question("3.1.r", "Had the seriousness of offending reduced?")
        // seed:000 L602 (OMI-WME-3.1-22)
        Question("3.1.t", "Had the frequency of offending reduced?")
        // seed:000 L602 (OMI-WME-3.1-23)
        Question(
          "3.1.u", "Was there a reduced threat to victims or potential victims?",
          themes: "RoH")
        // seed:000 L603 (OMI-WME-3.1-24)
        Question("3.1.v", "Had learning outcomes or skills been applied?")
        // seed:000 L604 (OMI-WME-3.1-25)
        Question("3.1.w", "Had the offender's offending-related attitude changed?")
        // seed:000 L604 (OMI-WME-3.1-26)
        Question("3.1.x", "Had the offender's offending-related behaviour changed?")
        // Summary question required by the 80/20 method; no printed finding.
        Question(
          "3.1.s", "Overall, had the planned objectives been efficiently achieved?",
          role: .summary)
      }
      Criterion(OffenderManagementInspection.sustainabilityOfProgress) {
        // seed:000 L619 (OMI-WME-3.2-01)
        Question(
          "3.2.a",
          "Where there had been three or more offender managers, had the changes not adversely "
            + "affected sustaining progress?")
        // seed:000 L623 (OMI-WME-3.2-02)
        Question(
          "3.2.b",
          "Was structured sentence planning given sufficient priority throughout the sentence?")
        // seed:000 L626 (OMI-WME-3.2-03)
        Question(
          "3.2.c",
          "Did the offender manager do enough to consolidate learning and reinforce new skills?")
        // seed:000 L628 (OMI-WME-3.2-04)
        Question("3.2.d", "Were long-term community reintegration issues sufficiently considered?")
        // Summary question required by the 80/20 method; no printed finding.
        Question("3.2.s", "Overall, were the results capable of being sustained?", role: .summary)
      }
    }

    OffenderManagementInspection.leadershipSection

    Headline("RoH", "Risk of Harm thread", theme: "RoH", sections: "1", "2")
  }
}
