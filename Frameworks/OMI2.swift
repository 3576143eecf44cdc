import InspectionDSL

extension FrameworkCatalog {
  /// Offender Management Inspection 2 (OMI2), as the 2010 Hertfordshire report applied it.
  ///
  /// Period: the OMI2 programme visited every probation area and trust over three years from
  /// September 2009 (seed:001 L790), to 2012.
  ///
  /// Source: `seeds/001_211bb20e52c40364.txt`: the scoring and summary table (L94-114), the report
  /// body (criteria L234-673), Appendix 5 (model and sample, L786-805) and Appendix 6 (scoring
  /// approach, L807-858).
  ///
  /// Faithful: criterion ids, titles and one-line standards as printed in the body and Appendix 6:
  /// 1.1-1.4, 2.1-2.4, 3.1-3.3 and 4.1-4.5. The contents page words some titles differently
  /// ("Preparing for sentencing", "purpose" for "element"; seed-facts-notes.md, inconsistency 14).
  /// Each criterion is the mean of its questions (L835). Each section is the mean of its criteria
  /// (L837). There are three headlines: RoH over the RoH questions of sections 1 and 2 (L839),
  /// Likelihood of Reoffending over the LoR questions of sections 1-3 (L841), and Compliance and
  /// Enforcement over the C&E questions of sections 1-3 (L843). Criteria and headlines carry a
  /// comment, MINIMUM / MODERATE / SUBSTANTIAL / DRASTIC improvement required (L100). The comment
  /// is a judgement scale, not a grade scale: no fixed thresholds fit Hertfordshire's comments (74
  /// MINIMUM but 75 MODERATE; 71 MODERATE and 71 SUBSTANTIAL; C&E 72 SUBSTANTIAL; domain.md section
  /// 8.1). Section 4 is judged very / sufficiently / not sufficiently / not effective (L858).
  ///
  /// The 80/20 rule: OMI's appendix sentence on weighting individual and summary questions 80/20
  /// (seed:004 L864, seed:000 L885) is absent from OMI2's Appendix 6, which otherwise repeats it
  /// word for word (L835). domain.md (section 3) and indicators.md (section 2.3) record that
  /// whether OMI2 kept the rule is unverified. This declaration follows the text as published: each
  /// criterion is the plain mean of its questions, with no summary questions.
  ///
  /// Section scores: Appendix 6 says a section is the mean of its criteria, and that rule is kept.
  /// Hertfordshire's sections 1 (73; mean 73.25) and 3 (50; mean 50.0) agree with it. Section 2
  /// does not: it is published as 69 against a mean of 67.25 for criteria 71, 61, 63 and 74
  /// (domain.md section 8.2), and no rounding of the criterion scores reaches 69. The figure is
  /// recorded as a known discrepancy in `Examples/Published/OMI2-Hertfordshire-2010.json`. Pooling
  /// section 2 over its questions might explain it, but that is not what the text says.
  ///
  /// Question ids: the report cites five sub-criteria in its practice examples: 1.4b (participation
  /// in planning), 2.2.e (victim safety), 2.4b (promoting compliance), 2.4c (identifying
  /// vulnerability) and 3.3.c (improvement in factors linked to offending) (L198-202). Questions
  /// are ordered so that those ids name questions on those topics. The remaining order is ours.
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
    Period("2009-09", to: "2012")
    Summary(
      "Second programme of case-sample offender management inspections. Each question is "
        + "scored as the share of relevant cases where the work was sufficiently well done; "
        + "criteria average their questions and sections their criteria; three headlines (Risk of "
        + "Harm, Likelihood of Reoffending, Compliance and Enforcement) average tagged questions "
        + "across criteria. Inspectors comment MINIMUM to DRASTIC improvement required; leadership "
        + "is judged.")
    Source(
      "A report on Offender Management in Hertfordshire (HMI Probation, March 2010)",
      reference: "seeds/001_211bb20e52c40364.txt",
      note: "Report body: structure, standards, scores. Appendix 6: scoring approach.")
    Assumption(
      "Question texts are neutral restatements of the case-level findings the report "
        + "prints; the Offender Management Tool's own questions were not published, so only "
        + "questions with a printed finding are declared (each cites its seed line).")
    Assumption(
      "Appendix 6 (seed:001 L835) drops OMI's 80/20 sentence, so each criterion is the "
        + "plain mean of its questions and has no summary question; whether OMI2 kept the 80/20 "
        + "weighting is unverified.")
    Assumption(
      "Sections are the mean of their criteria as Appendix 6 says (L837), although "
        + "Hertfordshire's published section 2 (69) is not the mean of its criteria (67.25); see "
        + "the Published figures.")
    Assumption(
      "A question carries RoH, LoR or CE (compliance and enforcement) when its subject "
        + "is risk of harm to others, reducing reoffending, or requiring, promoting and enforcing "
        + "compliance; the tool's own tags were not published.")
    Assumption(
      "The MINIMUM ... DRASTIC comments fit no fixed thresholds (domain.md section 8.1), "
        + "so they are a judgement scale with no advisory band; section 4 grades are judgements "
        + "too.")
    Assumption(
      "Case attributes and their names are ours; a finding given for a subgroup is "
        + "relevant only to that subgroup, and 'where relevant' findings are answered 'na' where "
        + "they do not apply.")
    Assumption(
      "Question letters are ordered so that the report's practice-example references "
        + "1.4b, 2.2.e, 2.4b, 2.4c and 3.3.c (seed:001 L198-202) name questions on those topics; "
        + "the rest is our order.")
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
    JudgementScale(
      "effectiveness", "Section 4: effective in making good quality offender management more likely"
    ) {
      Label("very", "Very effective")
      Label("sufficiently", "Sufficiently effective")
      Label("not-sufficiently", "Not sufficiently effective")
      Label("not", "Not effective")
    }

    Section("1", "Assessment and sentence planning") {
      Criterion(
        "1.1", "Preparing for sentence",
        // seed:001 L236
        standard: "High quality reports are produced to inform sentencing.",
        judgement: "improvement"
      ) {
        // seed:001 L243 (OMI2-HRT-1.1-03)
        Question("1.1.a", "Was the report of the appropriate type?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L243 (OMI2-HRT-1.1-04)
        Question("1.1.b", "Was the report prepared within the timescale set by the court?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L243 (OMI2-HRT-1.1-05)
        Question("1.1.c", "Was the nationally approved format used?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L243 (OMI2-HRT-1.1-06)
        Question("1.1.d", "Was the report suitably concise?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L244 (OMI2-HRT-1.1-07)
        Question(
          "1.1.e",
          "Was the report based on the required assessment of the likelihood of reoffending?",
          themes: "LoR"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L244 (OMI2-HRT-1.1-08)
        Question(
          "1.1.f", "Was the assessment of the likelihood of reoffending in the report accurate?",
          themes: "LoR"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L251 (OMI2-HRT-1.1-16)
        Question("1.1.g", "Was the report based on an assessment of the RoH?", themes: "RoH")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L251 (OMI2-HRT-1.1-17)
        Question(
          "1.1.h",
          "Did the report contain an accurate analysis of the RoH presented by the offender?",
          themes: "RoH"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L245 (OMI2-HRT-1.1-09)
        Question("1.1.i", "Did the report include a clear proposal for sentence?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L245 (OMI2-HRT-1.1-10)
        Question("1.1.j", "Was the proposal proportionate to the seriousness of the offence?")
          .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L245 (OMI2-HRT-1.1-11)
        Question(
          "1.1.k",
          "Where necessary, did the report propose requirements designed to keep the RoH to a "
            + "minimum?",
          themes: "RoH"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L246 (OMI2-HRT-1.1-13)
        Question(
          "1.1.l",
          "Where a community sentence was proposed, was the proposal followed by the court?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L246 (OMI2-HRT-1.1-14)
        Question(
          "1.1.m",
          "Did the objectives of the outline sentence plan relate to the intended purpose of the "
            + "proposed sentence?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L252 (OMI2-HRT-1.1-18)
        Question(
          "1.1.n",
          "Did the objectives of the outline sentence plan take full account of the assessed "
            + "likelihood of reoffending and RoH?",
          themes: "RoH", "LoR"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L252 (OMI2-HRT-1.1-19)
        Question(
          "1.1.o",
          "Did the outline sentence plan specify the desired outcome for the proposed "
            + "interventions?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L247 (OMI2-HRT-1.1-15)
        Question(
          "1.1.p",
          "Where relevant, were concerns about the offender's vulnerability recorded in the "
            + "report?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
        // seed:001 L252 (OMI2-HRT-1.1-20)
        Question(
          "1.1.q",
          "Where relevant, were concerns about the offender's vulnerability clearly recorded in "
            + "the outline sentence plan?"
        )
        .relevant(when: .attribute("psr", is: "yes"))
      }
      Criterion(
        "1.2", "Assessment and planning to minimise Risk of Harm to others",
        // seed:001 L256
        standard: "RoH is comprehensively and accurately assessed. Plans are made to keep to a "
          + "minimum the individual's RoH.",
        judgement: "improvement"
      ) {
        // seed:001 L268 (OMI2-HRT-1.2-01)
        Question(
          "1.2.a", "Was a RoSH screening completed at the start of sentence or licence?",
          themes: "RoH")
        // seed:001 L268 (OMI2-HRT-1.2-02)
        Question("1.2.b", "Was the RoSH screening completed on time?", themes: "RoH")
        // seed:001 L277 (OMI2-HRT-1.2-14)
        Question(
          "1.2.c", "Was the RoSH screening accurately completed at the start of sentence?",
          themes: "RoH")
        // seed:001 L269 (OMI2-HRT-1.2-03)
        Question("1.2.d", "Was the RoSH classification accurate?", themes: "RoH")
        // seed:001 L270 (OMI2-HRT-1.2-04)
        Question("1.2.e", "Where relevant, was a full RoH analysis completed?", themes: "RoH")
        // seed:001 L270 (OMI2-HRT-1.2-05)
        Question("1.2.f", "Was the full RoH analysis completed on time?", themes: "RoH")
        // seed:001 L279 (OMI2-HRT-1.2-20)
        Question(
          "1.2.g", "Was the RoSH analysis of sufficient quality at the start of sentence?",
          themes: "RoH")
        // seed:001 L270 (OMI2-HRT-1.2-06)
        Question(
          "1.2.h",
          "Did the analysis correctly identify who was at risk (children, the general public, "
            + "known adults)?",
          themes: "RoH")
        // seed:001 L270 (OMI2-HRT-1.2-07)
        Question(
          "1.2.i", "Where relevant, were risks to staff and other prisoners identified?",
          themes: "RoH")
        // seed:001 L285 (OMI2-HRT-1.2-21)
        Question(
          "1.2.j", "Did the assessment draw on all available sources of information?",
          themes: "RoH")
        // seed:001 L285 (OMI2-HRT-1.2-22)
        Question(
          "1.2.k", "Was previous relevant behaviour considered and taken into account?",
          themes: "RoH")
        // seed:001 L271 (OMI2-HRT-1.2-08)
        Question("1.2.l", "Where required, was a risk management plan prepared?", themes: "RoH")
        // seed:001 L271 (OMI2-HRT-1.2-09)
        Question("1.2.m", "Was the risk management plan completed on time?", themes: "RoH")
        // seed:001 L271 (OMI2-HRT-1.2-10)
        Question(
          "1.2.n", "Was the appropriate format used for the risk management plan?",
          themes: "RoH")
        // seed:001 L286 (OMI2-HRT-1.2-23)
        Question("1.2.o", "Was the risk management plan comprehensive?", themes: "RoH")
        // seed:001 L286 (OMI2-HRT-1.2-24)
        Question(
          "1.2.p",
          "Did the plan accurately describe how the objectives of the sentence plan and other "
            + "activities would address RoH issues and protect actual and potential victims?",
          themes: "RoH")
        // seed:001 L287 (OMI2-HRT-1.2-25)
        Question(
          "1.2.q", "Was the risk management plan shared with others involved?",
          themes: "RoH")
        // seed:001 L272 (OMI2-HRT-1.2-11)
        Question(
          "1.2.r",
          "Where additional restrictive conditions or requirements were included, were they "
            + "proportionate to the protection of victims and the assessed RoH?",
          themes: "RoH")
        // seed:001 L273 (OMI2-HRT-1.2-12)
        Question(
          "1.2.s",
          "Where the case met the criteria for MAPPA, was it referred or notified to MAPPA?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L273 (OMI2-HRT-1.2-13)
        Question("1.2.t", "Was the initial level of MAPPA management appropriate?", themes: "RoH")
          .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L287 (OMI2-HRT-1.2-26)
        Question(
          "1.2.u", "Were proposed MAPPA actions communicated to all relevant bodies?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L287 (OMI2-HRT-1.2-27)
        Question(
          "1.2.v", "Were MAPPA actions incorporated in the risk management and sentence plans?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L288 (OMI2-HRT-1.2-28)
        Question(
          "1.2.w",
          "Where the offender presented a RoH, were managers effectively involved in the "
            + "assessment and planning?",
          themes: "RoH")
        // seed:001 L291 (OMI2-HRT-1.2-32)
        Question(
          "1.2.x",
          "Where the offender posed a RoH to children, were managers effectively involved?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
      }
      Criterion(
        "1.3", "Assessment and planning to reduce the Likelihood of Reoffending",
        // seed:001 L294
        standard: "The LoR is comprehensively and accurately assessed. Plans address offending "
          + "related factors needs to reduce the LoR.",
        judgement: "improvement"
      ) {
        // seed:001 L301 (OMI2-HRT-1.3-01)
        Question(
          "1.3.a",
          "Was the case allocated to an offender manager promptly at the start of sentence or "
            + "licence?")
        // seed:001 L313 (OMI2-HRT-1.3-09)
        Question("1.3.b", "Was the national guidance on allocation and tiering followed?")
        // seed:001 L313 (OMI2-HRT-1.3-10)
        Question(
          "1.3.c",
          "Where the guidance on allocation or tiering was not followed, was an appropriate "
            + "reason recorded?"
        )
        .relevant(when: .answer("1.3.b", is: "no"))
        // seed:001 L301 (OMI2-HRT-1.3-02)
        Question("1.3.d", "In a custody case, was an offender supervisor allocated on time?")
          .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L305 (OMI2-HRT-1.3-03)
        Question(
          "1.3.e", "Where required, was an assessment of the likelihood of reoffending completed?",
          themes: "LoR")
        // seed:001 L305 (OMI2-HRT-1.3-04)
        Question(
          "1.3.f",
          "Was the assessment of the likelihood of reoffending completed in a timely manner?",
          themes: "LoR")
        // seed:001 L306 (OMI2-HRT-1.3-05)
        Question("1.3.g", "Was an initial sentence plan (ISP) completed?", themes: "LoR")
        // seed:001 L306 (OMI2-HRT-1.3-06)
        Question(
          "1.3.h",
          "Was the ISP prepared within the required timescale and appropriate to the purpose of "
            + "sentencing?",
          themes: "LoR")
        // seed:001 L314 (OMI2-HRT-1.3-11)
        Question("1.3.i", "Was the ISP informed by relevant assessments?", themes: "LoR")
        // seed:001 L314 (OMI2-HRT-1.3-12)
        Question(
          "1.3.j",
          "Did the ISP contain outcome-focused objectives and sequence objectives and activities "
            + "logically?",
          themes: "LoR")
        // seed:001 L306 (OMI2-HRT-1.3-07)
        Question(
          "1.3.k",
          "Did the ISP include objectives designed to address the likelihood of reoffending?",
          themes: "LoR")
        // seed:001 L306 (OMI2-HRT-1.3-08)
        Question("1.3.l", "Did the ISP include objectives to manage the RoH?", themes: "RoH")
        // seed:001 L314 (OMI2-HRT-1.3-14)
        Question(
          "1.3.m",
          "Where child safeguarding concerns had been identified, did the ISP include objectives "
            + "to manage them?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L314 (OMI2-HRT-1.3-13)
        Question(
          "1.3.n", "Did the ISP detail the planned levels of contact with the offender?",
          themes: "CE")
        // seed:001 L315 (OMI2-HRT-1.3-15)
        Question(
          "1.3.o",
          "Were the roles and responsibilities of relevant others involved in the case clearly "
            + "defined in the ISP?")
        // seed:001 L315 (OMI2-HRT-1.3-16)
        Question("1.3.p", "Was the plan shared with all relevant staff?")
        // seed:001 L316 (OMI2-HRT-1.3-17)
        Question(
          "1.3.q",
          "In a PPO case, did the ISP require intensive levels of contact and interventions?",
          themes: "CE"
        )
        .relevant(when: .attribute("ppo", is: "yes"))
      }
      Criterion(
        "1.4", "Assessment and planning for offender engagement",
        // seed:001 L318
        standard: "Individual diversity needs are taken fully into account at the earliest "
          + "opportunity. Plans are put in place to minimise the impact of potential obstacles to "
          + "engagement.",
        judgement: "improvement"
      ) {
        // seed:001 L325 (OMI2-HRT-1.4-01)
        Question(
          "1.4.a",
          "Had the offender manager assessed the offender's motivation and capacity to change and "
            + "reflected it in planning?",
          themes: "LoR")
        // seed:001 L330 (OMI2-HRT-1.4-04)
        Question(
          "1.4.b",
          "Was the offender actively and meaningfully involved in the sentence planning process?",
          themes: "LoR")
        // seed:001 L326 (OMI2-HRT-1.4-02)
        Question(
          "1.4.c",
          "Where diversity issues or other individual needs were identified, did planning "
            + "documents include actions to minimise the impact of discriminatory or "
            + "disadvantaging factors?")
        // seed:001 L330 (OMI2-HRT-1.4-03)
        Question(
          "1.4.d",
          "Was sufficient attention given to the methods most likely to be effective with the "
            + "offender?",
          themes: "LoR")
        // seed:001 L330 (OMI2-HRT-1.4-05)
        Question(
          "1.4.e",
          "Was it clear what contribution the offender had to make to achieve the sentence plan "
            + "objectives?")
        // seed:001 L334 (OMI2-HRT-1.4-06)
        Question(
          "1.4.f", "Was a Skills for Life screening carried out at the start of sentence?",
          themes: "LoR")
        // seed:001 L334 (OMI2-HRT-1.4-07)
        Question(
          "1.4.g",
          "Where required, was a full diagnostic assessment of learning and skills needs "
            + "undertaken?",
          themes: "LoR")
        // seed:001 L342 (OMI2-HRT-1.4-09)
        Question(
          "1.4.h",
          "Were diversity issues, discriminatory or disadvantaging factors and other individual "
            + "needs assessed?")
      }
    }

    Section("2", "Implementation of interventions") {
      Criterion(
        "2.1", "Delivering the sentence plan (including the Punish element)",
        // seed:001 L356
        standard: "Interventions are delivered in line with the requirements of the sentence and "
          + "meet prescribed standards.",
        judgement: "improvement"
      ) {
        // seed:001 L363 (OMI2-HRT-2.1-01)
        Question(
          "2.1.a",
          "In a community order or licence, was the offender offered a full and timely induction "
            + "following sentence or release?",
          themes: "CE"
        )
        .relevant(when: !.attribute("case_type", is: "custody"))
        // seed:001 L363 (OMI2-HRT-2.1-02)
        Question(
          "2.1.b",
          "Were the expectations on the offender's behaviour, and their responsibilities and "
            + "rights, fully explained?",
          themes: "CE")
        // seed:001 L386 (OMI2-HRT-2.1-46)
        Question(
          "2.1.c",
          "In a custody case, was the offender offered a full and timely induction following "
            + "sentence?",
          themes: "CE"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L364 (OMI2-HRT-2.1-03)
        Question(
          "2.1.d",
          "In a custody case, did the offender manager contribute to sentence planning boards?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L364 (OMI2-HRT-2.1-04)
        Question(
          "2.1.e",
          "In a custody case, was the offender manager notified promptly when the offender was "
            + "transferred between establishments?"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L364 (OMI2-HRT-2.1-06)
        Question(
          "2.1.f",
          "In a custody case, were interventions delivered in custody to prepare the offender for "
            + "release?",
          themes: "LoR"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L365 (OMI2-HRT-2.1-07)
        Question(
          "2.1.g", "Did the frequency of contact meet or exceed the national standard?",
          themes: "CE")
        // seed:001 L365 (OMI2-HRT-2.1-08)
        Question(
          "2.1.h", "Did the frequency of contact facilitate the requirements of the sentence?",
          themes: "CE")
        // seed:001 L365 (OMI2-HRT-2.1-09)
        Question(
          "2.1.i", "Did the frequency of contact take full account of the assessed RoH?",
          themes: "RoH")
        // seed:001 L365 (OMI2-HRT-2.1-10)
        Question(
          "2.1.j",
          "Did the frequency of contact take full account of the assessed likelihood of "
            + "reoffending?",
          themes: "LoR")
        // seed:001 L365 (OMI2-HRT-2.1-11)
        Question(
          "2.1.k",
          "Did the frequency of contact promote the achievement of sentence plan objectives?")
        // seed:001 L366 (OMI2-HRT-2.1-12)
        Question(
          "2.1.l",
          "Had interventions been delivered according to the requirements of the sentence?",
          themes: "CE")
        // seed:001 L379 (OMI2-HRT-2.1-29)
        Question(
          "2.1.m",
          "Were interventions delivered in line with the objectives of the sentence plan and "
            + "sequenced according to the RoH and likelihood of reoffending?",
          themes: "RoH", "LoR")
        // seed:001 L379 (OMI2-HRT-2.1-30)
        Question(
          "2.1.n", "Were interventions delivered on time in relation to the RoH?",
          themes: "RoH")
        // seed:001 L379 (OMI2-HRT-2.1-31)
        Question(
          "2.1.o",
          "Were interventions delivered on time in relation to the likelihood of reoffending?",
          themes: "LoR")
        // seed:001 L380 (OMI2-HRT-2.1-32)
        Question(
          "2.1.p",
          "Where a general offending behaviour programme was required, was the offender "
            + "instructed to start it within six weeks of sentence or release?",
          themes: "LoR"
        )
        .relevant(
          when: .attribute("accredited_programme", is: "yes")
            && !.attribute("case_type", is: "custody"))
        // seed:001 L367 (OMI2-HRT-2.1-13)
        Question(
          "2.1.q",
          "Were appropriate resources allocated throughout the sentence to address the RoH?",
          themes: "RoH")
        // seed:001 L367 (OMI2-HRT-2.1-14)
        Question(
          "2.1.r",
          "Were appropriate resources allocated throughout the sentence to address the likelihood "
            + "of reoffending?",
          themes: "LoR")
        // seed:001 L367 (OMI2-HRT-2.1-15)
        Question("2.1.s", "Were resources commensurate with the purpose of the sentence?")
        // seed:001 L367 (OMI2-HRT-2.1-16)
        Question("2.1.t", "Did the resources meet relevant diversity needs?")
        // seed:001 L368 (OMI2-HRT-2.1-17)
        Question(
          "2.1.u", "Did the offender manager coordinate the input of all workers in the case?")
        // seed:001 L368 (OMI2-HRT-2.1-18)
        Question(
          "2.1.v",
          "Was the delivery of sentence plan objectives supported by good communication between "
            + "the offender manager and other workers?")
        // seed:001 L369 (OMI2-HRT-2.1-19)
        Question(
          "2.1.w",
          "Did the offender manager monitor the offender's attendance across all interventions?",
          themes: "CE")
        // seed:001 L369 (OMI2-HRT-2.1-20)
        Question(
          "2.1.x",
          "Where necessary, was effective action taken to secure the offender's compliance?",
          themes: "CE")
        // seed:001 L371 (OMI2-HRT-2.1-21)
        Question(
          "2.1.y",
          "Were judgements about the acceptability of absences and other behaviour appropriate, "
            + "consistent and clearly recorded?",
          themes: "CE")
        // seed:001 L381 (OMI2-HRT-2.1-33)
        Question(
          "2.1.z", "Where breach action or recall was required, was it taken as appropriate?",
          themes: "CE")
        // seed:001 L381 (OMI2-HRT-2.1-34)
        Question(
          "2.1.aa", "Was the breach action or recall instigated within the required timescale?",
          themes: "CE")
        // seed:001 L381 (OMI2-HRT-2.1-35)
        Question(
          "2.1.ab", "Was the breach action or recall resolved within the required timescale?",
          themes: "CE")
        // seed:001 L372 (OMI2-HRT-2.1-22)
        Question(
          "2.1.ac",
          "In an unpaid work case, was the placement matched to the offender, sufficiently "
            + "demanding and of benefit to the community?",
          themes: "CE"
        )
        .relevant(when: .attribute("unpaid_work", is: "yes"))
        // seed:001 L372 (OMI2-HRT-2.1-23)
        Question(
          "2.1.ad",
          "In an unpaid work case, did the placement take account of the offender's assessed RoH?",
          themes: "RoH"
        )
        .relevant(when: .attribute("unpaid_work", is: "yes"))
        // seed:001 L372 (OMI2-HRT-2.1-24)
        Question(
          "2.1.ae",
          "In an unpaid work case, where an opportunity arose, was the offender's development of "
            + "skills or educational attainment taken into account?",
          themes: "LoR"
        )
        .relevant(when: .attribute("unpaid_work", is: "yes"))
        // seed:001 L382 (OMI2-HRT-2.1-36)
        Question(
          "2.1.af", "Was the assessment of the likelihood of reoffending reviewed on time?",
          themes: "LoR")
        // seed:001 L382 (OMI2-HRT-2.1-37)
        Question("2.1.ag", "Was the RoH assessment reviewed on time?", themes: "RoH")
        // seed:001 L382 (OMI2-HRT-2.1-38)
        Question(
          "2.1.ah",
          "Where a significant change in circumstances occurred, was the assessment updated?",
          themes: "RoH", "LoR")
        // seed:001 L384 (OMI2-HRT-2.1-39)
        Question("2.1.ai", "Was the sentence plan reviewed within the required timescale?")
        // seed:001 L384 (OMI2-HRT-2.1-40)
        Question(
          "2.1.aj",
          "Were the review of the plan and the prioritisation of objectives informed by the "
            + "review of the likelihood of reoffending and RoH?",
          themes: "RoH", "LoR")
        // seed:001 L384 (OMI2-HRT-2.1-41)
        Question(
          "2.1.ak",
          "Following a change in the offender's circumstances, was the sentence plan updated?")
        // seed:001 L384 (OMI2-HRT-2.1-42)
        Question("2.1.al", "Did the offender participate in the sentence plan review?")
        // seed:001 L373 (OMI2-HRT-2.1-25)
        Question(
          "2.1.am",
          "In a transferred case, did the receiving area or unit receive up-to-date assessments "
            + "and sentence planning documents?"
        )
        .relevant(when: .attribute("transferred", is: "yes"))
        // seed:001 L373 (OMI2-HRT-2.1-26)
        Question(
          "2.1.an",
          "In a transferred case, was an appointment made to see the offender within five days of "
            + "notification of the change of address?",
          themes: "CE"
        )
        .relevant(when: .attribute("transferred", is: "yes"))
        // seed:001 L385 (OMI2-HRT-2.1-43)
        Question(
          "2.1.ao",
          "Where a medium or high RoH offender transferred in, did the transferring area provide "
            + "an up-to-date risk management plan?",
          themes: "RoH"
        )
        .relevant(
          when: .attribute("transferred", is: "yes")
            && .attribute("roh", is: "medium", "high", "very high"))
        // seed:001 L385 (OMI2-HRT-2.1-44)
        Question(
          "2.1.ap",
          "Where a medium or high RoH offender transferred in, was the risk management plan "
            + "promptly updated by the new area or unit?",
          themes: "RoH"
        )
        .relevant(
          when: .attribute("transferred", is: "yes")
            && .attribute("roh", is: "medium", "high", "very high"))
        // seed:001 L385 (OMI2-HRT-2.1-45)
        Question(
          "2.1.aq",
          "Where a high RoH offender in the community transferred in, was a home visit made "
            + "within ten days of notification of the change of address?",
          themes: "RoH"
        )
        .relevant(
          when: .attribute("transferred", is: "yes")
            && .attribute("roh", is: "high", "very high"))
        // seed:001 L374 (OMI2-HRT-2.1-27)
        Question("2.1.ar", "Was the file well organised?")
        // seed:001 L374 (OMI2-HRT-2.1-28)
        Question(
          "2.1.as",
          "Was information clearly recorded, in an appropriate timescale, and did it reflect the "
            + "work carried out?")
        // seed:001 L387 (OMI2-HRT-2.1-47)
        Question("2.1.at", "Was all relevant documentation present in the case record?")
      }
      Criterion(
        "2.2", "Delivering restrictive interventions (the Control element of the sentence plan)",
        // seed:001 L390
        standard: "All reasonable action is taken to keep to a minimum the individual's RoH.",
        judgement: "improvement"
      ) {
        // seed:001 L397 (OMI2-HRT-2.2-01)
        Question(
          "2.2.a", "In a MAPPA case, did probation staff contribute effectively to MAPPA?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L397 (OMI2-HRT-2.2-02)
        Question(
          "2.2.b", "In a MAPPA case, was the input of other agencies effective?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L397 (OMI2-HRT-2.2-03)
        Question(
          "2.2.c",
          "Where the RoH to children was managed within multi-agency child safeguarding "
            + "procedures, did the offender manager and other relevant staff contribute "
            + "appropriately?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L398 (OMI2-HRT-2.2-04)
        Question(
          "2.2.d", "In a licence case, were restrictive requirements monitored fully?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:001 L413 (OMI2-HRT-2.2-23)
        Question(
          "2.2.e",
          "Was appropriate priority given to victim safety by the offender manager and other "
            + "workers?",
          themes: "RoH")
        // seed:001 L399 (OMI2-HRT-2.2-05)
        Question(
          "2.2.f", "Were multi-agency child safeguarding procedures effective?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L399 (OMI2-HRT-2.2-06)
        Question(
          "2.2.g",
          "Were decisions taken within multi-agency child safeguarding procedures followed "
            + "through and acted upon?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L410 (OMI2-HRT-2.2-18)
        Question(
          "2.2.h",
          "Were decisions taken within multi-agency child safeguarding procedures clearly "
            + "recorded?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L410 (OMI2-HRT-2.2-19)
        Question(
          "2.2.i",
          "Were decisions taken within multi-agency child safeguarding procedures reviewed "
            + "appropriately?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L409 (OMI2-HRT-2.2-17)
        Question(
          "2.2.j",
          "In a MAPPA case, were the decisions taken by MAPPA clearly recorded, followed through, "
            + "acted upon and reviewed appropriately?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L401 (OMI2-HRT-2.2-07)
        Question(
          "2.2.k",
          "In a statutory victim contact case, was an offer of a face-to-face meeting between the "
            + "victim and the victim liaison officer made?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:001 L401 (OMI2-HRT-2.2-08)
        Question(
          "2.2.l",
          "In a statutory victim contact case, was the offer made within 40 days of sentence?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:001 L401 (OMI2-HRT-2.2-09)
        Question(
          "2.2.m",
          "In a statutory victim contact case, was the victim given the opportunity to comment on "
            + "proposed licence conditions, to see the appropriate part of reports and kept "
            + "informed of relevant conditions of release?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:001 L401 (OMI2-HRT-2.2-10)
        Question(
          "2.2.n",
          "In a statutory victim contact case, was the victim informed of relevant events during "
            + "the offender's sentence?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:001 L415 (OMI2-HRT-2.2-24)
        Question(
          "2.2.o",
          "Where victim contact proceeded, did the offender manager exchange information with "
            + "prison staff appropriately?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:001 L415 (OMI2-HRT-2.2-25)
        Question(
          "2.2.p",
          "Where victim contact proceeded, was there regular and accurate information exchange "
            + "between the offender manager and the victim liaison officer?",
          themes: "RoH"
        )
        .relevant(when: .attribute("victim_contact", is: "yes"))
        // seed:001 L403 (OMI2-HRT-2.2-11)
        Question(
          "2.2.q", "Where required, was an initial and purposeful home visit carried out?",
          themes: "RoH")
        // seed:001 L403 (OMI2-HRT-2.2-12)
        Question(
          "2.2.r",
          "Where identified as necessary, were home visits undertaken as part of ongoing "
            + "monitoring of child safeguarding concerns?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L417 (OMI2-HRT-2.2-26)
        Question(
          "2.2.s", "In a child safeguarding case, was an initial home visit made?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L417 (OMI2-HRT-2.2-27)
        Question(
          "2.2.t",
          "In a case not classified as high RoSH, was an initial home visit made where it was "
            + "appropriate to minimise the RoH?",
          themes: "RoH"
        )
        .relevant(when: !.attribute("roh", is: "high", "very high"))
        // seed:001 L404 (OMI2-HRT-2.2-13)
        Question(
          "2.2.u",
          "For an approved premises resident, were the approved premises used effectively as a "
            + "restrictive intervention to manage the RoH?",
          themes: "RoH"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:001 L408 (OMI2-HRT-2.2-14)
        Question(
          "2.2.v", "Were potential and actual changes in the RoH anticipated?",
          themes: "RoH")
        // seed:001 L408 (OMI2-HRT-2.2-15)
        Question(
          "2.2.w", "Were changes in the RoH that occurred identified swiftly?",
          themes: "RoH")
        // seed:001 L408 (OMI2-HRT-2.2-16)
        Question("2.2.x", "Were changes in the RoH acted upon appropriately?", themes: "RoH")
        // seed:001 L418 (OMI2-HRT-2.2-28)
        Question(
          "2.2.y",
          "In a community order where the RoH increased, was breach action undertaken promptly?",
          themes: "RoH", "CE"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:001 L418 (OMI2-HRT-2.2-30)
        Question("2.2.z", "Was the breached offender given a clear explanation?", themes: "CE")
          .relevant(when: .attribute("case_type", is: "community"))
        // seed:001 L418 (OMI2-HRT-2.2-31)
        Question(
          "2.2.aa", "Were efforts made to re-engage the breached offender with the sentence plan?",
          themes: "CE"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:001 L420 (OMI2-HRT-2.2-32)
        Question(
          "2.2.ab",
          "In a licence case where recall was necessary on the grounds of increased RoH, was the "
            + "recall action taken promptly?",
          themes: "RoH", "CE"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:001 L420 (OMI2-HRT-2.2-34)
        Question(
          "2.2.ac", "Was the recalled offender given a clear explanation of the reason for recall?",
          themes: "CE"
        )
        .relevant(when: .attribute("case_type", is: "licence"))
        // seed:001 L411 (OMI2-HRT-2.2-20)
        Question("2.2.ad", "In a PPO case, was there evidence of enhanced contact?", themes: "CE")
          .relevant(when: .attribute("ppo", is: "yes"))
        // seed:001 L411 (OMI2-HRT-2.2-21)
        Question(
          "2.2.ae",
          "In a PPO case, was the offender subject to appropriate restrictive interventions?",
          themes: "RoH"
        )
        .relevant(when: .attribute("ppo", is: "yes"))
        // seed:001 L412 (OMI2-HRT-2.2-22)
        Question(
          "2.2.af", "In a community sentence, were restrictive requirements monitored fully?",
          themes: "RoH"
        )
        .relevant(when: .attribute("case_type", is: "community"))
        // seed:001 L422 (OMI2-HRT-2.2-35)
        Question(
          "2.2.ag",
          "In a high RoSH case, was there effective management oversight of the quality of work?",
          themes: "RoH"
        )
        .relevant(when: .attribute("roh", is: "high", "very high"))
        // seed:001 L422 (OMI2-HRT-2.2-38)
        Question(
          "2.2.ah",
          "In a child safeguarding case, was there effective management oversight of the quality "
            + "of work?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
      }
      Criterion(
        "2.3", "Delivering constructive interventions (the Help and Change elements)",
        // seed:001 L425
        standard: "Interventions are delivered that address criminogenic needs and the reduction "
          + "of LoR.",
        judgement: "improvement"
      ) {
        // seed:001 L432 (OMI2-HRT-2.3-01)
        Question(
          "2.3.a",
          "After sentence, were the supportive and protective factors in the offender's life "
            + "identified?",
          themes: "LoR")
        // seed:001 L432 (OMI2-HRT-2.3-02)
        Question(
          "2.3.b",
          "Where relevant, was the offender sufficiently supported in retaining or developing "
            + "community ties and relationships throughout the sentence?",
          themes: "LoR")
        // seed:001 L434 (OMI2-HRT-2.3-03)
        Question(
          "2.3.c",
          "Were arrangements in place to prepare the offender thoroughly for interventions?",
          themes: "LoR")
        // seed:001 L439 (OMI2-HRT-2.3-04)
        Question(
          "2.3.d",
          "In a custody case, was immediate action taken to identify and preserve employment, "
            + "housing and family ties?",
          themes: "LoR"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L440 (OMI2-HRT-2.3-05)
        Question(
          "2.3.e",
          "Where needed, were sufficient information, advice and guidance provided to address "
            + "learning or skills development?",
          themes: "LoR")
        // seed:001 L440 (OMI2-HRT-2.3-06)
        Question(
          "2.3.f",
          "Where a learning need was identified, were arrangements made for an appropriate "
            + "intervention?",
          themes: "LoR")
        // seed:001 L440 (OMI2-HRT-2.3-07)
        Question(
          "2.3.g",
          "Where a learning need was identified, was an appropriate intervention delivered?",
          themes: "LoR")
        // seed:001 L441 (OMI2-HRT-2.3-08)
        Question(
          "2.3.h",
          "Was sufficient work directed at overcoming practical obstacles to community "
            + "integration and at promoting and achieving key life skills?",
          themes: "LoR")
        // seed:001 L443 (OMI2-HRT-2.3-09)
        Question(
          "2.3.i",
          "In a community case, was the offender encouraged and challenged to take responsibility "
            + "for their actions and decisions related to offending?",
          themes: "LoR"
        )
        .relevant(when: !.attribute("case_type", is: "custody"))
        // seed:001 L443 (OMI2-HRT-2.3-10)
        Question(
          "2.3.j",
          "In a custody case, was the offender encouraged and challenged to take responsibility "
            + "for their actions and decisions related to offending?",
          themes: "LoR"
        )
        .relevant(when: .attribute("case_type", is: "custody"))
        // seed:001 L443 (OMI2-HRT-2.3-11)
        Question("2.3.k", "Where required, was victim awareness work undertaken?", themes: "LoR")
        // seed:001 L444 (OMI2-HRT-2.3-12)
        Question(
          "2.3.l", "Were arrangements put in place to reinforce new learning or skills?",
          themes: "LoR")
        // seed:001 L445 (OMI2-HRT-2.3-13)
        Question(
          "2.3.m", "For an approved premises resident, were appropriate interventions delivered?",
          themes: "LoR"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:001 L445 (OMI2-HRT-2.3-14)
        Question(
          "2.3.n",
          "For an approved premises resident, did the interventions feature in the sentence plan?"
        )
        .relevant(when: .attribute("approved_premises", is: "yes") && .answer("2.3.m", is: "yes"))
      }
      Criterion(
        "2.4", "Managing diversity and maximising offender engagement",
        // seed:001 L451
        standard: "The management of offenders' diversity needs facilitates effective engagement "
          + "with the sentence.",
        judgement: "improvement"
      ) {
        // seed:001 L458 (OMI2-HRT-2.4-02)
        Question(
          "2.4.a",
          "Did the arrangements for interventions take account of the offender's diversity needs?")
        // seed:001 L459 (OMI2-HRT-2.4-03)
        Question(
          "2.4.b",
          "Did the offender manager demonstrate commitment to their work with the offender, "
            + "motivating and supporting them throughout the sentence?",
          themes: "CE")
        // seed:001 L460 (OMI2-HRT-2.4-08)
        Question(
          "2.4.c",
          "Where the offender was identified as vulnerable, were arrangements put in place to "
            + "support and, where possible, protect them?")
        // seed:001 L458 (OMI2-HRT-2.4-01)
        Question("2.4.d", "Did the case contain a recorded assessment of diversity needs?")
        // seed:001 L459 (OMI2-HRT-2.4-04)
        Question(
          "2.4.e",
          "Was there a positive and productive working relationship between the offender and the "
            + "offender manager?")
        // seed:001 L459 (OMI2-HRT-2.4-05)
        Question(
          "2.4.f",
          "Was there a positive and productive working relationship between the offender and "
            + "other workers?")
        // seed:001 L459 (OMI2-HRT-2.4-06)
        Question(
          "2.4.g", "Was progress made by the offender reinforced by the offender manager?",
          themes: "LoR")
        // seed:001 L459 (OMI2-HRT-2.4-07)
        Question(
          "2.4.h", "Was progress made by the offender reinforced by other workers?",
          themes: "LoR")
        // seed:001 L465 (OMI2-HRT-2.4-09)
        Question(
          "2.4.i",
          "Where diversity issues were identified, did the offender manager ensure that staff "
            + "were aware of the offender's needs?")
        // seed:001 L465 (OMI2-HRT-2.4-10)
        Question(
          "2.4.j",
          "For an approved premises resident, did the regime meet the resident's diverse needs?"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:001 L466 (OMI2-HRT-2.4-11)
        Question(
          "2.4.k",
          "Were concerns about the offender's vulnerability shared with all workers involved?")
      }
    }

    Section("3", "Achieving and sustaining planned outcomes") {
      Criterion(
        "3.1", "Achievement of initial outcomes (including the Punish element)",
        // seed:001 L478
        standard: "Offender managers adhere to the prescribed standards for requiring, promoting, "
          + "and where necessary enforcing the order or licence.",
        judgement: "improvement"
      ) {
        // seed:001 L485 (OMI2-HRT-3.1-01)
        Question(
          "3.1.a", "Had the sentence been delivered as intended by the sentencing court?",
          themes: "CE")
        // seed:001 L485 (OMI2-HRT-3.1-02)
        Question(
          "3.1.b", "Had every effort been made to promote the compliance of the offender?",
          themes: "CE")
        // seed:001 L485 (OMI2-HRT-3.1-03)
        Question(
          "3.1.c", "Where enforcement action was required, was it undertaken effectively?",
          themes: "CE")
        // seed:001 L490 (OMI2-HRT-3.1-08)
        Question(
          "3.1.d", "Had the offender abided by the requirements of the sentence?",
          themes: "CE")
        // seed:001 L486 (OMI2-HRT-3.1-05)
        Question(
          "3.1.e", "Has the offender avoided conviction for an offence since sentence?",
          themes: "LoR")
        // seed:001 L486 (OMI2-HRT-3.1-04)
        Question(
          "3.1.f", "Has the offender avoided a caution for an offence since sentence?",
          themes: "LoR")
        // seed:001 L486 (OMI2-HRT-3.1-06)
        Question(
          "3.1.g",
          "Where the offender was not a first offender, had the frequency of offending reduced?",
          themes: "LoR")
        // seed:001 L486 (OMI2-HRT-3.1-07)
        Question(
          "3.1.h",
          "Where the offender was not a first offender, had the seriousness of offending reduced?",
          themes: "LoR")
        // seed:001 L490 (OMI2-HRT-3.1-09)
        Question("3.1.i", "Had the sentence plan objectives been achieved, fully or partially?")
        // seed:001 L490 (OMI2-HRT-3.1-10)
        Question("3.1.j", "Had the sentence plan objectives been fully achieved?")
        // seed:001 L491 (OMI2-HRT-3.1-12)
        Question(
          "3.1.k",
          "Where the case was terminated early for good progress, was the termination appropriate?")
        // seed:001 L492 (OMI2-HRT-3.1-14)
        Question(
          "3.1.l",
          "Where there had been a change of offender manager, was the delivery of the sentence "
            + "plan maintained?")
        // seed:001 L492 (OMI2-HRT-3.1-15)
        Question(
          "3.1.m",
          "Did the delivery of offender management support the achievement of planned outcomes?")
      }
      Criterion(
        "3.2", "Minimising Risk of Harm to others (the Control objective)",
        // seed:001 L495
        standard: "All reasonable action has been taken to keep to a minimum the individual's RoH.",
        judgement: "improvement"
      ) {
        // seed:001 L507 (OMI2-HRT-3.2-03)
        Question(
          "3.2.a", "Had all reasonable action been taken to keep to a minimum the RoH?",
          themes: "RoH")
        // seed:001 L502 (OMI2-HRT-3.2-01)
        Question(
          "3.2.b",
          "In a MAPPA case, had multi-agency work through MAPPA contributed effectively to the "
            + "management of the RoH?",
          themes: "RoH"
        )
        .relevant(when: .attribute("mappa", is: "yes"))
        // seed:001 L503 (OMI2-HRT-3.2-02)
        Question(
          "3.2.c",
          "For an approved premises resident, had the level of restriction imposed contributed to "
            + "the management of the RoH?",
          themes: "RoH"
        )
        .relevant(when: .attribute("approved_premises", is: "yes"))
        // seed:001 L507 (OMI2-HRT-3.2-06)
        Question(
          "3.2.d",
          "In a domestic abuse case, was it known whether there had been police callouts in "
            + "relation to the offender?",
          themes: "RoH"
        )
        .relevant(when: .attribute("domestic_abuse", is: "yes"))
        // seed:001 L508 (OMI2-HRT-3.2-07)
        Question(
          "3.2.e",
          "Where child safeguarding concerns had been identified, had multi-agency work "
            + "contributed effectively to the management of the RoH?",
          themes: "RoH"
        )
        .relevant(when: .attribute("child_concern", is: "yes"))
        // seed:001 L509 (OMI2-HRT-3.2-08)
        Question(
          "3.2.f",
          "Was there evidence of a reduced threat to victims or potential victims from the "
            + "offender?",
          themes: "RoH")
        // seed:001 L511 (OMI2-HRT-3.2-09)
        Question(
          "3.2.g",
          "Did the offender demonstrate an increased awareness of the impact of their offending "
            + "on the victim?",
          themes: "RoH")
      }
      Criterion(
        "3.3", "Reducing Likelihood of Reoffending (the Help and Change objectives)",
        // seed:001 L514
        standard: "There is a measurable reduction in the LoR and/or the achievement of other "
          + "positive outcomes that are known to promote the reduction of LoR.",
        judgement: "improvement"
      ) {
        // seed:001 L521 (OMI2-HRT-3.3-01)
        Question(
          "3.3.a", "Was there evidence of positive change in the offender's lifestyle?",
          themes: "LoR")
        // seed:001 L521 (OMI2-HRT-3.3-02)
        Question(
          "3.3.b", "Was there a positive demonstrable change in the offender's attitude?",
          themes: "LoR")
        // seed:001 L522 (OMI2-HRT-3.3-04)
        Question(
          "3.3.c",
          "Had the offender made progress in relation to the factor most closely linked to their "
            + "offending?",
          themes: "LoR")
        // seed:001 L521 (OMI2-HRT-3.3-03)
        Question(
          "3.3.d", "Was there a positive demonstrable change in the offender's behaviour?",
          themes: "LoR")
        // seed:001 L522 (OMI2-HRT-3.3-05)
        Question(
          "3.3.e", "Had the offender made progress against the second priority factor?",
          themes: "LoR")
        // seed:001 L522 (OMI2-HRT-3.3-06)
        Question(
          "3.3.f", "Had the offender made progress against the third priority factor?",
          themes: "LoR")
        // seed:001 L527 (OMI2-HRT-3.3-07)
        Question(
          "3.3.g", "Where relevant, was sufficient attention paid to community reintegration?",
          themes: "LoR")
        // seed:001 L527 (OMI2-HRT-3.3-08)
        Question(
          "3.3.h",
          "Where appropriate, was there a clear exit strategy to cover the end of the sentence?",
          themes: "LoR")
        // seed:001 L527 (OMI2-HRT-3.3-09)
        Question(
          "3.3.i",
          "Where it may have helped to address continuing offence-related needs, had the offender "
            + "manager encouraged future engagement with community organisations?",
          themes: "LoR")
        // seed:001 L528 (OMI2-HRT-3.3-10)
        Question(
          "3.3.j", "Had progress been made in relation to learning and skill development?",
          themes: "LoR")
        // seed:001 L528 (OMI2-HRT-3.3-11)
        Question(
          "3.3.k",
          "Where relevant, had the offender gained a qualification related to learning and skill "
            + "development?",
          themes: "LoR")
        // seed:001 L528 (OMI2-HRT-3.3-13)
        Question("3.3.l", "Was the offender in employment?", themes: "LoR")
        // seed:001 L529 (OMI2-HRT-3.3-14)
        Question(
          "3.3.m",
          "Had resources been used effectively to achieve the outcomes planned for the offender?",
          themes: "LoR")
      }
    }

    Section("4", "Leadership and strategic management") {
      Criterion(
        "4.1", "Effective leadership makes good quality offender management more likely",
        // seed:001 L540
        standard: "Strong leadership contributes to public protection and reduction in LoR.",
        judgement: "effectiveness")
      Criterion(
        "4.2", "Effective resource deployment makes good quality offender management more likely",
        // seed:001 L566
        standard: "Deployment of resources contributes to public protection and reduction in LoR.",
        judgement: "effectiveness")
      Criterion(
        "4.3",
        "Effective workforce planning and development makes good quality offender management more "
          + "likely",
        // seed:001 L586
        standard: "There is a workforce strategy that promotes the development of all staff to "
          + "meet service delivery outcomes.",
        judgement: "effectiveness")
      Criterion(
        "4.4",
        "An effective review and evaluation regime makes good quality offender management more "
          + "likely",
        // seed:001 L620
        standard: "Outcomes from interventions are evaluated for their impact on public "
          + "protection and reducing reoffending.",
        judgement: "effectiveness")
      Criterion(
        "4.5",
        "Effective provision of accessible services makes good quality offender management more "
          + "likely",
        // seed:001 L640
        standard: "The approach to the commissioning and delivery of services contributes to "
          + "positive outcomes for offenders and work with victims. Services are accessible and "
          + "of a high quality.",
        judgement: "effectiveness")
    }

    Headline(
      "RoH", "'Control' - Risk of Harm to others score", theme: "RoH", sections: "1", "2",
      judgement: "improvement")
    Headline(
      "LoR", "'Help' and 'Change' - Likelihood of Reoffending score", theme: "LoR",
      sections: "1", "2", "3", judgement: "improvement")
    Headline(
      "CE", "'Punish' - Compliance and Enforcement score", theme: "CE", sections: "1", "2", "3",
      judgement: "improvement")
  }
}
